package org.protpred.pipeline.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RrWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesCaspRrWithWrappedSequenceAndOneBasedPairs() throws IOException {
        String seq = "A".repeat(50) + "C".repeat(10);
        List<RrWriter.Entry> entries = List.of(
                RrWriter.Entry.trueContact(new Contact(0, 6, 7.5)),
                new RrWriter.Entry(9, 40, 0, 8, 0.1234567),
                new RrWriter.Entry(2, 30, 0, 12.5, 0.5));
        Path out = dir.resolve("t.rr");
        RrWriter.write(out, "T1", seq, entries);
        assertEquals("PFRMAT RR\nTARGET T1\nMODEL 1\n" + "A".repeat(50) + "\nCCCCCCCCCC\n"
                + "1 7 0 8 1.0\n10 41 0 8 0.123457\n3 31 0 12.5 0.5\nEND\n", Files.readString(out));
    }

    @Test
    void writesEmptyContactList() throws IOException {
        StringWriter w = new StringWriter();
        RrWriter.write(w, "x", "MK", List.of());
        assertEquals("PFRMAT RR\nTARGET x\nMODEL 1\nMK\nEND\n", w.toString());
    }
}
