package org.protpred.models.ss;

/**
 * Hyper-parameters of {@link BiRnnSecondaryStructureNetwork}. Built by name:
 * <pre>{@code
 * SsNetworkConfig c = SsNetworkConfig.builder(34).lstmSize(64).outputStates(8).seed(42).build();
 * }</pre>
 *
 * @param inputSize     per-residue features in
 * @param convLayers    1-D convolutions before the recurrent layers (0 for none)
 * @param convChannels  channels of each convolution
 * @param convKernel    window of each convolution (odd)
 * @param lstmLayers    bidirectional LSTM layers (0 for a purely convolutional network)
 * @param lstmSize      LSTM units per direction
 * @param dropoutRetain probability of keeping an activation during training (1 for no dropout)
 * @param learningRate  Adam learning rate
 * @param l2            L2 weight decay
 * @param seed          weight initialisation seed
 * @param lrDropEpoch   from this 0-based epoch on the learning rate is {@code learningRate * lrDropFactor}
 *                      (0: constant learning rate)
 * @param lrDropFactor  the factor applied from {@code lrDropEpoch} on
 * @param outputStates  states of the output: 3 (H/E/C, output {@code ss3}) or 8 (DSSP states, output {@code ss8})
 */
public record SsNetworkConfig(
        int inputSize,
        int convLayers,
        int convChannels,
        int convKernel,
        int lstmLayers,
        int lstmSize,
        double dropoutRetain,
        double learningRate,
        double l2,
        long seed,
        int lrDropEpoch,
        double lrDropFactor,
        int outputStates) {

    public SsNetworkConfig {
        if (inputSize < 1 || convLayers < 0 || lstmLayers < 0 || convLayers + lstmLayers == 0) {
            throw new IllegalArgumentException("need input features and at least one convolution or LSTM layer");
        }
        if (convLayers > 0 && (convChannels < 1 || convKernel < 1 || convKernel % 2 == 0)) {
            throw new IllegalArgumentException("convolution needs channels >= 1 and an odd kernel, got "
                    + convChannels + "/" + convKernel);
        }
        if (lstmLayers > 0 && lstmSize < 1) {
            throw new IllegalArgumentException("lstmSize must be >= 1");
        }
        if (lrDropEpoch < 0 || !(lrDropFactor > 0)) {
            throw new IllegalArgumentException("lrDropEpoch must be >= 0 and lrDropFactor > 0");
        }
        if (!(dropoutRetain > 0 && dropoutRetain <= 1)) {
            throw new IllegalArgumentException("dropoutRetain must be in (0, 1]");
        }
        if (!(learningRate > 0) || !(l2 >= 0)) {
            throw new IllegalArgumentException("learningRate must be > 0 and l2 >= 0");
        }
        if (outputStates != 3 && outputStates != 8) {
            throw new IllegalArgumentException("outputStates must be 3 or 8, not " + outputStates);
        }
    }

    /**
     * A builder for {@code inputSize} features, starting from the architecture of the first shipped network: two
     * convolutions of 64 channels with window 11, one bidirectional LSTM of 32 units, no dropout, Adam 0.002, L2
     * 1e-5, seed 42, a constant learning rate and 3 states.
     */
    public static Builder builder(int inputSize) {
        return new Builder(inputSize);
    }

    /** The architecture of the shipped single-sequence model, for {@code inputSize} features. */
    public static SsNetworkConfig defaults(int inputSize, long seed) {
        return builder(inputSize).seed(seed).build();
    }

    /** A builder holding this configuration, to change some of it. */
    public Builder toBuilder() {
        return new Builder(inputSize).convLayers(convLayers).convChannels(convChannels).convKernel(convKernel)
                .lstmLayers(lstmLayers).lstmSize(lstmSize).dropoutRetain(dropoutRetain).learningRate(learningRate)
                .l2(l2).seed(seed).learningRateDrop(lrDropEpoch, lrDropFactor).outputStates(outputStates);
    }

    /** This configuration with an output of {@code states} states (3 or 8). */
    public SsNetworkConfig withOutputStates(int states) {
        return toBuilder().outputStates(states).build();
    }

    /** Named construction of an {@link SsNetworkConfig}; {@link #build} checks the values. */
    public static final class Builder {
        private final int inputSize;
        private int convLayers = 2;
        private int convChannels = 64;
        private int convKernel = 11;
        private int lstmLayers = 1;
        private int lstmSize = 32;
        private double dropoutRetain = 1.0;
        private double learningRate = 2e-3;
        private double l2 = 1e-5;
        private long seed = 42;
        private int lrDropEpoch;
        private double lrDropFactor = 1.0;
        private int outputStates = 3;

        private Builder(int inputSize) {
            this.inputSize = inputSize;
        }

        public Builder convLayers(int v) {
            convLayers = v;
            return this;
        }

        public Builder convChannels(int v) {
            convChannels = v;
            return this;
        }

        public Builder convKernel(int v) {
            convKernel = v;
            return this;
        }

        public Builder lstmLayers(int v) {
            lstmLayers = v;
            return this;
        }

        public Builder lstmSize(int v) {
            lstmSize = v;
            return this;
        }

        /** Probability of keeping an activation in training (1 = no dropout). */
        public Builder dropoutRetain(double v) {
            dropoutRetain = v;
            return this;
        }

        public Builder learningRate(double v) {
            learningRate = v;
            return this;
        }

        public Builder l2(double v) {
            l2 = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /** From 0-based epoch {@code epoch} on, the learning rate times {@code factor} (epoch 0: constant). */
        public Builder learningRateDrop(int epoch, double factor) {
            lrDropEpoch = epoch;
            lrDropFactor = factor;
            return this;
        }

        public Builder outputStates(int v) {
            outputStates = v;
            return this;
        }

        public SsNetworkConfig build() {
            return new SsNetworkConfig(inputSize, convLayers, convChannels, convKernel, lstmLayers, lstmSize,
                    dropoutRetain, learningRate, l2, seed, lrDropEpoch, lrDropFactor, outputStates);
        }
    }
}
