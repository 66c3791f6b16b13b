package org.protpred.pipeline.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * The command a run was started with, as its provenance ({@code run.json}) records it: the subcommand's name
 * ({@code predict ss}) and the arguments after {@code protpred}.
 *
 * @param command   the subcommand's qualified name without {@code protpred}
 * @param arguments the command line's arguments as given
 */
record CommandInvocation(String command, List<String> arguments) {

    /** The invocation of the running command {@code spec}. */
    static CommandInvocation of(CommandLine.Model.CommandSpec spec) {
        String qualified = spec.qualifiedName(" ");
        String root = spec.root().name();
        String command = qualified.startsWith(root + " ") ? qualified.substring(root.length() + 1) : qualified;
        CommandLine.ParseResult parsed = spec.root().commandLine().getParseResult();
        return new CommandInvocation(command, parsed == null ? List.of() : List.copyOf(parsed.originalArgs()));
    }
}
