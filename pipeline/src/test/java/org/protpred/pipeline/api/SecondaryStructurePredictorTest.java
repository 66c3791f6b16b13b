package org.protpred.pipeline.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.biojava.nbio.core.sequence.ProteinSequence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.ss.SecondaryStructureModel;

class SecondaryStructurePredictorTest {

    private static final List<String> SEQUENCES = List.of(
            "MQIFVKTLTGKTITLEVEPSDTIENVKAKIQDKEGIPPDQQRLIFAGKQLEDGRTLSDYNIQKESTLHLVLRLRGG",
            "LSDEDFKAVFGMTRSAFANLPLWKQQNLKKEKGLF",
            "GSHMAKVLIVGAGPAGLSAALYLARAGHDVTVLEKRDRVGGRTHTL",
            "MKTAYIAKQRQISFVKSHFSRQLEERLGLIEVQAPILSRVGDGTQDNLSGAEKAVQVKVKALPDAQFEVVHSLAKWKRQTLGQHDFSAGEGLYTHMKALRPDEDRLSPLHSVYVDQWDWERVMGDGERQFSTLKSTVEAIWAGIKATEAAVSEEFGLAPFLPDQIHFVHSQELLSRYPDLDAKGRERAIAKDLGAVFLVGIGGKLSDGHRHDVRAPDYDDWSTPSELGHAGLNGDILVWNPVLEDAFELSSMGIRVDADTLKHQLALTGDEDRLELEWHQALLRGEMPQTIGGGIGQSRLTMLLLQLPHIGQVQAGVWPAACRLQGETHVENRLRDFAVL",
            "A",
            "ACDEFGHIKLMNPQRSTVWYX");

    private static SecondaryStructurePredictor predictor;

    @BeforeAll
    static void load() {
        predictor = SecondaryStructurePredictor.bundled();
    }

    @Test
    void predictsStatesAndProbabilities() throws Exception {
        SecondaryStructurePrediction p = predictor.predict(new ProteinSequence(SEQUENCES.get(0)));
        assertEquals(SEQUENCES.get(0), p.sequence());
        assertEquals(SEQUENCES.get(0).length(), p.states().length());
        assertTrue(p.states().matches("[HEC]+"), p.states());
        double[][] probs = p.probabilities();
        for (int i = 0; i < p.length(); i++) {
            assertEquals(1.0, probs[i][0] + probs[i][1] + probs[i][2], 1e-5);
            char best = "HEC".charAt(probs[i][0] >= probs[i][1] && probs[i][0] >= probs[i][2] ? 0
                    : probs[i][1] >= probs[i][2] ? 1 : 2);
            assertEquals(best, p.state(i));
            assertEquals(probs[i][1], p.probability(i, 'E'), 0);
        }
        assertEquals(p.states(), predictor.predict(SEQUENCES.get(0).toLowerCase()).states());
    }

    @Test
    void batchGivesTheSameAsOneByOne() {
        List<SecondaryStructurePrediction> all = predictor.predictAllStrings(SEQUENCES);
        for (int n = 0; n < SEQUENCES.size(); n++) {
            SecondaryStructurePrediction alone = predictor.predict(SEQUENCES.get(n));
            assertEquals(alone.states(), all.get(n).states());
            for (int i = 0; i < alone.length(); i++) {
                assertArrayEquals(alone.probabilities()[i], all.get(n).probabilities()[i], 1e-5);
            }
        }
    }

    /** Eight threads sharing one predictor get exactly what one thread gets. */
    @Test
    void threadSafe() throws Exception {
        List<double[][]> expected = new ArrayList<>();
        for (String s : SEQUENCES) {
            expected.add(predictor.predict(s).probabilities());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<double[][]>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    List<double[][]> got = new ArrayList<>();
                    for (int k = 0; k < SEQUENCES.size(); k++) {
                        got.add(predictor.predict(SEQUENCES.get((k + offset) % SEQUENCES.size())).probabilities());
                    }
                    return got;
                }));
            }
            for (int t = 0; t < 8; t++) {
                List<double[][]> got = futures.get(t).get();
                for (int k = 0; k < got.size(); k++) {
                    double[][] want = expected.get((k + t) % SEQUENCES.size());
                    for (int i = 0; i < want.length; i++) {
                        assertArrayEquals(want[i], got.get(k)[i], 0.0, "thread " + t + ", call " + k);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBundledModelIsLoadedOnceAndShared() {
        assertSame(SecondaryStructurePredictor.bundled(), SecondaryStructurePredictor.bundled());
        assertEquals(SecondaryStructureModel.KIND, SecondaryStructurePredictor.bundled().model().metadata().kind());
    }

    @Test
    void badSequencesAreInputExceptions() {
        InputException e = assertThrows(InputException.class, () -> predictor.predict("MKV1L"));
        assertEquals("sequence 1: illegal character '1' at residue 4; expected amino-acid letters", e.getMessage());
        assertThrows(InputException.class, () -> predictor.predict(""));
        assertThrows(InputException.class, () -> SecondaryStructurePredictor.load(java.nio.file.Path.of("/nope.zip")));
    }
}
