package org.protpred.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that writes an output folder refuses an empty name, a file and a dangling link in one line. */
class OutputFolderTest {

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
}
