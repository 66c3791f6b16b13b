package org.protpred.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad command arguments are one line and exit 2: output folders (empty name, a file, a dangling link) and evaluation sets (unknown name, nothing to score). */
class CommandArgumentErrorsTest {

    @TempDir
    Path tmp;

    private Path fasta() throws IOException {
        return Files.writeString(tmp.resolve("in.fasta"), ">a\nMKVL\n");
    }

    @Test
    void emptyNameIsRefused() throws IOException {
        for (String[] args : new String[][] {{"predict", "ss", fasta().toString(), "-o", ""},
            {"features", fasta().toString(), "-o", ""}}) {
            CliRun r = CliRun.run(args);
            assertEquals(2, r.status(), r.err());
            assertEquals("protpred: error: -o: the output folder name is empty\n", r.err());
        }
    }

    @Test
    void danglingSymbolicLinkIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("o"), tmp.resolve("nowhere"));
        CliRun r = CliRun.run("predict", "ss", fasta().toString(), "-o", link.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("protpred: error: " + link + ": output folder is a symbolic link to nothing\n", r.err());
        assertFalse(Files.exists(tmp.resolve("nowhere")));
    }

    @Test
    void existingFileIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("f"), "x");
        CliRun r = CliRun.run("predict", "ss", fasta().toString(), "-o", file.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("protpred: error: " + file + ": output folder is an existing file\n", r.err());
    }

    @Test
    void anUnknownEvaluationSetIsNamed() {
        CliRun r = CliRun.run("eval", "ss", "--set", "cb531");
        assertEquals(2, r.status(), r.err());
        assertEquals("protpred: error: --set cb531: not a benchmark set (netsurfp2-test, cb513, ts115) and no such "
                + "file\n", r.err());
    }

    @Test
    void aSetWithoutAnyLabelIsAnErrorNotNaN() throws IOException {
        Path seq = Files.writeString(tmp.resolve("s.fasta"), ">a\nMKVL\n");
        Path labels = Files.writeString(tmp.resolve("l.fasta"), ">a\nXXXX\n");
        CliRun r = CliRun.run("eval", "ss", "--set", seq.toString(), "--labels", labels.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().endsWith("protpred: error: " + seq + ": no residue has a label to score (1 chains)\n"),
                r.err());
    }
}
