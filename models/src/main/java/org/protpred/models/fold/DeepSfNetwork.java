package org.protpred.models.fold;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.util.MaskLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A SCOP fold classifier in the style of DeepSF (Hou, Adhikari and Cheng, Bioinformatics 34:1295, 2018): one
 * whole protein in, a probability per fold out.
 *
 * <p>Input {@value #INPUT}: per-residue features {@code [batch, features, length]} (NCW) with a feature mask
 * {@code [batch, length]} (1 at real residues, 0 at padding; sequences padded at the end). Output {@value #OUTPUT}:
 * fold probabilities {@code [batch, folds]} (softmax, trained with cross-entropy).
 *
 * <p>Architecture: one tower per kernel size ({@link DeepSfNetworkConfig#kernelSizes()}, default 6 and 10). A tower
 * is {@code layersPerTower} times [{@link MaskLayer}, {@code Convolution1DLayer} computed by {@link GemmConvolution1D} (Same mode, stride 1, no bias
 * when batch normalisation follows), {@code BatchNormalization}] with the ReLU <em>after</em> the batch
 * normalisation (as DeepSF's conv-BN-ReLU blocks; without batch normalisation the convolution applies the ReLU),
 * closed by a {@link KMaxPooling1D} that keeps the k largest values of each channel in sequence order. The
 * towers' {@code filters * k} outputs are concatenated ({@code MergeVertex}), followed by a dense ReLU layer of
 * {@code denseSize} units and the softmax output; dropout (probability {@code dropout}) is applied to the dense
 * layer's activations, i.e. the output layer's input. Optimiser Nadam.
 *
 * <p><b>Why a MaskLayer before every convolution.</b> Padding must not change the prediction of a protein. DL4J's
 * {@code Convolution1DLayer} in Same mode does not zero masked steps: a residue near the end of a sequence reads
 * whatever the padding holds (garbage in the input, and later the convolution's and the batch normalisation's
 * outputs at padded steps, which are not 0 since batch normalisation shifts zeros). A sequence run alone instead
 * reads the convolution's own zero padding there. Zeroing the padded steps before each convolution makes the two
 * the same. The mask is padding at the end of the sequence, so the asymmetric padding of Same mode with even
 * kernels (for kernel 6: 2 steps before, 3 after) changes nothing: the output has the input's length, and at
 * real steps the window reads real values and zeros in both cases. The k-max pooling then ignores padded steps
 * itself (see {@link KMaxPooling1D}, also for sequences shorter than k). At inference a padded batch therefore
 * predicts for each protein exactly what it predicts for the protein alone. During training, batch normalisation
 * computes its batch statistics over all steps, padded ones included; DeepSF avoids most padding by training
 * each length bin as its own batch (see {@link LengthBins}).
 *
 * <p><b>Batch normalisation of sequences.</b> DL4J 1.0.0-M2.1's {@code BatchNormalization} handles only
 * {@code [batch, features]} and 4-D images, and given a sequence it fails. Each one therefore sees the sequence
 * as an image {@code [batch, filters, length, 1]} ({@link SequenceToImagePreProcessor}: statistics per filter
 * over all examples and steps, as for a 1-D convolution), and the layer after it gets it back as a sequence
 * ({@link ImageToSequencePreProcessor}); the mask passes through both unchanged.
 */
public final class DeepSfNetwork {

    /** Name of the graph input. */
    public static final String INPUT = "features";
    /** Name of the output (fold probabilities). */
    public static final String OUTPUT = "fold";

    private DeepSfNetwork() {
    }

    /** The graph configuration for {@code config}. */
    public static ComputationGraphConfiguration configuration(DeepSfNetworkConfig config) {
        return configuration(config, true);
    }

    /**
     * The graph configuration; {@code maskLayers = false} leaves the {@link MaskLayer}s out, only for tests that
     * show why they are needed.
     */
    static ComputationGraphConfiguration configuration(DeepSfNetworkConfig config, boolean maskLayers) {
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .dataType(config.dataType())
                .updater(new Nadam(config.learningRate()))
                .weightInit(WeightInit.RELU)
                .l2(config.l2())
                .graphBuilder()
                .addInputs(INPUT)
                .setInputTypes(InputType.recurrent(config.inputFeatures(), RNNFormat.NCW));

        int[] kernels = config.kernelSizes();
        String[] towers = new String[kernels.length];
        for (int tower = 0; tower < kernels.length; tower++) {
            String prefix = "tower" + tower + "_";
            String previous = INPUT;
            long width = config.inputFeatures();
            // after a batch normalisation the activations are [batch, filters, length, 1] and must be made a sequence again
            boolean image = false;
            for (int layer = 0; layer < config.layersPerTower(); layer++) {
                String conv = prefix + "conv" + layer;
                if (maskLayers) {
                    String mask = prefix + "mask" + layer;
                    addLayer(g, mask, new MaskLayer(), image, previous);
                    previous = mask;
                    image = false;
                }
                addLayer(g, conv, GemmConvolution1D.of(new Convolution1DLayer.Builder()
                        .nIn(width).nOut(config.filters())
                        .kernelSize(kernels[tower])
                        .convolutionMode(ConvolutionMode.Same)
                        .hasBias(!config.batchNorm())
                        .activation(config.batchNorm() ? Activation.IDENTITY : Activation.RELU)
                        .rnnDataFormat(RNNFormat.NCW)
                        .build()), image, previous);
                previous = conv;
                image = false;
                if (config.batchNorm()) {
                    String bn = prefix + "bn" + layer;
                    g.addLayer(bn, new BatchNormalization.Builder()
                            .nIn(config.filters()).nOut(config.filters())
                            .activation(Activation.RELU)
                            .build(), new SequenceToImagePreProcessor(), previous);
                    previous = bn;
                    image = true;
                }
                width = config.filters();
            }
            towers[tower] = prefix + "kmax";
            addLayer(g, towers[tower], new KMaxPooling1D(config.k()), image, previous);
        }
        String merged = towers[0];
        if (towers.length > 1) {
            merged = "merge";
            g.addVertex(merged, new MergeVertex(), towers);
        }
        long mergedWidth = (long) towers.length * config.filters() * config.k();
        g.addLayer("dense", new DenseLayer.Builder()
                .nIn(mergedWidth).nOut(config.denseSize())
                .activation(config.denseActivation())
                .build(), merged);
        OutputLayer.Builder output = new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                .nIn(config.denseSize()).nOut(config.folds())
                .activation(Activation.SOFTMAX)
                .weightInit(WeightInit.XAVIER);
        if (config.dropout() > 0) {
            output.dropOut(1 - config.dropout()); // DL4J takes the probability to retain
        }
        g.addLayer(OUTPUT, output.build(), "dense");
        g.setOutputs(OUTPUT);
        return g.build();
    }

    /**
     * Adds a layer that takes a sequence {@code [batch, channels, length]}; {@code image}: its input is a batch
     * normalisation's {@code [batch, channels, length, 1]}, turned back into a sequence.
     */
    private static void addLayer(ComputationGraphConfiguration.GraphBuilder g, String name,
                                 org.deeplearning4j.nn.conf.layers.Layer layer, boolean image, String input) {
        if (image) {
            g.addLayer(name, layer, new ImageToSequencePreProcessor(), input);
        } else {
            g.addLayer(name, layer, input);
        }
    }

    /** A freshly initialised network for {@code config}. */
    public static ComputationGraph build(DeepSfNetworkConfig config) {
        ComputationGraph net = new ComputationGraph(configuration(config));
        net.init();
        return net;
    }
}
