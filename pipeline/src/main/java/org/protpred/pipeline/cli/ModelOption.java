package org.protpred.pipeline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --model FILE} option of every {@code predict} and {@code eval} subcommand (default: the bundled model). */
public final class ModelOption {
    @Option(names = "--model", paramLabel = "FILE",
            description = "Model file (default: the model bundled with protpred).")
    Path model;

    /** The file given, or null for the bundled model. */
    public Path file() {
        return model;
    }
}
