package org.protpred.models.fold;

import java.util.Arrays;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Hyper-parameters of {@link DeepSfNetwork}, built by name: {@code DeepSfNetworkConfig.builder(features, folds)
 * .layersPerTower(3).build()}. Every setting but the two required ones has a default, those of DeepSF (Hou,
 * Adhikari and Cheng, Bioinformatics 34:1295, 2018) where the paper gives one. {@link Builder#build()} checks
 * all values and rejects bad ones with an {@link IllegalArgumentException} that names the setting.
 *
 * <ul>
 *   <li>{@code inputFeatures} (required): per-residue features.</li>
 *   <li>{@code folds} (required, {@code >= 2}): the classes of the softmax output.</li>
 *   <li>{@code kernelSizes} (default {@code 6, 10}): one convolution tower per entry, with that window.</li>
 *   <li>{@code layersPerTower} (default 10), {@code filters} (default 10): convolutions per tower, channels of
 *       each.</li>
 *   <li>{@code k} (default 30): values kept per channel by the k-max pooling at the end of each tower.</li>
 *   <li>{@code denseSize} (default 500): units of the hidden ReLU layer.</li>
 *   <li>{@code dropout} (default 0.2): the probability to <em>drop</em> a hidden unit during training, in
 *       {@code [0, 1)}; 0 adds no dropout at all.</li>
 *   <li>{@code learningRate} (default 1e-3, Nadam), {@code l2} (default 0), {@code seed} (default 42).</li>
 *   <li>{@code batchNorm} (default on): batch normalisation after every convolution.</li>
 *   <li>{@code dataType} (default {@code FLOAT}): the network's floating-point type ({@code DOUBLE} for gradient
 *       checks).</li>
 * </ul>
 */
public final class DeepSfNetworkConfig {

    private final int inputFeatures;
    private final int folds;
    private final int[] kernelSizes;
    private final int layersPerTower;
    private final int filters;
    private final int k;
    private final int denseSize;
    private final double dropout;
    private final double learningRate;
    private final double l2;
    private final Activation denseActivation;
    private final long seed;
    private final boolean batchNorm;
    private final DataType dataType;

    private DeepSfNetworkConfig(Builder b) {
        inputFeatures = b.inputFeatures;
        folds = b.folds;
        kernelSizes = b.kernelSizes.clone();
        layersPerTower = b.layersPerTower;
        filters = b.filters;
        k = b.k;
        denseSize = b.denseSize;
        dropout = b.dropout;
        learningRate = b.learningRate;
        l2 = b.l2;
        denseActivation = b.denseActivation;
        seed = b.seed;
        batchNorm = b.batchNorm;
        dataType = b.dataType;
    }

    /** A builder with the defaults, for {@code inputFeatures} per-residue features and {@code folds} classes. */
    public static Builder builder(int inputFeatures, int folds) {
        return new Builder(inputFeatures, folds);
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder(inputFeatures, folds).kernelSizes(kernelSizes).layersPerTower(layersPerTower)
                .filters(filters).k(k).denseSize(denseSize).dropout(dropout).learningRate(learningRate).l2(l2)
                .denseActivation(denseActivation)
                .seed(seed).batchNorm(batchNorm).dataType(dataType);
    }

    public int inputFeatures() {
        return inputFeatures;
    }

    public int folds() {
        return folds;
    }

    /** A copy of the towers' kernel sizes. */
    public int[] kernelSizes() {
        return kernelSizes.clone();
    }

    public int layersPerTower() {
        return layersPerTower;
    }

    public int filters() {
        return filters;
    }

    public int k() {
        return k;
    }

    public int denseSize() {
        return denseSize;
    }

    /** Probability to drop a hidden unit during training. */
    public double dropout() {
        return dropout;
    }

    public double learningRate() {
        return learningRate;
    }

    public double l2() {
        return l2;
    }

    public long seed() {
        return seed;
    }

    /** Activation of the dense layer: ReLU (default), sigmoid (DeepSF's hidden layer) or tanh. */
    public Activation denseActivation() {
        return denseActivation;
    }

    public boolean batchNorm() {
        return batchNorm;
    }

    public DataType dataType() {
        return dataType;
    }

