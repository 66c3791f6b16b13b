package org.protpred.pipeline.fold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.InputException;

class FoldCombinationTest {

    private static final List<String> FOLDS = List.of("a.1", "b.2", "c.3");
    private static final double[] PRIOR = {0.5, 0.25, 0.25};

    @Test
    void featuresOfAWorkedExample() {
        FoldLibrary.Hit strong = new FoldLibrary.Hit("d1", "b.2", 80, 0.4, 6.0, 1.0, 2);
        FoldLibrary.Hit weak = new FoldLibrary.Hit("d2", "c.3", 30, 0.2, -2.0, Double.NEGATIVE_INFINITY, 1);
        double[] x = FoldCombination.features(FOLDS, new float[] {0.5f, 0.25f, 0.25f}, PRIOR,
                Map.of("b.2", strong, "c.3", weak), FoldCombination.index(FOLDS));
        int n = FoldCombination.FEATURES;
        assertArrayEquals(new double[] {Math.log(0.5), Math.log(0.5), 0, 0, 0, 0, 0, 0, 0, 0, 0, -10},
                slice(x, 0, n), 1e-12);
        assertArrayEquals(new double[] {Math.log(0.25), Math.log(0.25), 10, 6, 2, 0, 0, 1, 0, Math.log(3), 1, 0},
                slice(x, n, n), 1e-12);
        assertArrayEquals(new double[] {Math.log(0.25), Math.log(0.25), 2, 0, 0, 0, 0, 0, 0, Math.log(2), 1, -8},
                slice(x, 2 * n, n), 1e-12);
        double[] noCnn = FoldCombination.features(FOLDS, null, PRIOR, Map.of(), FoldCombination.index(FOLDS));
        assertEquals(0.0, noCnn[0]);
        assertEquals(-10.0, noCnn[n + 11]);
    }

    private static double[] slice(double[] x, int from, int n) {
        double[] out = new double[n];
        System.arraycopy(x, from, out, 0, n);
        return out;
    }

    @Test
    void scoresAreTheWeightedFeaturesAndRoundTripThroughMetadata() {
        double[] c = {1, 0.5, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0};
        double[] a = {0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0};
        FoldCombination comb = new FoldCombination(c, a);
        float[] cnn = {0.5f, 0.25f, 0.25f};
        Map<String, FoldLibrary.Hit> hits = Map.of("b.2", new FoldLibrary.Hit("d1", "b.2", 80, 0.4, 6.0, 1.0, 2));
        double[] combined = comb.logits(FoldMethod.COMBINED, FOLDS, cnn, PRIOR, hits);
        assertEquals(Math.log(0.5) + 0.5 * Math.log(0.5), combined[0], 1e-12);
        assertEquals(Math.log(0.25) + 0.5 * Math.log(0.25) + 6, combined[1], 1e-12);
        double[] align = comb.logits(FoldMethod.ALIGN, FOLDS, cnn, PRIOR, hits);
        assertEquals(Math.log(0.25) + 12, align[1], 1e-12);
        assertArrayEquals(new double[] {Math.log(0.5), Math.log(0.25), Math.log(0.25)},
                comb.logits(FoldMethod.CNN, FOLDS, cnn, PRIOR, hits), 1e-6);
        assertEquals(1, FoldCombination.order(combined)[0]);

        assertEquals(comb, FoldCombination.of(comb.metadata(), "m.zip"));
        assertEquals(FoldCombination.DEFAULT, FoldCombination.of(Map.of(), "old.zip"));
        Map<String, String> damaged = new HashMap<>(comb.metadata());
        damaged.put(FoldCombination.WEIGHTS, "1,2,x");
        InputException e = assertThrows(InputException.class, () -> FoldCombination.of(damaged, "m.zip"));
        assertTrue(e.getMessage().startsWith("m.zip: damaged model file (combination weights: "), e.getMessage());
        damaged.put(FoldCombination.WEIGHTS, "1,2");
        assertThrows(InputException.class, () -> FoldCombination.of(damaged, "m.zip"));
        assertThrows(IllegalArgumentException.class, () -> new FoldCombination(c, c), "align cannot use the CNN");
    }

    /**
     * Synthetic queries: the true fold has the only hit in 80% of them (evidence 2-10), else another fold has a weak
     * one (0-4); the CNN favours the true fold in 60%. The fit must learn to trust strong hits and to let the CNN
     * decide under weak ones, so that the combined method beats each source alone.
     */
    @Test
    void theFitLearnsToUseBothSourcesOfEvidence() {
        Random random = new Random(3);
        List<String> folds = new ArrayList<>();
        for (int f = 0; f < 20; f++) {
            folds.add("a." + (f + 1));
        }
        double[] prior = new double[20];
        java.util.Arrays.fill(prior, 0.05);
        List<float[]> cnn = new ArrayList<>();
        List<Map<String, FoldLibrary.Hit>> hits = new ArrayList<>();
        int[] truth = new int[400];
        for (int n = 0; n < truth.length; n++) {
            truth[n] = random.nextInt(20);
            float[] p = new float[20];
            int cnnPick = random.nextDouble() < 0.6 ? truth[n] : random.nextInt(20);
            for (int f = 0; f < 20; f++) {
                p[f] = f == cnnPick ? 0.6f : 0.4f / 19;
            }
            cnn.add(p);
            boolean right = random.nextDouble() < 0.8;
            int hitFold = right ? truth[n] : (truth[n] + 1 + random.nextInt(19)) % 20;
            double evidence = right ? 2 + 8 * random.nextDouble() : 4 * random.nextDouble();
            hits.add(Map.of(folds.get(hitFold), new FoldLibrary.Hit("d" + n, folds.get(hitFold), 60, 0.3,
                    evidence, Double.NEGATIVE_INFINITY, 1)));
        }
        FoldCombination fitted = FoldCombination.fit(folds, cnn, prior, hits, truth);
        double[] w = fitted.weights(FoldMethod.COMBINED);
        assertTrue(w[0] > 0.3, "CNN weight " + w[0]);
        assertEquals(0.0, fitted.weights(FoldMethod.ALIGN)[0]);
        double combined = fitted.accuracy(FoldMethod.COMBINED, folds, cnn, prior, hits, truth)[0];
        double align = fitted.accuracy(FoldMethod.ALIGN, folds, cnn, prior, hits, truth)[0];
        double alone = fitted.accuracy(FoldMethod.CNN, folds, cnn, prior, hits, truth)[0];
        assertTrue(align > 0.75 && align < 0.85, "align " + align);
        assertTrue(combined > align + 0.015 && combined > alone + 0.05, combined + " vs " + align + ", " + alone);
    }
}
