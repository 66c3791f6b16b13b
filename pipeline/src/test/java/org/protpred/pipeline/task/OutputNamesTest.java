package org.protpred.pipeline.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.pipeline.cli.CliRun;

/** Record ids as file names: safe characters, no hidden files, and long ids shortened but kept distinct. */
class OutputNamesTest {

    @TempDir
    Path tmp;

    @Test
    void unsafeCharactersAndLeadingDotsAreReplaced() {
        assertEquals("sp_P69905_HBA", OutputNames.stem("sp|P69905|HBA"));
        assertEquals("_.._up", OutputNames.stem("../up"));
        assertEquals("_", OutputNames.stem(""));
        assertEquals("x".repeat(119), OutputNames.stem("x".repeat(119)));
    }

    @Test
    void longIdsKeepAPrefixAndAHashOfTheWholeId() {
        String a = "A".repeat(240);
        String b = "A".repeat(239) + "B";
        String stem = OutputNames.stem(a);
        assertEquals(OutputNames.KEEP + 1 + 16, stem.length());
        assertTrue(stem.matches("A{80}_[0-9a-f]{16}"), stem);
        assertNotEquals(stem, OutputNames.stem(b));
        assertEquals(stem, OutputNames.stem(a));
    }

    @Test
    void predictWritesARecordWithAVeryLongId() throws IOException {
        String id = "A".repeat(240);
        Path fasta = Files.writeString(tmp.resolve("long.fasta"), ">" + id + "\nMKVLAAGIVG\n");
        CliRun r = CliRun.run("predict", "ss", fasta.toString(), "-o", tmp.resolve("out").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isRegularFile(tmp.resolve("out").resolve(OutputNames.stem(id) + ".ss2")));
    }
}
