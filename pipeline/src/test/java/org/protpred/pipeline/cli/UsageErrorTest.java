package org.protpred.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Usage errors print one error line and one hint, not the whole help; --help is unchanged. */
class UsageErrorTest {

    private static void assertUsageError(String message, String command, String... args) {
        CliRun r = CliRun.run(args);
        List<String> lines = r.err().lines().toList();
        assertEquals(2, r.status(), r.err());
        assertEquals(2, lines.size(), r.err());
        assertEquals("protpred: error: " + message, lines.get(0));
        assertEquals("Try '" + command + " --help' for more information.", lines.get(1));
        assertEquals("", r.out());
    }

    @Test
    void unknownOptionIsOneLinePlusAHint() {
        assertUsageError("Unknown option: '--bogus'", "protpred predict ss", "predict", "ss", "--bogus", "x.fasta",
                "-o", "out");
    }

    @Test
    void missingParameterIsOneLinePlusAHint() {
        assertUsageError("Missing required option: '--output=DIR'", "protpred labels", "labels", "x.pdb");
        assertUsageError("Missing required subcommand", "protpred");
        assertUsageError("Unmatched argument at index 0: 'frobnicate'", "protpred", "frobnicate");
    }

    @Test
    void helpIsStillTheFullHelp() {
        CliRun r = CliRun.run("predict", "ss", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().lines().count() > 10, r.out());
        assertTrue(r.out().startsWith("Usage: protpred predict ss"), r.out());
    }

    /**
     * Every command's help renders its text as written: picocli formats descriptions, so a bare '%' (as in "40%")
     * makes it print a warning to standard error and show the raw text with its '%n's.
     */
    @Test
    void everyCommandsHelpRendersWithoutFormatWarnings() {
        List<CommandLine> commands = new ArrayList<>();
        collect(ProtpredCommand.newCommandLine(), commands);
        PrintStream saved = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            for (CommandLine c : commands) {
                String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
                assertTrue(!help.contains("%n") && !help.contains("%%"),
                        c.getCommandSpec().qualifiedName() + ": unformatted help\n" + help);
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
        assertTrue(commands.size() > 15, "commands found: " + commands.size());
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }
}
