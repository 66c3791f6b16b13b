package org.protpred.models.dbn;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.protpred.models.core.train.Seeds;

/**
 * Settings of a {@link DeepBeliefNetwork}'s greedy layer-wise pretraining. Build with
 * {@code DbnConfig.builder(nIn, 200, 100).visibleType(VisibleType.GAUSSIAN).epochs(20).build()}; every value is
 * checked when the record is made.
 *
 * <p>Only the first RBM sees the raw inputs, so only it has the chosen visible type and its own learning rate
 * ({@code firstLearningRate}): Gaussian visible units need a learning rate one or two orders of magnitude smaller
 * than binary ones (Hinton 2010, section 13.2). The RBMs above are binary-binary and get {@code learningRate}. The
 * k of CD-k, momentum, L2, epochs and batch size are shared. Each RBM's seed is derived from {@code seed} and its
 * layer index, so the stack is reproducible from one seed. Defaults: binary inputs, CD-1, 10 epochs, batch size 100,
 * learning rate 0.05 (first layer 0.05 too, set it to about 0.001 for Gaussian inputs), momentum 0.5, L2 2e-4,
 * seed 42, float precision.
 *
 * @param layerSizes        input size followed by the hidden layer sizes, at least two entries
 * @param visibleType       visible units of the first RBM
 * @param cdK               Gibbs steps of contrastive divergence for every RBM
 * @param epochs            pretraining epochs per RBM
 * @param batchSize         minibatch size of pretraining
 * @param firstLearningRate learning rate of the first RBM
 * @param learningRate      learning rate of the RBMs above the first
 * @param momentum          momentum of every RBM
 * @param l2                weight decay of every RBM
 * @param seed              seed from which every RBM's seed is derived
 * @param dataType          precision of the RBMs
 */
public record DbnConfig(int[] layerSizes, VisibleType visibleType, int cdK, int epochs, int batchSize,
                        double firstLearningRate, double learningRate, double momentum, double l2, long seed,
                        DataType dataType) {

    private static final long LAYER_SALT = 0x44424E4C4159L;

    /** Checks every setting, including each RBM's (so a bad learning rate is refused here, not when training). */
    public DbnConfig {
        Objects.requireNonNull(layerSizes, "layerSizes");
        if (layerSizes.length < 2) {
            throw new IllegalArgumentException("a deep belief network needs an input size and at least one hidden "
                    + "layer size, got " + Arrays.toString(layerSizes));
        }
        layerSizes = layerSizes.clone();
        Objects.requireNonNull(visibleType, "visibleType");
        if (epochs < 1) {
            throw new IllegalArgumentException("pretraining epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        for (int layer = 0; layer < layerSizes.length - 1; layer++) {
            layerConfig(layerSizes, layer, visibleType, cdK, firstLearningRate, learningRate, momentum, l2, seed,
                    dataType);
        }
    }

    /** A builder with the defaults of the class comment: {@code sizes} = input size, then hidden layer sizes. */
    public static Builder builder(int... sizes) {
        return new Builder(sizes);
    }

    /** Input size followed by the hidden layer sizes (a copy). */
    @Override
    public int[] layerSizes() {
        return layerSizes.clone();
    }

    /** Number of RBMs (hidden layers). */
    public int depth() {
        return layerSizes.length - 1;
    }

    /** The settings of the RBM of hidden layer {@code layer} (0 = the one on the inputs). */
    public RbmConfig rbmConfig(int layer) {
        if (layer < 0 || layer >= depth()) {
            throw new IllegalArgumentException("layer must be in [0, " + depth() + "), got " + layer);
        }
        return layerConfig(layerSizes, layer, visibleType, cdK, firstLearningRate, learningRate, momentum, l2, seed,
                dataType);
    }

    private static RbmConfig layerConfig(int[] sizes, int layer, VisibleType visibleType, int cdK,
                                         double firstLearningRate, double learningRate, double momentum, double l2,
                                         long seed, DataType dataType) {
        return RbmConfig.builder(sizes[layer], sizes[layer + 1])
                .visibleType(layer == 0 ? visibleType : VisibleType.BINARY)
                .learningRate(layer == 0 ? firstLearningRate : learningRate)
                .cdK(cdK).momentum(momentum).l2(l2).dataType(dataType)
                .seed(Seeds.forEpoch(seed, layer, LAYER_SALT))
                .build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DbnConfig d && Arrays.equals(layerSizes, d.layerSizes) && visibleType == d.visibleType
                && cdK == d.cdK && epochs == d.epochs && batchSize == d.batchSize
                && Double.compare(firstLearningRate, d.firstLearningRate) == 0
                && Double.compare(learningRate, d.learningRate) == 0 && Double.compare(momentum, d.momentum) == 0
                && Double.compare(l2, d.l2) == 0 && seed == d.seed && dataType == d.dataType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(layerSizes), visibleType, cdK, epochs, batchSize, firstLearningRate,
                learningRate, momentum, l2, seed, dataType);
    }

    @Override
    public String toString() {
        return "DbnConfig[layerSizes=" + Arrays.toString(layerSizes) + ", visibleType=" + visibleType + ", cdK=" + cdK
                + ", epochs=" + epochs + ", batchSize=" + batchSize + ", firstLearningRate=" + firstLearningRate
                + ", learningRate=" + learningRate + ", momentum=" + momentum + ", l2=" + l2 + ", seed=" + seed
                + ", dataType=" + dataType + "]";
    }

    /** Builder of {@link DbnConfig}; {@link #build()} validates. */
    public static final class Builder {
        private final int[] sizes;
        private VisibleType visibleType = VisibleType.BINARY;
        private int cdK = 1;
        private int epochs = 10;
        private int batchSize = 100;
        private double firstLearningRate = 0.05;
        private double learningRate = 0.05;
        private double momentum = 0.5;
        private double l2 = 2e-4;
        private long seed = 42;
        private DataType dataType = DataType.FLOAT;

        private Builder(int[] sizes) {
            this.sizes = sizes == null ? null : sizes.clone();
        }

        public Builder visibleType(VisibleType value) {
            visibleType = value;
            return this;
        }

        public Builder cdK(int value) {
            cdK = value;
            return this;
        }

        public Builder epochs(int value) {
            epochs = value;
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        /** Learning rate of the first RBM (the one on the inputs). */
        public Builder firstLearningRate(double value) {
            firstLearningRate = value;
            return this;
        }

        /** Learning rate of the RBMs above the first. */
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

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder dataType(DataType value) {
            dataType = value;
            return this;
        }

        public DbnConfig build() {
            return new DbnConfig(sizes, visibleType, cdK, epochs, batchSize, firstLearningRate, learningRate,
                    momentum, l2, seed, dataType);
        }
    }
}
