package org.protpred.pipeline.cli;

import java.nio.file.Path;
import org.protpred.pipeline.ss.SecondaryStructureModel;
import org.protpred.pipeline.ss.SsTask;
import picocli.CommandLine.Option;

/** The {@code --states 3|8} option of {@code predict ss} and {@code eval ss}: which bundled model, or a check of --model. */
public final class SsStatesOption {
    @Option(names = "--states", paramLabel = "3|8",
            description = "3 or 8 states: picks the bundled 3-state (default) or 8-state model; with --model, "
                    + "checks that the model predicts that many.")
    Integer states;

    /** The model of {@code file} (null: the bundled one) with these states. */
    SecondaryStructureModel model(Path file) {
        return SsTask.INSTANCE.model(file, states);
    }
}
