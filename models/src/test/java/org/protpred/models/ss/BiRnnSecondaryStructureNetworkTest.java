package org.protpred.models.ss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class BiRnnSecondaryStructureNetworkTest {

    private static final int FEATURES = 6;

    /**
     * A batch of sequences of different lengths, padded at the end to the longest (the padding filled with
     * garbage, not zeros), must give at every real position the probabilities of the sequence run alone.
     */
    @Test
    void paddedBatchGivesTheOutputOfEachSequenceAlone() {
        SsNetworkConfig config = SsNetworkConfig.builder(FEATURES).convLayers(2).convChannels(8).convKernel(5).lstmLayers(2).lstmSize(7).learningRate(1e-3).l2(0).seed(42).build();
        ComputationGraph net = BiRnnSecondaryStructureNetwork.build(config);
        int[] lengths = {4, 17, 9, 1, 12};
        int max = 17;
        Random random = new Random(7);
        INDArray batch = Nd4j.create(DataType.FLOAT, lengths.length, FEATURES, max);
        INDArray mask = Nd4j.zeros(DataType.FLOAT, lengths.length, max);
        INDArray[] alone = new INDArray[lengths.length];
        for (int b = 0; b < lengths.length; b++) {
            alone[b] = Nd4j.create(DataType.FLOAT, 1, FEATURES, lengths[b]);
            for (int t = 0; t < max; t++) {
                for (int f = 0; f < FEATURES; f++) {
                    float v = (float) random.nextGaussian();
                    batch.putScalar(new long[] {b, f, t}, t < lengths[b] ? v : 100 * v);
                    if (t < lengths[b]) {
                        alone[b].putScalar(new long[] {0, f, t}, v);
                    }
                }
                mask.putScalar(b, t, t < lengths[b] ? 1 : 0);
            }
        }
        INDArray[] padded = net.output(false, new INDArray[] {batch}, new INDArray[] {mask});
        assertEquals(1, padded.length);
        for (int b = 0; b < lengths.length; b++) {
            INDArray[] single = net.output(false, new INDArray[] {alone[b]}, null);
            for (int o = 0; o < padded.length; o++) {
                INDArray fromBatch = padded[o].get(NDArrayIndex.point(b), NDArrayIndex.all(),
                        NDArrayIndex.interval(0, lengths[b]));
                INDArray fromAlone = single[o].get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.all());
                assertArrayEquals(fromAlone.dup().data().asFloat(), fromBatch.dup().data().asFloat(), 1e-5f,
                        "output " + o + ", sequence " + b + " (length " + lengths[b] + ")");
            }
        }
    }

    /**
     * Control: DL4J's own {@code Bidirectional(LSTM)} runs its backward direction over the padding, so the same check
     * fails for it. This shows that the equivalence test above can fail.
     */
    @Test
    void dl4jBidirectionalWrapperIsNotPaddingInvariant() {
        org.deeplearning4j.nn.conf.MultiLayerConfiguration conf = new org.deeplearning4j.nn.conf.NeuralNetConfiguration
                .Builder().seed(5).list()
                .layer(new org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional(
                        new org.deeplearning4j.nn.conf.layers.LSTM.Builder().nIn(FEATURES).nOut(4).build()))
                .layer(new org.deeplearning4j.nn.conf.layers.RnnOutputLayer.Builder().nIn(8).nOut(3)
                        .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).build())
                .build();
        org.deeplearning4j.nn.multilayer.MultiLayerNetwork net = new org.deeplearning4j.nn.multilayer.MultiLayerNetwork(conf);
        net.init();
        INDArray alone = Nd4j.rand(DataType.FLOAT, 1, FEATURES, 5);
        INDArray padded = Nd4j.zeros(DataType.FLOAT, 1, FEATURES, 9);
        padded.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, 5)).assign(alone);
        padded.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(5, 9)).assign(3.0);
        INDArray mask = Nd4j.zeros(DataType.FLOAT, 1, 9);
        mask.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 5)).assign(1);
        INDArray a = net.output(alone, false, null, null);
        INDArray b = net.output(padded, false, mask, null)
                .get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, 5));
        assertTrue(a.sub(b).amaxNumber().doubleValue() > 1e-4, "the wrapper sees the padding");
    }

    /** The reversal is not a no-op: the backward direction makes early residues depend on later ones. */
    @Test
    void earlyResiduesSeeLaterOnes() {
        SsNetworkConfig config = SsNetworkConfig.builder(FEATURES).convLayers(0).convChannels(0).convKernel(1).lstmLayers(1).lstmSize(5).learningRate(1e-3).l2(0).seed(3).build();
        ComputationGraph net = BiRnnSecondaryStructureNetwork.build(config);
        INDArray x = Nd4j.rand(DataType.FLOAT, 1, FEATURES, 10);
        INDArray y = x.dup();
        y.putScalar(new long[] {0, 0, 9}, 5.0);
        float first = net.outputSingle(x).getFloat(0, 0, 0);
        float changed = net.outputSingle(y).getFloat(0, 0, 0);
        assertTrue(Math.abs(first - changed) > 1e-6, "residue 0 must depend on residue 9");
    }

    @Test
    void outputsAreProbabilities() {
        ComputationGraph net = BiRnnSecondaryStructureNetwork.build(SsNetworkConfig.defaults(FEATURES, 1));
        INDArray out = net.outputSingle(Nd4j.rand(DataType.FLOAT, 2, FEATURES, 8));
        assertArrayEquals(new long[] {2, 3, 8}, out.shape());
        INDArray sums = out.sum(1);
        assertTrue(sums.sub(1).amaxNumber().doubleValue() < 1e-5);
    }
}
