package org.protpred.pipeline.cli;

import java.nio.file.Path;
import org.protpred.pipeline.fold.FoldMethod;
import org.protpred.pipeline.fold.FoldPrediction;
import org.protpred.pipeline.fold.FoldTask;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code protpred predict fold}. */
@Command(name = "fold", mixinStandardHelpOptions = true,
        description = {"Rank the SCOP folds (SCOPe 2.07) a protein domain may belong to: a DeepSF-style 1-D CNN "
                + "over one-hot, physico-chemical and predicted secondary-structure features, combined with the "
                + "best local alignments among the model's training domains (--method combined, the default; cnn "
                + "or align for one alone).",
            "Writes DIR/<id>.rank (a '#' header naming the model and method, the line 'Rank Fold Probability "
                + "Evidence', then the 10 best folds: rank, fold id, probability, and the best alignment hit of "
                + "that fold 'd1dlwa_ 34.5%' or '-') and DIR/folds.tsv (id, length, top fold, its probability, "
                + "top-5 folds); with --format json also DIR/<id>.json. A record that cannot be read is reported "
                + "and skipped; the exit status is then 2.",
            "Example: protpred predict fold domains.fasta -o out"})
final class FoldPredictCommand extends TaskPredictCommand<FoldPrediction> {
    @Option(names = "--method", defaultValue = "combined", paramLabel = "cnn|align|combined",
            description = "How folds are ranked (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--threads", converter = OptionValues.NonNegative.class, defaultValue = "0",
            description = "Threads of the alignment search; 0 = all cores (default: ${DEFAULT-VALUE}).")
    int threads;

    private FoldTask task;

    @Override
    protected Task<FoldPrediction> task() {
        if (task == null) {
            task = new FoldTask(FoldMethod.of(method),
                    threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        }
        return task;
    }

    @Override
    protected Predictor<FoldPrediction> predictor(Path file) {
        return ((FoldTask) task()).model(file);
    }
}
