package org.protpred.models.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ValidationMetricTest {

    @Test
    void countsFlatOutputs() {
        INDArray out = Nd4j.create(new float[][] {{0.9f, 0.1f}, {0.2f, 0.8f}, {0.6f, 0.4f}});
        INDArray labels = Nd4j.create(new float[][] {{1, 0}, {1, 0}, {1, 0}});
        assertArrayEquals(new long[] {2, 3}, ValidationMetric.countCorrect(out, labels, null));
    }

    @Test
    void countsOnlyUnmaskedTimeSteps() {
        // [batch 2, classes 2, T 3]; predictions: ex0 = 0,1,1 ; ex1 = 1,1,0
        INDArray out = Nd4j.create(new float[] {
                0.9f, 0.2f, 0.1f, /**/ 0.1f, 0.8f, 0.9f,
                0.3f, 0.4f, 0.7f, /**/ 0.7f, 0.6f, 0.3f}, new long[] {2, 2, 3}, 'c');
        // labels: ex0 = 0,0,1 ; ex1 = 1,1,1
        INDArray labels = Nd4j.create(new float[] {
                1, 1, 0, /**/ 0, 0, 1,
                0, 0, 0, /**/ 1, 1, 1}, new long[] {2, 2, 3}, 'c');
        // ex0 all 3 steps count (2 right); ex1 only the first 2 (both right)
        INDArray mask = Nd4j.create(new float[][] {{1, 1, 1}, {1, 1, 0}});
        assertArrayEquals(new long[] {4, 5}, ValidationMetric.countCorrect(out, labels, mask));
        assertArrayEquals(new long[] {4, 6}, ValidationMetric.countCorrect(out, labels, null));
    }

    @Test
    void betterMeansLowerLossOrHigherAccuracy() {
        assertTrue(ValidationMetric.loss().isBetter(0.3, 0.4));
        assertFalse(ValidationMetric.loss().isBetter(0.4, 0.4));
        assertTrue(ValidationMetric.accuracy().isBetter(0.5, 0.4));
        assertTrue(ValidationMetric.accuracy().isBetter(0.1, Double.NaN));
        assertFalse(ValidationMetric.accuracy().isBetter(Double.NaN, 0.1));
        assertEquals("accuracy", ValidationMetric.accuracy().name());
    }
}
