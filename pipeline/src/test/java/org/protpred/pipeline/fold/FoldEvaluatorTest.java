package org.protpred.pipeline.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.ProteinRecord;

/** Exact numbers on hand-made rankings. */
class FoldEvaluatorTest {

    private static final List<String> FOLDS = List.of("a.1", "a.2", "b.1", "b.2", "c.1", "c.2", "d.1");

    /** A prediction ranking {@code ranking} first (the rest in label order), with or without a hit. */
    private static FoldPrediction ranked(String id, int length, boolean hit, String... ranking) {
        float[] p = new float[FOLDS.size()];
        for (int i = 0; i < ranking.length; i++) {
            p[FOLDS.indexOf(ranking[i])] = 0.9f - 0.1f * i;
        }
        Map<String, FoldLibrary.Hit> hits = hit ? Map.of(ranking[0], new FoldLibrary.Hit("d", ranking[0], 40, 0.3))
                : Map.of();
        return new FoldPrediction(id, length, FoldMethod.ALIGN, FOLDS, p, FoldCombination.order(p), hits, "m");
    }

    private static ProteinRecord domain(String id, int length, String fold) {
        return ProteinRecord.of(id, "A".repeat(length)).withFold(fold);
    }

    @Test
    void topOneFiveTenOverallByClassAndByLength() {
        FoldEvaluator e = new FoldEvaluator("toy", null);
        e.add(domain("d1", 50, "a.1"), ranked("d1", 50, true, "a.1", "b.1"));                         // rank 1
        e.add(domain("d2", 150, "a.2"), ranked("d2", 150, true, "b.1", "a.2"));                       // rank 2
        e.add(domain("d3", 250, "b.2"), ranked("d3", 250, false, "a.1", "a.2", "b.1", "c.1", "c.2",
                "d.1", "b.2"));                                                                      // rank 7
        e.add(domain("d4", 450, "e.1"), ranked("d4", 450, false, "a.1"));                             // unknown fold
        assertEquals("""
                toy: 4 domains, method align
                                   domains   top-1   top-5  top-10
                  all                    4  0.2500  0.5000  0.7500
                  class a                2  0.5000  1.0000  1.0000
                  class b                1  0.0000  0.0000  1.0000
                  class e                1  0.0000  0.0000  0.0000
                  length 1-100           1  1.0000  1.0000  1.0000
                  length 101-200         1  0.0000  1.0000  1.0000
                  length 201-300         1  0.0000  0.0000  1.0000
                  length > 400           1  0.0000  0.0000  0.0000
                  1 domains have a fold the model does not know (counted as misses)
                  no alignment hit: 2 domains (50.0%)
                """, e.report());
    }

    @Test
    void nothingToScoreIsAnError() {
        assertThrows(InputException.class, () -> new FoldEvaluator("empty", null).report());
        FoldEvaluator e = new FoldEvaluator("x", null);
        assertThrows(InputException.class, () -> e.add(ProteinRecord.of("n", "AAA"), ranked("n", 3, false, "a.1")));
    }

    @Test
    void lengthGroups() {
        assertEquals(0, FoldEvaluator.lengthGroup(1));
        assertEquals(0, FoldEvaluator.lengthGroup(100));
        assertEquals(1, FoldEvaluator.lengthGroup(101));
        assertEquals(4, FoldEvaluator.lengthGroup(401));
    }
}