    @Override
    public String toString() {
        return "DeepSfNetworkConfig{inputFeatures=" + inputFeatures + ", folds=" + folds + ", kernelSizes="
                + Arrays.toString(kernelSizes) + ", layersPerTower=" + layersPerTower + ", filters=" + filters
                + ", k=" + k + ", denseSize=" + denseSize + ", dropout=" + dropout + ", learningRate="
                + learningRate + ", l2=" + l2 + (denseActivation == Activation.RELU ? "" : ", denseActivation="
                + denseActivation.name().toLowerCase(java.util.Locale.ROOT)) + ", seed=" + seed + ", batchNorm="
                + batchNorm + ", dataType=" + dataType + "}";
    }

    /** Collects the settings; {@link #build()} validates them. */
    public static final class Builder {
        private final int inputFeatures;
        private final int folds;
        private int[] kernelSizes = {6, 10};
        private int layersPerTower = 10;
        private int filters = 10;
        private int k = 30;
        private int denseSize = 500;
        private double dropout = 0.2;
        private double learningRate = 1e-3;
        private double l2 = 0;
        private Activation denseActivation = Activation.RELU;
        private long seed = 42;
        private boolean batchNorm = true;
        private DataType dataType = DataType.FLOAT;

        private Builder(int inputFeatures, int folds) {
            this.inputFeatures = inputFeatures;
            this.folds = folds;
        }

        /** One tower per kernel size (at least one). */
        public Builder kernelSizes(int... kernelSizes) {
            this.kernelSizes = kernelSizes == null ? null : kernelSizes.clone();
            return this;
        }

        public Builder layersPerTower(int layersPerTower) {
            this.layersPerTower = layersPerTower;
            return this;
        }

        public Builder filters(int filters) {
            this.filters = filters;
            return this;
        }

        public Builder k(int k) {
            this.k = k;
            return this;
        }

        public Builder denseSize(int denseSize) {
            this.denseSize = denseSize;
            return this;
        }

        /** Probability to drop a hidden unit during training, in [0, 1). */
        public Builder dropout(double dropout) {
            this.dropout = dropout;
            return this;
        }

        public Builder learningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        public Builder l2(double l2) {
            this.l2 = l2;
            return this;
        }

        /** Activation of the dense layer: {@code RELU}, {@code SIGMOID} or {@code TANH}. */
        public Builder denseActivation(Activation denseActivation) {
            this.denseActivation = denseActivation;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder batchNorm(boolean batchNorm) {
            this.batchNorm = batchNorm;
            return this;
        }

        public Builder dataType(DataType dataType) {
            this.dataType = dataType;
            return this;
        }

        /** The configuration; throws {@link IllegalArgumentException} naming the first bad setting. */
        public DeepSfNetworkConfig build() {
            positive("inputFeatures", inputFeatures);
            if (folds < 2) {
                throw new IllegalArgumentException("folds must be >= 2 (the classes of the output), got " + folds);
            }
            if (kernelSizes == null || kernelSizes.length == 0) {
                throw new IllegalArgumentException("kernelSizes needs at least one tower, got none");
            }
            for (int size : kernelSizes) {
                if (size < 1) {
                    throw new IllegalArgumentException("kernelSizes must all be >= 1, got "
                            + Arrays.toString(kernelSizes));
                }
            }
            positive("layersPerTower", layersPerTower);
            positive("filters", filters);
            positive("k", k);
            positive("denseSize", denseSize);
            if (!(dropout >= 0 && dropout < 1)) {
                throw new IllegalArgumentException("dropout is the probability to drop a unit and must be in [0, 1), got "
                        + dropout);
            }
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("learningRate must be > 0 and finite, got " + learningRate);
            }
            if (denseActivation != Activation.RELU && denseActivation != Activation.SIGMOID
                    && denseActivation != Activation.TANH) {
                throw new IllegalArgumentException("denseActivation must be relu, sigmoid or tanh, got "
                        + denseActivation);
            }
            if (!(l2 >= 0) || Double.isInfinite(l2)) {
                throw new IllegalArgumentException("l2 must be >= 0 and finite, got " + l2);
            }
            if (dataType == null || !dataType.isFPType()) {
                throw new IllegalArgumentException("dataType must be a floating-point type, got " + dataType);
            }
            return new DeepSfNetworkConfig(this);
        }

        private static void positive(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be >= 1, got " + value);
            }
        }
    }
}
