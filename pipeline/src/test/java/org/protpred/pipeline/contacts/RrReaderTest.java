package org.protpred.pipeline.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.InputException;

/** {@link RrReader}: what {@link ContactWriter#rr} writes reads back to the same sequence and pairs. */
class RrReaderTest {

    @TempDir
    Path tmp;

    @Test
    void rrRoundTrips() throws Exception {
        String sequence = "MKVLAEHSWGKTITLEVEPSDTIENVKAKIQDKEGIPPDQQRLIFAGKQLEDGRTLSDY";   // 60: two sequence lines
        ContactPrediction.Collector c = new ContactPrediction.Collector(5 * sequence.length());
        c.add(0, 30, 0.91234567);
        c.add(2, 10, 0.5);
        c.add(5, 59, 0.25);
        c.add(7, 20, 0.75);
        ContactPrediction p = c.finish("t|1", sequence);
        Path file = Files.writeString(tmp.resolve("t.rr"), ContactWriter.rr(p));
        RrReader.RrContacts read = RrReader.read(file);
        assertEquals("t|1", read.target());
        assertEquals(sequence, read.sequence());
        List<ContactPrediction.Pair> want = new ArrayList<>();
        for (ContactPrediction.Pair pair : p.top(5 * sequence.length())) {
            want.add(new ContactPrediction.Pair(pair.i(), pair.j(),
                    Math.round(pair.probability() * 1e6) / 1e6));
        }
        assertEquals(want, read.pairs());
        assertEquals(List.of(new ContactPrediction.Pair(0, 30, 0.912346), new ContactPrediction.Pair(7, 20, 0.75),
                new ContactPrediction.Pair(2, 10, 0.5), new ContactPrediction.Pair(5, 59, 0.25)), read.pairs());
        assertEquals(2, read.count(24, 0.0));
        assertEquals(1, read.count(24, 0.5));
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("t.rr"), "PFRMAT RR\nTARGET t\nMODEL 1\nMKVLAEHSWG\n1 8 0 8 0.5\n");
        InputException e = assertThrows(InputException.class, () -> RrReader.read(file));
        assertEquals(file + ": no END line (truncated RR file?)", e.getMessage());
    }
}
