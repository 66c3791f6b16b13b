package org.protpred.models.ss;

/**
 * Hyper-parameters of {@link BiRnnSecondaryStructureNetwork}.
 *
 * @param inputSize     per-residue features in
 * @param convLayers    1-D convolutions before the recurrent layers (0 for none)
 * @param convChannels  channels of each convolution
 * @param convKernel    window of each convolution (odd)
 * @param lstmLayers    bidirectional LSTM layers (0 for a purely convolutional network)
 * @param lstmSize      LSTM units per direction
 * @param ss8Head       whether to add the 8-state output next to the 3-state one
 * @param dropoutRetain probability of keeping an activation during training (1 for no dropout)
 * @param learningRate  Adam learning rate
 * @param l2            L2 weight decay
 * @param seed          weight initialisation seed
 * @param lrDropEpoch   from this 0-based epoch on the learning rate is {@code learningRate * lrDropFactor}
 *                      (0: constant learning rate)
 * @param lrDropFactor  the factor applied from {@code lrDropEpoch} on
 * @param outputStates  states of the main output: 3 (H/E/C, output {@code ss3}) or 8 (DSSP states, output
 *                      {@code ss8}, then without a second head)
 */
public record SsNetworkConfig(
        int inputSize,
        int convLayers,
        int convChannels,
        int convKernel,
        int lstmLayers,
        int lstmSize,
        boolean ss8Head,
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
        if (outputStates != 3 && outputStates != 8) {
            throw new IllegalArgumentException("outputStates must be 3 or 8, not " + outputStates);
        }
        if (outputStates == 8 && ss8Head) {
            throw new IllegalArgumentException("an 8-state network has no second 8-state head");
        }
    }

    /** A 3-state network with a learning-rate drop. */
    public SsNetworkConfig(int inputSize, int convLayers, int convChannels, int convKernel, int lstmLayers,
                           int lstmSize, boolean ss8Head, double dropoutRetain, double learningRate, double l2,
                           long seed, int lrDropEpoch, double lrDropFactor) {
        this(inputSize, convLayers, convChannels, convKernel, lstmLayers, lstmSize, ss8Head, dropoutRetain,
                learningRate, l2, seed, lrDropEpoch, lrDropFactor, 3);
    }

    /** A network with a constant learning rate. */
    public SsNetworkConfig(int inputSize, int convLayers, int convChannels, int convKernel, int lstmLayers,
                           int lstmSize, boolean ss8Head, double dropoutRetain, double learningRate, double l2,
                           long seed) {
        this(inputSize, convLayers, convChannels, convKernel, lstmLayers, lstmSize, ss8Head, dropoutRetain,
                learningRate, l2, seed, 0, 1.0, 3);
    }

    /** This configuration with a main output of {@code states} states (3 or 8). */
    public SsNetworkConfig withOutputStates(int states) {
        return new SsNetworkConfig(inputSize, convLayers, convChannels, convKernel, lstmLayers, lstmSize, ss8Head,
                dropoutRetain, learningRate, l2, seed, lrDropEpoch, lrDropFactor, states);
    }

    /** The architecture of the shipped single-sequence model, for {@code inputSize} features. */
    public static SsNetworkConfig defaults(int inputSize, long seed) {
        return new SsNetworkConfig(inputSize, 2, 64, 11, 1, 32, false, 1.0, 2e-3, 1e-5, seed);
    }
}
