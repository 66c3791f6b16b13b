package org.protpred.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code protpred train}: under construction (owned by the work on this subcommand). */
@Command(name = "train", mixinStandardHelpOptions = true, description = "(not yet available)")
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
