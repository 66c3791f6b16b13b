package org.protpred.models.demo;

import org.protpred.models.core.NetworkOptions;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.util.MaskLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;

/**
 * Factory methods for the network families protpred uses, each returning an initialised {@link MultiLayerNetwork}
 * built from {@link NetworkOptions}: seed, updater, L2, clipping and weight initialisation from
 * {@link NetworkOptions#configure()}; dropout on the inputs of every layer after the first; batch normalisation after
 * hidden dense and 2-D convolution layers when enabled; the output layer's loss and activation from
 * {@link NetworkOptions#loss()}. ReLU-family layers get He initialisation ({@link WeightInit#RELU}), the others the
 * options' weight initialisation.
 *
 * <p>Sequence networks ({@link #conv1d}, {@link #recurrent}) take input {@code [batch, features, time]} and give one
 * output per time step {@code [batch, nOut, time]}; they honour DataSet feature and label masks, so batches of
 * variable-length sequences padded at the end (see {@link org.protpred.models.core.train.SequenceBatcher}) train and
 * predict as if each sequence were alone.
 */
public final class Networks {

    private Networks() {
    }

    /**
     * A fully connected network: {@code nIn -> hidden[0] -> ... -> nOut}.
     *
     * @param hidden     sizes of the hidden layers (may be empty: a linear/logistic model)
     * @param activation activation of the hidden layers
     */
    public static MultiLayerNetwork dense(int nIn, int[] hidden, int nOut, Activation activation, NetworkOptions options) {
        requirePositive("nIn", nIn);
        requirePositive("nOut", nOut);
        NeuralNetConfiguration.ListBuilder list = options.configure().list();
        int previous = nIn;
        for (int i = 0; i < hidden.length; i++) {
            requirePositive("hidden layer size", hidden[i]);
            DenseLayer.Builder layer = new DenseLayer.Builder().nIn(previous).nOut(hidden[i])
                    .weightInit(initFor(activation, options));
            applyDropout(layer, options, i > 0);
            if (options.batchNorm()) {
                list.layer(layer.activation(Activation.IDENTITY).build());
                list.layer(new BatchNormalization.Builder().nOut(hidden[i]).build());
                list.layer(new ActivationLayer.Builder().activation(activation).build());
            } else {
                list.layer(layer.activation(activation).build());
            }
            previous = hidden[i];
        }
        OutputLayer.Builder out = new OutputLayer.Builder(options.lossFunction()).nIn(previous).nOut(nOut)
                .activation(options.outputActivation());
        applyDropout(out, options, hidden.length > 0);
        list.layer(out.build());
        return initialised(list.build());
    }

