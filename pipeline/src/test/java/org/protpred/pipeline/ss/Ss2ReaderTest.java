package org.protpred.pipeline.ss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.InputException;

/** {@link Ss2Reader}: what {@link SsWriters#ss2} writes reads back to the same states and (3-decimal) probabilities. */
class Ss2ReaderTest {

    @TempDir
    Path tmp;

    @Test
    void ss2RoundTrips() throws Exception {
        float[][] p = {{0.7f, 0.2f, 0.1f}, {0.1f, 0.6f, 0.3f}, {0.2f, 0.3f, 0.5f}, {0.3333f, 0.3333f, 0.3334f}};
        SsPrediction written = new SsPrediction("x", "MKVL", p);
        Path file = Files.writeString(tmp.resolve("x.ss2"), SsWriters.ss2(written, "1.0"));
        Ss2Reader.Ss2 read = Ss2Reader.read(file, "x");
        assertEquals("x", read.id());
        assertEquals("MKVL", read.sequence());
        assertEquals("HECC", read.states(), "the states as written, though the last residue's rounded "
                + "probabilities tie");
        assertEquals(written.states(), read.states());
        for (int i = 0; i < 4; i++) {
            for (int s = 0; s < 3; s++) {
                assertEquals(Math.round(p[i][s] * 1000) / 1000f, read.probability(i, s), 1e-6f, i + "," + s);
            }
        }
        assertEquals(SsWriters.ss2(written, "1.0"), SsWriters.ss2(new SsPrediction("x", read.sequence(),
                read.probabilities()), "1.0").replace("   4 L H", "   4 L C"), "the same text but for the tie");
    }

    @Test
    void aLineThatIsNotVformatNamesItsLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("bad.ss2"), "# PSIPRED VFORMAT\n\n   1 M C  0.1 0.2 0.7\n   2 K X\n");
        InputException e = assertThrows(InputException.class, () -> Ss2Reader.read(file, "bad"));
        assertEquals(file + ":4: not a PSIPRED VFORMAT line: index, residue, state (H/E/C), P(C), P(H), P(E)",
                e.getMessage());
    }
}
