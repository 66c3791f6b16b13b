package org.protpred.pipeline.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.biojava.nbio.core.sequence.ProteinSequence;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.api.FoldClassifier;

/** The library facade over the shipped model: every fold ranked, the same from several threads, bad input refused. */
class FoldClassifierTest {

    private static final String UBIQUITIN =
            "MQIFVKTLTGKTITLEVEPSDTIENVKAKIQDKEGIPPDQQRLIFAGKQLEDGRTLSDYNIQKESTLHLVLRLRGG";

    @Test
    void bundledRanksEveryFoldAndIsThreadSafe() throws Exception {
        FoldClassifier c = FoldClassifier.bundled();
        assertSame(c, FoldClassifier.bundled());
        List<FoldPrediction.RankedFold> folds = c.classify(new ProteinSequence(UBIQUITIN));
        assertEquals(1230, folds.size());
        double sum = 0;
        for (int i = 0; i < folds.size(); i++) {
            assertEquals(i + 1, folds.get(i).rank());
            if (i > 0) {
                assertTrue(folds.get(i).probability() <= folds.get(i - 1).probability());
            }
            sum += folds.get(i).probability();
        }
        assertEquals(1, sum, 1e-3);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<FoldPrediction.RankedFold>> a = pool.submit(() -> c.classify(UBIQUITIN));
            Future<List<FoldPrediction.RankedFold>> b = pool.submit(() -> c.classify(UBIQUITIN.toLowerCase()));
            assertEquals(folds.subList(0, 10), a.get().subList(0, 10));
            assertEquals(folds.subList(0, 10), b.get().subList(0, 10));
        } finally {
            pool.shutdown();
        }
        assertThrows(InputException.class, () -> c.classify("MKV1L"));
        assertThrows(InputException.class, () -> c.classify(""));
    }
}
