package org.protpred.models.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Conversions between class indices and one-hot label matrices. */
public final class Labels {

    private Labels() {
    }

    /** One-hot [n, classes] FLOAT matrix for the class indices {@code labels}. */
    public static INDArray oneHot(int[] labels, int classes) {
        float[] values = new float[labels.length * classes];
        for (int i = 0; i < labels.length; i++) {
            values[i * classes + labels[i]] = 1f;
        }
        return Nd4j.create(values, new long[] {labels.length, classes}, DataType.FLOAT);
    }

    /** Index of the largest value in each row of {@code scores} [n, classes]. */
    public static int[] argMax(INDArray scores) {
        return scores.argMax(1).toIntVector();
    }

    /** Fraction of positions where {@code predicted} equals {@code truth}. */
    public static double accuracy(int[] predicted, int[] truth) {
        if (predicted.length != truth.length) {
            throw new IllegalArgumentException(predicted.length + " predictions for " + truth.length + " labels");
        }
        int right = 0;
        for (int i = 0; i < truth.length; i++) {
            if (predicted[i] == truth[i]) {
                right++;
            }
        }
        return truth.length == 0 ? 0 : (double) right / truth.length;
    }
}
