package org.protpred.pipeline.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.InputException;

/** {@link FoldRanking#read}: a {@code .rank} file reads back as the ranking it was written from. */
class FoldRankingTest {

    @TempDir
    Path tmp;

    @Test
    void rankFileRoundTrips() throws Exception {
        FoldPrediction p = FoldWriterTest.example("d1xyza_");
        Path file = Files.writeString(tmp.resolve("d.rank"), FoldWriter.rank(p, 10, "protpred 1.0"));
        FoldRanking read = FoldRanking.read(file);
        assertEquals(FoldRanking.of(p, 10), read);
        assertEquals(List.of(new FoldRanking.Row(1, "a.4", 0.6, "d1dlwa_ 34.5%"),
                new FoldRanking.Row(2, "b.1", 0.25, "-"), new FoldRanking.Row(3, "a.1", 0.1, "-"),
                new FoldRanking.Row(4, "c.37", 0.05, "d2abcb1 20.0%")), read.folds());
        assertEquals("a.4", read.best().fold());
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("x.rank"), "# x\n1 a.1 0.5 -\n");
        InputException e = assertThrows(InputException.class, () -> FoldRanking.read(file));
        assertEquals(file + ":2: expected the header 'Rank Fold Probability Evidence'", e.getMessage());
    }
}
