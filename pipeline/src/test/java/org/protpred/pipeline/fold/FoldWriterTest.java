package org.protpred.pipeline.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact output formats on a worked example: four folds, two with alignment hits. */
class FoldWriterTest {

    static FoldPrediction example(String id) {
        List<String> folds = List.of("a.1", "a.4", "b.1", "c.37");
        float[] p = {0.1f, 0.6f, 0.25f, 0.05f};
        Map<String, FoldLibrary.Hit> hits = Map.of(
                "a.4", new FoldLibrary.Hit("d1dlwa_", "a.4", 57, 0.345),
                "c.37", new FoldLibrary.Hit("d2abcb1", "c.37", 31, 0.2),
                "x.9", new FoldLibrary.Hit("d9zzza_", "x.9", 10, 0.1));   // a fold the model lacks: never shown
        return new FoldPrediction(id, 123, FoldMethod.COMBINED, folds, p, FoldCombination.order(p), hits,
                "fold.zip");
    }

    @Test
    void rankFileHasTheHeaderThenOneLinePerFoldBestFirst() {
        assertEquals("""
                # protpred 1.0 SCOP fold ranking of d1xyza_ (123 residues)
                # model fold.zip, method combined
                Rank Fold Probability Evidence
                1 a.4 0.6000 d1dlwa_ 34.5%
                2 b.1 0.2500 -
                3 a.1 0.1000 -
                4 c.37 0.0500 d2abcb1 20.0%
                """, FoldWriter.rank(example("d1xyza_"), 10, "protpred 1.0"));
        assertEquals(5, FoldWriter.rank(example("d1xyza_"), 2, "protpred 1.0").split("\n").length);
    }

    @Test
    void tableAndJson() {
        assertEquals("d1xyza_\t123\ta.4\t0.6000\ta.4,b.1,a.1,c.37\n", FoldWriter.line(example("d1xyza_")));
        assertEquals("{\"id\":\"d1xyza_\",\"length\":123,\"model\":\"fold.zip\",\"method\":\"combined\",\"folds\":["
                + "{\"rank\":1,\"fold\":\"a.4\",\"probability\":0.6,\"hit\":{\"id\":\"d1dlwa_\",\"identity\":0.345,"
                + "\"score\":57}},{\"rank\":2,\"fold\":\"b.1\",\"probability\":0.25,\"hit\":null}]}\n",
                FoldWriter.json(example("d1xyza_"), 2));
    }

    @Test
    void writerWritesPerDomainFilesAndTheTable(@TempDir Path dir) throws IOException {
        FoldWriter w = new FoldWriter(dir, true, 10, "protpred 1.0");
        w.write(example("sp|P1|X"));
        w.write(example("d2"));
        w.finish();
        assertEquals(FoldWriter.rank(example("sp|P1|X"), 10, "protpred 1.0"),
                Files.readString(dir.resolve("sp_P1_X.rank")));
        assertEquals(FoldWriter.json(example("d2"), 10), Files.readString(dir.resolve("d2.fold.json")));
        assertEquals("id\tlength\ttop_fold\tprobability\ttop5\n"
                + "sp|P1|X\t123\ta.4\t0.6000\ta.4,b.1,a.1,c.37\n"
                + "d2\t123\ta.4\t0.6000\ta.4,b.1,a.1,c.37\n", Files.readString(dir.resolve("folds.tsv")));
    }
}
