package org.protpred.pipeline.cli;

import java.nio.file.Path;
import org.protpred.pipeline.fold.FoldMethod;
import org.protpred.pipeline.fold.FoldModel;
import org.protpred.pipeline.fold.FoldTask;
import picocli.CommandLine.Option;

/**
 * The {@code --method}, {@code --threads} and {@code --search-depth} options of {@code predict fold} and
 * {@code eval fold}, and the task they make.
 */
public final class FoldOptions {
    @Option(names = "--method", defaultValue = "combined", paramLabel = "cnn|align|combined",
            description = "How folds are ranked (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--threads", converter = OptionValues.NonNegative.class, defaultValue = "0",
            description = "Threads of the alignment search; 0 = all cores (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--search-depth", converter = OptionValues.NonNegative.class, defaultValue = "0", paramLabel = "N",
            description = "Most prefiltered training domains aligned per query; 0 = the model's own depth "
                    + "(default: ${DEFAULT-VALUE}). Deeper finds more remote homologs; time grows about in proportion.")
    int searchDepth;

    private FoldTask task;

    /** The fold task with the method and threads chosen. */
    FoldTask task() {
        if (task == null) {
            task = new FoldTask(FoldMethod.of(method),
                    threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), searchDepth);
        }
        return task;
    }

    /** The model of {@code file} (null: the bundled one) as the task's predictor. */
    FoldModel model(Path file) {
        return task().model(file);
    }
}
