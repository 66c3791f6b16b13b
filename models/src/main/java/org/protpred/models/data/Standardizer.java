package org.protpred.models.data;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Column-wise standardisation {@code (x - mean) / sd}, fitted on training data only and then applied unchanged to
 * validation, test and new examples.
 */
public final class Standardizer {

    private final INDArray mean;
    private final INDArray sd;

    private Standardizer(INDArray mean, INDArray sd) {
        this.mean = mean;
        this.sd = sd;
    }

    /** Fits mean and standard deviation of each column of {@code x} [n, d]; a constant column keeps sd 1. */
    public static Standardizer fit(INDArray x) {
        INDArray mean = x.mean(0).reshape(1, x.columns());
        INDArray sd = x.std(false, 0).reshape(1, x.columns());
        INDArray zero = sd.lte(1e-12);
        for (int j = 0; j < sd.columns(); j++) {
            if (zero.getDouble(0, j) != 0) {
                sd.putScalar(0, j, 1.0);
            }
        }
        return new Standardizer(mean, sd);
    }

    /** A standardised copy of {@code x}. */
    public INDArray apply(INDArray x) {
        return x.subRowVector(mean.castTo(x.dataType())).diviRowVector(sd.castTo(x.dataType()));
    }

    /** Column means [1, d]. */
    public INDArray mean() {
        return mean.dup();
    }

    /** Column standard deviations [1, d]. */
    public INDArray sd() {
        return sd.dup();
    }
}
