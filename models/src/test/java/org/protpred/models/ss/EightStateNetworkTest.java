package org.protpred.models.ss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The network with an 8-state main output ({@link SsNetworkConfig#outputStates()} = 8). */
class EightStateNetworkTest {

    private static final int FEATURES = 5;

    @Test
    void eightStateNetworkHasOneEightWayOutputThatIgnoresPadding() {
        SsNetworkConfig config = SsNetworkConfig.defaults(FEATURES, 3).withOutputStates(8);
        assertEquals(8, config.outputStates());
        ComputationGraph net = BiRnnSecondaryStructureNetwork.build(config);
        assertEquals(1, net.getConfiguration().getNetworkOutputs().size());
        assertEquals(BiRnnSecondaryStructureNetwork.OUTPUT_SS8, net.getConfiguration().getNetworkOutputs().get(0));
        Random random = new Random(1);
        INDArray batch = Nd4j.create(DataType.FLOAT, 2, FEATURES, 9);
        INDArray mask = Nd4j.ones(DataType.FLOAT, 2, 9);
        INDArray alone = Nd4j.create(DataType.FLOAT, 1, FEATURES, 6);
        for (int t = 0; t < 9; t++) {
            for (int f = 0; f < FEATURES; f++) {
                float v = (float) random.nextGaussian();
                batch.putScalar(new long[] {0, f, t}, t < 6 ? v : 50 * v);
                batch.putScalar(new long[] {1, f, t}, v);
                if (t < 6) {
                    alone.putScalar(new long[] {0, f, t}, v);
                }
            }
            mask.putScalar(0, t, t < 6 ? 1 : 0);
        }
        INDArray out = net.output(false, new INDArray[] {batch}, new INDArray[] {mask})[0];
        assertArrayEquals(new long[] {2, 8, 9}, out.shape());
        INDArray single = net.output(false, new INDArray[] {alone}, null)[0];
        assertArrayEquals(single.dup().data().asFloat(), out.get(NDArrayIndex.point(0), NDArrayIndex.all(),
                NDArrayIndex.interval(0, 6)).dup().data().asFloat(), 1e-5f);
        assertEquals(9.0, out.get(NDArrayIndex.point(1)).sumNumber().doubleValue(), 1e-4);   // 9 steps sum to 1
    }

    @Test
    void threeStatesRemainTheDefaultAndOtherCountsAreRefused() {
        SsNetworkConfig three = SsNetworkConfig.defaults(FEATURES, 3);
        assertEquals(3, three.outputStates());
        assertEquals(BiRnnSecondaryStructureNetwork.OUTPUT_SS3, BiRnnSecondaryStructureNetwork.build(three)
                .getConfiguration().getNetworkOutputs().get(0));
        assertEquals("outputStates must be 3 or 8, not 5", assertThrows(IllegalArgumentException.class,
                () -> three.withOutputStates(5)).getMessage());
    }
}
