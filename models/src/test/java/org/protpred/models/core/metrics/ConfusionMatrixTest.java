package org.protpred.models.core.metrics;

import org.protpred.models.demo.Networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class ConfusionMatrixTest {

    /**
     * actual\pred  H  E  C
     *        H     3  1  0
     *        E     0  2  2
     *        C     1  0  1
     */
    private static ConfusionMatrix example() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("H", "E", "C"));
        int[][] pairs = {{0, 0}, {0, 0}, {0, 0}, {0, 1}, {1, 1}, {1, 1}, {1, 2}, {1, 2}, {2, 0}, {2, 2}};
        for (int[] p : pairs) {
            m.add(p[0], p[1]);
        }
        return m;
    }

    @Test
    void summariesHaveExactValues() {
        ConfusionMatrix m = example();
        assertEquals(10, m.total());
        assertEquals(2, m.count(1, 2));
        assertEquals(0.6, m.accuracy(), 1e-12);
        assertEquals(0.75, m.precision(0), 1e-12);   // 3 of 4 predicted H
        assertEquals(0.75, m.recall(0), 1e-12);      // 3 of 4 actual H
        assertEquals(2.0 / 3, m.precision(1), 1e-12);
        assertEquals(0.5, m.recall(1), 1e-12);
        assertEquals(1.0 / 3, m.precision(2), 1e-12);
        assertEquals(0.5, m.recall(2), 1e-12);
        assertEquals(0.4, m.f1(2), 1e-12);
        // MCC for H: tp 3, fp 1, fn 1, tn 5 -> (15 - 1) / sqrt(4 * 4 * 6 * 6) = 14 / 24
        assertEquals(14.0 / 24, m.matthews(0), 1e-12);
        assertTrue(Double.isNaN(new ConfusionMatrix(List.of("a", "b")).precision(0)));
        assertThrows(IndexOutOfBoundsException.class, () -> m.add(3, 0));
    }

    @Test
    void formatIsAReadableTable() {
        String expected = String.join("\n",
                "actual\\pred        H        E        C   recall",
                "H                  3        1        0   0.7500",
                "E                  0        2        2   0.5000",
                "C                  1        0        1   0.5000",
                "precision     0.7500   0.6667   0.3333",
                "accuracy 0.6000 (10 examples)", "");
        assertEquals(expected, example().format());
    }

    @Test
    void evaluatingANetworkAgreesWithTheAccuracyMetric() {
        org.deeplearning4j.nn.multilayer.MultiLayerNetwork net = Networks.recurrent(2,
                new int[] {3}, 2, org.protpred.models.core.NetworkOptions.defaults());
        java.util.List<org.nd4j.linalg.dataset.DataSet> examples = new java.util.ArrayList<>();
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 9; i++) {
            int length = 2 + r.nextInt(5);
            int[] classes = new int[length];
            for (int t = 0; t < length; t++) {
                classes[t] = t == 0 ? -1 : r.nextInt(2);
            }
            examples.add(org.protpred.models.core.train.SequenceBatcher.example(
                    Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 2, length), classes, 2));
        }
        var data = org.protpred.models.core.train.ShuffledDataSetIterator.sequential(examples, 4);
        ConfusionMatrix m = ConfusionMatrix.evaluate(net, data, List.of("a", "b"));
        long labelled = examples.stream().mapToLong(e -> e.getLabelsMaskArray().sumNumber().longValue()).sum();
        assertEquals(labelled, m.total());
        assertEquals(org.protpred.models.core.train.ValidationMetric.accuracy().score(net, data), m.accuracy(), 1e-12);
    }

    @Test
    void countsMaskedTimeSeriesBatches() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("a", "b"));
        // [1, 2, 3]: labels a, b, b ; outputs predict b, b, a ; last step masked out
        m.add(Nd4j.create(new float[] {1, 0, 0, 0, 1, 1}, new long[] {1, 2, 3}, 'c'),
                Nd4j.create(new float[] {0.2f, 0.1f, 0.9f, 0.8f, 0.9f, 0.1f}, new long[] {1, 2, 3}, 'c'),
                Nd4j.create(new float[][] {{1, 1, 0}}));
        assertEquals(2, m.total());
        assertEquals(1, m.count(0, 1));
        assertEquals(1, m.count(1, 1));
    }
}