    /**
     * A LeNet-style image classifier (LeCun et al. 1998): 5x5 convolution ({@code filters1}, ReLU) -> 2x2 max-pool ->
     * 5x5 convolution ({@code filters2}, ReLU) -> 2x2 max-pool -> dense ({@code denseUnits}, ReLU) -> output.
     * Convolutions use "same" padding, so any image of at least 4x4 pixels fits. Input is either flat rows of
     * {@code height*width*channels} values (channel-major, like MNIST) or {@code [batch, channels, height, width]}.
     */
    public static MultiLayerNetwork conv2d(int height, int width, int channels, int filters1, int filters2,
                                           int denseUnits, int nOut, NetworkOptions options) {
        requirePositive("height", height);
        requirePositive("width", width);
        requirePositive("channels", channels);
        requirePositive("filters1", filters1);
        requirePositive("filters2", filters2);
        requirePositive("denseUnits", denseUnits);
        requirePositive("nOut", nOut);
        NeuralNetConfiguration.ListBuilder list = options.configure().list();
        int[] filters = {filters1, filters2};
        for (int i = 0; i < filters.length; i++) {
            ConvolutionLayer.Builder conv = new ConvolutionLayer.Builder(5, 5).stride(1, 1).nOut(filters[i])
                    .convolutionMode(ConvolutionMode.Same).weightInit(WeightInit.RELU);
            applyDropout(conv, options, i > 0);
            if (options.batchNorm()) {
                list.layer(conv.activation(Activation.IDENTITY).build());
                list.layer(new BatchNormalization.Builder().build());
                list.layer(new ActivationLayer.Builder().activation(Activation.RELU).build());
            } else {
                list.layer(conv.activation(Activation.RELU).build());
            }
            list.layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                    .convolutionMode(ConvolutionMode.Same).build());
        }
        DenseLayer.Builder dense = new DenseLayer.Builder().nOut(denseUnits).activation(Activation.RELU)
                .weightInit(WeightInit.RELU);
        applyDropout(dense, options, true);
        list.layer(dense.build());
        OutputLayer.Builder out = new OutputLayer.Builder(options.lossFunction()).nOut(nOut)
                .activation(options.outputActivation());
        applyDropout(out, options, true);
        list.layer(out.build());
        list.setInputType(InputType.convolutionalFlat(height, width, channels));
        return initialised(list.build());
    }

    /**
     * A 1-D convolutional sequence labeller: for each entry of {@code filters} a convolution over time with the given
     * odd kernel size, "same" padding and ReLU, then a per-time-step output layer. A {@link MaskLayer} before each
     * convolution zeroes padded time steps (DL4J's same-mode 1-D convolution does not), so padding never leaks into
     * real positions.
     *
     * @param nIn        features per time step
     * @param filters    number of filters of each convolution layer
     * @param kernelSize window length in time steps (odd, e.g. 7: three neighbours each side)
     */
    public static MultiLayerNetwork conv1d(int nIn, int[] filters, int kernelSize, int nOut, NetworkOptions options) {
        requirePositive("nIn", nIn);
        requirePositive("nOut", nOut);
        if (kernelSize < 1 || kernelSize % 2 == 0) {
            throw new IllegalArgumentException("kernel size must be odd and positive, got " + kernelSize);
        }
        if (filters.length == 0) {
            throw new IllegalArgumentException("conv1d needs at least one convolution layer");
        }
        NeuralNetConfiguration.ListBuilder list = options.configure().list();
        for (int i = 0; i < filters.length; i++) {
            requirePositive("filters", filters[i]);
            list.layer(new MaskLayer());
            Convolution1DLayer.Builder conv = new Convolution1DLayer.Builder().kernelSize(kernelSize).stride(1)
                    .convolutionMode(ConvolutionMode.Same).nOut(filters[i]).activation(Activation.RELU)
                    .weightInit(WeightInit.RELU);
            applyDropout(conv, options, i > 0);
            list.layer(conv.build());
        }
        list.layer(new MaskLayer());
        RnnOutputLayer.Builder out = new RnnOutputLayer.Builder(options.lossFunction()).nOut(nOut)
                .activation(options.outputActivation());
        applyDropout(out, options, true);
        list.layer(out.build());
        list.setInputType(InputType.recurrent(nIn));
        return initialised(list.build());
    }

    /**
     * A stack of unidirectional LSTM layers (tanh) with a per-time-step output layer. Masked (padded) steps are
     * skipped by the LSTM and excluded from the loss.
     *
     * @param nIn        features per time step
     * @param lstmSizes  units of each LSTM layer
     */
    public static MultiLayerNetwork recurrent(int nIn, int[] lstmSizes, int nOut, NetworkOptions options) {
        requirePositive("nIn", nIn);
        requirePositive("nOut", nOut);
        if (lstmSizes.length == 0) {
            throw new IllegalArgumentException("recurrent needs at least one LSTM layer");
        }
        NeuralNetConfiguration.ListBuilder list = options.configure().list();
        int previous = nIn;
        for (int i = 0; i < lstmSizes.length; i++) {
            requirePositive("LSTM size", lstmSizes[i]);
            LSTM.Builder lstm = new LSTM.Builder().nIn(previous).nOut(lstmSizes[i]).activation(Activation.TANH);
            applyDropout(lstm, options, i > 0);
            list.layer(lstm.build());
            previous = lstmSizes[i];
        }
        RnnOutputLayer.Builder out = new RnnOutputLayer.Builder(options.lossFunction()).nIn(previous).nOut(nOut)
                .activation(options.outputActivation());
        applyDropout(out, options, true);
        list.layer(out.build());
        return initialised(list.build());
    }

    private static MultiLayerNetwork initialised(MultiLayerConfiguration conf) {
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static void applyDropout(org.deeplearning4j.nn.conf.layers.Layer.Builder<?> layer, NetworkOptions options,
                                     boolean takesHiddenActivations) {
        IDropout dropout = options.dropoutConfig();
        if (dropout != null && takesHiddenActivations) {
            layer.dropOut(dropout);
        }
    }

    private static WeightInit initFor(Activation activation, NetworkOptions options) {
        switch (activation) {
            case RELU:
            case LEAKYRELU:
            case RELU6:
            case RRELU:
                return WeightInit.RELU;
            default:
                return options.weightInit();
        }
    }

    private static void requirePositive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
