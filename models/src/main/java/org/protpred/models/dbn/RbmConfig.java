package org.protpred.models.dbn;

import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Settings of an {@link Rbm}. Build with {@code RbmConfig.builder(nVisible, nHidden).cdK(1).learningRate(0.05)
 * .build()}; every value is checked when the record is made, with a message naming the setting.
 *
 * <p>Defaults follow Hinton's practical guide (2010): binary visible units, CD-1, learning rate 0.05 (use about 0.001
 * for Gaussian visible units, whose reconstructions are unbounded), momentum 0.5 (the guide raises it to 0.9 once
 * learning has settled; one value keeps this simple), L2 weight decay 2e-4 on the weights only, initial weights
 * N(0, 0.01²), biases 0, visible reconstructions as means rather than samples ({@code sampleVisible = false}:
 * less sampling noise, no bias worth speaking of), seed 42, float precision.
 *
 * @param nVisible      number of visible units (input features)
 * @param nHidden       number of hidden units
 * @param visibleType   binary or unit-variance Gaussian visible units
 * @param cdK           number of Gibbs steps of contrastive divergence (CD-k), at least 1
 * @param learningRate  step size of the parameter updates (&gt; 0)
 * @param momentum      fraction of the previous update added to the next one, in [0, 1)
 * @param l2            weight decay: {@code l2 * W} is subtracted from the weight gradient (biases are not decayed)
 * @param initStdDev    standard deviation of the initial Gaussian weights (&gt; 0)
 * @param sampleVisible sample the visible reconstructions (true) or use their means (false)
 * @param seed          seed of the initial weights, the sampling and the order of the examples
 * @param dataType      precision of the parameters and computations (FLOAT or DOUBLE)
 */
public record RbmConfig(int nVisible, int nHidden, VisibleType visibleType, int cdK, double learningRate,
                        double momentum, double l2, double initStdDev, boolean sampleVisible, long seed,
                        DataType dataType) {

    /** Checks every setting. */
    public RbmConfig {
        if (nVisible < 1) {
            throw new IllegalArgumentException("number of visible units must be at least 1, got " + nVisible);
        }
        if (nHidden < 1) {
            throw new IllegalArgumentException("number of hidden units must be at least 1, got " + nHidden);
        }
        Objects.requireNonNull(visibleType, "visibleType");
        if (cdK < 1) {
            throw new IllegalArgumentException("CD-k needs k >= 1 Gibbs steps, got " + cdK);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("l2 weight decay must be >= 0, got " + l2);
        }
        if (!(initStdDev > 0) || Double.isInfinite(initStdDev)) {
            throw new IllegalArgumentException("initial weight standard deviation must be > 0, got " + initStdDev);
        }
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("data type must be FLOAT or DOUBLE, got " + dataType);
        }
    }

    /** A builder with the defaults of the class comment. */
    public static Builder builder(int nVisible, int nHidden) {
        return new Builder(nVisible, nHidden);
    }

    /** The same settings as a builder, to change some of them. */
    public Builder toBuilder() {
        return new Builder(nVisible, nHidden).visibleType(visibleType).cdK(cdK).learningRate(learningRate)
                .momentum(momentum).l2(l2).initStdDev(initStdDev).sampleVisible(sampleVisible).seed(seed)
                .dataType(dataType);
    }

    /** Builder of {@link RbmConfig}; {@link #build()} validates. */
    public static final class Builder {
        private final int nVisible;
        private final int nHidden;
        private VisibleType visibleType = VisibleType.BINARY;
        private int cdK = 1;
        private double learningRate = 0.05;
        private double momentum = 0.5;
        private double l2 = 2e-4;
        private double initStdDev = 0.01;
        private boolean sampleVisible = false;
        private long seed = 42;
        private DataType dataType = DataType.FLOAT;

        private Builder(int nVisible, int nHidden) {
            this.nVisible = nVisible;
            this.nHidden = nHidden;
        }

        public Builder visibleType(VisibleType value) {
            visibleType = value;
            return this;
        }

        public Builder cdK(int value) {
            cdK = value;
            return this;
        }

        public Builder learningRate(double value) {
            learningRate = value;
            return this;
        }

        public Builder momentum(double value) {
            momentum = value;
            return this;
        }

        public Builder l2(double value) {
            l2 = value;
            return this;
        }

        public Builder initStdDev(double value) {
            initStdDev = value;
            return this;
        }

        public Builder sampleVisible(boolean value) {
            sampleVisible = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder dataType(DataType value) {
            dataType = value;
            return this;
        }

        public RbmConfig build() {
            return new RbmConfig(nVisible, nHidden, visibleType, cdK, learningRate, momentum, l2, initStdDev,
                    sampleVisible, seed, dataType);
        }
    }
}
