package org.protpred.models.ss;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.rnn.ReverseTimeSeriesVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.util.MaskLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.schedule.MapSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The secondary-structure network: a bidirectional recurrent network over per-residue features in the style of
 * SSpro (Pollastri, Przybylski, Rost and Baldi, Proteins 47:228, 2002) with LSTM cells, preceded by 1-D
 * convolutions that give every residue a view of its sequence window, and one softmax head per label alphabet:
 * the head has {@link SsNetworkConfig#outputStates()} states (3 states H/E/C, output {@value #OUTPUT_SS3}; or the 8
 * DSSP states, output {@value #OUTPUT_SS8}).
 *
 * <p>Input {@value #INPUT}: features as {@code [batch, features, length]} with a feature mask {@code [batch, length]}
 * (1 at real residues, 0 at padding; sequences are padded at the end). Output {@value #OUTPUT_SS3} or
 * {@value #OUTPUT_SS8}: per-residue probabilities {@code [batch, states, length]}.
 *
 * <p><b>Padding gives exactly the output of unpadded sequences.</b> DL4J's {@code Bidirectional(LSTM)} wrapper runs
 * its backward direction over the padding first, and a {@code Convolution1DLayer} in Same mode reads whatever
 * its neighbours hold at padded steps. This network therefore
 * <ul>
 *   <li>puts a {@link MaskLayer} before every convolution, so padded steps hold zeros, the same values the
 *       convolution's own zero padding supplies at the end of an unpadded sequence; and</li>
 *   <li>builds the backward direction explicitly: each sequence is reversed within its own length by a mask-aware
 *       {@link ReverseTimeSeriesVertex} (padding stays at the end), run through a forward LSTM, and reversed back.</li>
 * </ul>
 * A forward LSTM never sees later steps, so trailing padding cannot reach a real residue in either direction.
 */
public final class BiRnnSecondaryStructureNetwork {

    /** Name of the graph input. */
    public static final String INPUT = "features";
    /** Name of the 3-state output. */
    public static final String OUTPUT_SS3 = "ss3";
    /** Name of the 8-state output. */
    public static final String OUTPUT_SS8 = "ss8";

    private BiRnnSecondaryStructureNetwork() {
    }

    /** The graph configuration for {@code config}. */
    public static ComputationGraphConfiguration configuration(SsNetworkConfig config) {
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .updater(config.lrDropEpoch() > 0
                        ? new Adam(new MapSchedule(ScheduleType.EPOCH, java.util.Map.of(
                                0, config.learningRate(),
                                config.lrDropEpoch(), config.learningRate() * config.lrDropFactor())))
                        : new Adam(config.learningRate()))
                .weightInit(WeightInit.XAVIER)
                .l2(config.l2())
                .gradientNormalization(GradientNormalization.ClipElementWiseAbsoluteValue)
                .gradientNormalizationThreshold(1.0)
                .graphBuilder()
                .addInputs(INPUT)
                .setInputTypes(InputType.recurrent(config.inputSize(), RNNFormat.NCW));

        String previous = INPUT;
        long width = config.inputSize();
        for (int i = 0; i < config.convLayers(); i++) {
            String mask = "conv" + i + "_mask";
            String conv = "conv" + i;
            g.addLayer(mask, new MaskLayer(), previous);
            g.addLayer(conv, new Convolution1DLayer.Builder()
                    .nIn(width).nOut(config.convChannels())
                    .kernelSize(config.convKernel())
                    .convolutionMode(ConvolutionMode.Same)
                    .activation(Activation.RELU)
                    .dropOut(config.dropoutRetain())
                    .build(), mask);
            previous = conv;
            width = config.convChannels();
        }
        String convOut = previous;
        long convWidth = width;
        for (int i = 0; i < config.lstmLayers(); i++) {
            String fwd = "lstm" + i + "_fwd";
            String rev = "lstm" + i + "_rev_in";
            String bwdRev = "lstm" + i + "_bwd_reversed";
            String bwd = "lstm" + i + "_bwd";
            String merged = "lstm" + i;
            g.addLayer(fwd, lstm(width, config), previous);
            g.addVertex(rev, new ReverseTimeSeriesVertex(INPUT), previous);
            g.addLayer(bwdRev, lstm(width, config), rev);
            g.addVertex(bwd, new ReverseTimeSeriesVertex(INPUT), bwdRev);
            g.addVertex(merged, new MergeVertex(), fwd, bwd);
            previous = merged;
            width = 2L * config.lstmSize();
        }
        // The heads see the recurrent state and, through a skip connection, the local convolution features.
        String headInput = previous;
        long headWidth = width;
        if (config.lstmLayers() > 0 && config.convLayers() > 0) {
            g.addVertex("head_in", new MergeVertex(), previous, convOut);
            headInput = "head_in";
            headWidth = width + convWidth;
        }
        List<String> outputs = new ArrayList<>();
        if (config.outputStates() == 8) {
            g.addLayer(OUTPUT_SS8, head(headWidth, 8, config), headInput);
            outputs.add(OUTPUT_SS8);
        } else {
            g.addLayer(OUTPUT_SS3, head(headWidth, 3, config), headInput);
            outputs.add(OUTPUT_SS3);
        }
        g.setOutputs(outputs.toArray(String[]::new));
        return g.build();
    }

    /** A freshly initialised network for {@code config}. */
    public static ComputationGraph build(SsNetworkConfig config) {
        ComputationGraph net = new ComputationGraph(configuration(config));
        net.init();
        return net;
    }

    private static LSTM lstm(long nIn, SsNetworkConfig config) {
        return new LSTM.Builder()
                .nIn(nIn).nOut(config.lstmSize())
                .activation(Activation.TANH)
                .gateActivationFunction(Activation.SIGMOID)
                .dropOut(config.dropoutRetain())
                .dataFormat(RNNFormat.NCW)
                .build();
    }

    private static RnnOutputLayer head(long nIn, int states, SsNetworkConfig config) {
        return new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                .nIn(nIn).nOut(states)
                .activation(Activation.SOFTMAX)
                .dropOut(config.dropoutRetain())
                .dataFormat(RNNFormat.NCW)
                .build();
    }
}
