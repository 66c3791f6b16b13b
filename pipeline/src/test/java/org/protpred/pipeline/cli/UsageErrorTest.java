package org.protpred.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
