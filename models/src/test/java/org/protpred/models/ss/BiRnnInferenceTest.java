package org.protpred.models.ss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class BiRnnInferenceTest {

    private static final int FEATURES = 6;
    private static final int[] LENGTHS = {4, 17, 9, 1, 12};
    private static final int MAX = 17;

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of("2 conv + 1 LSTM (the shipped shape)",
                        SsNetworkConfig.builder(FEATURES).convLayers(2).convChannels(8).convKernel(5).lstmLayers(1).lstmSize(7).learningRate(1e-3).l2(0).seed(42).build()),
                Arguments.of("1 conv + 2 LSTM",
                        SsNetworkConfig.builder(FEATURES).convLayers(1).convChannels(8).convKernel(3).lstmLayers(2).lstmSize(5).learningRate(1e-3).l2(0).seed(43).build()),
                Arguments.of("LSTM only", SsNetworkConfig.builder(FEATURES).convLayers(0).convChannels(0).convKernel(1).lstmLayers(1).lstmSize(6).learningRate(1e-3).l2(0).seed(44).build()),
                Arguments.of("convolutions only", SsNetworkConfig.builder(FEATURES).convLayers(2).convChannels(8).convKernel(7).lstmLayers(0).lstmSize(1).learningRate(1e-3).l2(0).seed(45).build()),
                Arguments.of("8 states", SsNetworkConfig.builder(FEATURES).convLayers(2).convChannels(8).convKernel(5).lstmLayers(1).lstmSize(7).learningRate(1e-3).l2(0).seed(46).build()
                        .withOutputStates(8)));
    }

    /**
     * On a padded batch (padding filled with large garbage) the native forward pass gives, at every real step and for
     * every output, DL4J's own output for the same batch and mask.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void sameOutputAsDl4jOnAPaddedBatch(String name, SsNetworkConfig config) {
        ComputationGraph net = BiRnnSecondaryStructureNetwork.build(config);
        randomise(net, config.seed());
        INDArray[] batch = paddedBatch(new Random(config.seed()));
        INDArray[] expected = net.output(false, new INDArray[] {batch[0]}, new INDArray[] {batch[1]});
        INDArray[] actual = BiRnnInference.output(net, batch[0], batch[1]);
        assertEquals(expected.length, actual.length);
        for (int o = 0; o < expected.length; o++) {
            assertArrayEquals(expected[o].shape(), actual[o].shape());
            for (int b = 0; b < LENGTHS.length; b++) {
                assertArrayEquals(realSteps(expected[o], b), realSteps(actual[o], b), 1e-5f,
                        name + ": output " + o + ", sequence " + b);
            }
        }
    }

    /**
     * Padding changes nothing: each sequence of a padded batch (padding filled with large garbage, rows not ordered
     * by length) gets at its real steps what it gets alone, unpadded and without a mask.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void paddedBatchGivesEachSequenceItsOwnOutput(String name, SsNetworkConfig config) {
        ComputationGraph net = BiRnnSecondaryStructureNetwork.build(config);
        randomise(net, config.seed() + 100);
        INDArray[] batch = paddedBatch(new Random(config.seed() + 100));
        INDArray[] padded = BiRnnInference.output(net, batch[0], batch[1]);
        for (int b = 0; b < LENGTHS.length; b++) {
            INDArray alone = batch[0].get(NDArrayIndex.interval(b, b + 1), NDArrayIndex.all(),
                    NDArrayIndex.interval(0, LENGTHS[b])).dup();
            INDArray[] single = BiRnnInference.output(net, alone, null);
            for (int o = 0; o < padded.length; o++) {
                assertArrayEquals(new long[] {1, padded[o].size(1), LENGTHS[b]}, single[o].shape());
                assertArrayEquals(steps(single[o], 0, LENGTHS[b]), realSteps(padded[o], b), 1e-5f,
                        name + ": output " + o + ", sequence " + b);
            }
        }
    }

    /** Without a mask every step is real. */
    @Test
    void noMaskMeansFullLength() {
        SsNetworkConfig config = SsNetworkConfig.builder(FEATURES).convLayers(2).convChannels(8).convKernel(5).lstmLayers(1).lstmSize(7).learningRate(1e-3).l2(0).seed(9).build();
        ComputationGraph net = BiRnnSecondaryStructureNetwork.build(config);
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, FEATURES, 11);
        INDArray expected = net.output(false, new INDArray[] {x}, null)[0];
        INDArray actual = BiRnnInference.output(net, x, null)[0];
        assertTrue(expected.sub(actual).amaxNumber().doubleValue() < 1e-5);
        // the intermediates live in a per-thread workspace; the output is copied out of it and survives later calls
        assertTrue(!actual.isAttached(), "output attached to a workspace");
        INDArray copy = actual.dup();
        BiRnnInference.output(net, Nd4j.rand(DataType.FLOAT, 3, FEATURES, 17), null);
        assertEquals(copy, actual);
    }

    /** A graph of another shape is refused, not run wrongly. */
    @Test
    void refusesOtherNetworks() {
        ComputationGraph other = new ComputationGraph(new NeuralNetConfiguration.Builder().graphBuilder()
                .addInputs(BiRnnSecondaryStructureNetwork.INPUT)
                .setInputTypes(InputType.recurrent(FEATURES, RNNFormat.NCW))
                .addLayer("lstm0_fwd", new LSTM.Builder().nIn(FEATURES).nOut(4).activation(Activation.RELU).build(),
                        BiRnnSecondaryStructureNetwork.INPUT)
                .addLayer("out", new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(4).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "lstm0_fwd")
                .setOutputs("out")
                .build());
        other.init();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BiRnnInference.output(other, Nd4j.rand(DataType.FLOAT, 1, FEATURES, 3), null));
        assertTrue(e.getMessage().contains("lstm0_fwd"), e.getMessage());
    }

    /** Trained-looking parameters: larger than the initialisation, so that every gate matters. */
    private static void randomise(ComputationGraph net, long seed) {
        Nd4j.getRandom().setSeed(seed);
        net.params().assign(Nd4j.randn(DataType.FLOAT, net.params().shape()).muli(0.5));
    }

    private static INDArray[] paddedBatch(Random random) {
        INDArray batch = Nd4j.create(DataType.FLOAT, LENGTHS.length, FEATURES, MAX);
        INDArray mask = Nd4j.zeros(DataType.FLOAT, LENGTHS.length, MAX);
        for (int b = 0; b < LENGTHS.length; b++) {
            for (int t = 0; t < MAX; t++) {
                for (int f = 0; f < FEATURES; f++) {
                    float v = (float) random.nextGaussian();
                    batch.putScalar(new long[] {b, f, t}, t < LENGTHS[b] ? v : 100 * v);
                }
                mask.putScalar(b, t, t < LENGTHS[b] ? 1 : 0);
            }
        }
        return new INDArray[] {batch, mask};
    }

    private static float[] realSteps(INDArray output, int b) {
        return steps(output, b, LENGTHS[b]);
    }

    private static float[] steps(INDArray output, int row, int length) {
        return output.get(NDArrayIndex.point(row), NDArrayIndex.all(), NDArrayIndex.interval(0, length))
                .dup().data().asFloat();
    }
}
