package org.protpred.models.fold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class DeepSfNetworkConfigTest {

    @Test
    void defaultsAreDeepSfs() {
        DeepSfNetworkConfig c = DeepSfNetworkConfig.builder(20, 1195).build();
        assertEquals(20, c.inputFeatures());
        assertEquals(1195, c.folds());
        assertArrayEquals(new int[] {6, 10}, c.kernelSizes());
        assertEquals(10, c.layersPerTower());
        assertEquals(10, c.filters());
        assertEquals(30, c.k());
        assertEquals(500, c.denseSize());
        assertEquals(0.2, c.dropout());
        assertEquals(1e-3, c.learningRate());
        assertEquals(0.0, c.l2());
        assertEquals(42, c.seed());
        assertTrue(c.batchNorm());
        assertEquals(DataType.FLOAT, c.dataType());
    }

    @Test
    void builderSetsEveryValueAndToBuilderKeepsThem() {
        DeepSfNetworkConfig c = DeepSfNetworkConfig.builder(3, 4).kernelSizes(3, 5, 7).layersPerTower(2).filters(6)
                .k(4).denseSize(32).dropout(0).learningRate(0.01).l2(1e-4).seed(9).batchNorm(false)
                .dataType(DataType.DOUBLE).build();
        DeepSfNetworkConfig copy = c.toBuilder().build();
        for (DeepSfNetworkConfig x : new DeepSfNetworkConfig[] {c, copy}) {
            assertArrayEquals(new int[] {3, 5, 7}, x.kernelSizes());
            assertEquals(2, x.layersPerTower());
            assertEquals(6, x.filters());
            assertEquals(4, x.k());
            assertEquals(32, x.denseSize());
            assertEquals(0.0, x.dropout());
            assertEquals(0.01, x.learningRate());
            assertEquals(1e-4, x.l2());
            assertEquals(9, x.seed());
            assertEquals(false, x.batchNorm());
            assertEquals(DataType.DOUBLE, x.dataType());
        }
        assertEquals(c.toString(), copy.toString());
    }

    @Test
    void kernelSizesAreCopied() {
        int[] kernels = {6, 10};
        DeepSfNetworkConfig.Builder builder = DeepSfNetworkConfig.builder(3, 4).kernelSizes(kernels);
        kernels[0] = 99;
        DeepSfNetworkConfig c = builder.build();
        c.kernelSizes()[1] = 99;
        assertArrayEquals(new int[] {6, 10}, c.kernelSizes());
    }

    private static String rejected(int features, int folds, UnaryOperator<DeepSfNetworkConfig.Builder> settings) {
        return assertThrows(IllegalArgumentException.class,
                () -> settings.apply(DeepSfNetworkConfig.builder(features, folds)).build()).getMessage();
    }

    @Test
    void badValuesAreRejectedWithTheirName() {
        assertEquals("inputFeatures must be >= 1, got 0", rejected(0, 5, b -> b));
        assertEquals("folds must be >= 2 (the classes of the output), got 1", rejected(3, 1, b -> b));
        assertEquals("kernelSizes needs at least one tower, got none", rejected(3, 5, b -> b.kernelSizes()));
        assertEquals("kernelSizes needs at least one tower, got none",
                rejected(3, 5, b -> b.kernelSizes((int[]) null)));
        assertEquals("kernelSizes must all be >= 1, got [6, 0]", rejected(3, 5, b -> b.kernelSizes(6, 0)));
        assertEquals("layersPerTower must be >= 1, got 0", rejected(3, 5, b -> b.layersPerTower(0)));
        assertEquals("filters must be >= 1, got -2", rejected(3, 5, b -> b.filters(-2)));
        assertEquals("k must be >= 1, got 0", rejected(3, 5, b -> b.k(0)));
        assertEquals("denseSize must be >= 1, got 0", rejected(3, 5, b -> b.denseSize(0)));
        assertEquals("dropout is the probability to drop a unit and must be in [0, 1), got 1.0",
                rejected(3, 5, b -> b.dropout(1)));
        assertEquals("dropout is the probability to drop a unit and must be in [0, 1), got -0.1",
                rejected(3, 5, b -> b.dropout(-0.1)));
        assertEquals("dropout is the probability to drop a unit and must be in [0, 1), got NaN",
                rejected(3, 5, b -> b.dropout(Double.NaN)));
        assertEquals("learningRate must be > 0 and finite, got 0.0", rejected(3, 5, b -> b.learningRate(0)));
        assertEquals("learningRate must be > 0 and finite, got Infinity",
                rejected(3, 5, b -> b.learningRate(Double.POSITIVE_INFINITY)));
        assertEquals("l2 must be >= 0 and finite, got -1.0E-4", rejected(3, 5, b -> b.l2(-1e-4)));
        assertEquals("dataType must be a floating-point type, got INT", rejected(3, 5, b -> b.dataType(DataType.INT)));
        assertEquals("dataType must be a floating-point type, got null", rejected(3, 5, b -> b.dataType(null)));
    }

    /** Dropout 0 adds no DL4J dropout at all (a retain probability of 1 would still be a dropout object). */
    @Test
    void dropoutIsTheProbabilityToDrop() {
        var conf = DeepSfNetwork.configuration(DeepSfNetworkConfig.builder(3, 4).dropout(0.25).build());
        var output = ((org.deeplearning4j.nn.conf.graph.LayerVertex) conf.getVertices().get(DeepSfNetwork.OUTPUT))
                .getLayerConf().getLayer();
        assertEquals(new org.deeplearning4j.nn.conf.dropout.Dropout(0.75), output.getIDropout());
        conf = DeepSfNetwork.configuration(DeepSfNetworkConfig.builder(3, 4).dropout(0).build());
        output = ((org.deeplearning4j.nn.conf.graph.LayerVertex) conf.getVertices().get(DeepSfNetwork.OUTPUT))
                .getLayerConf().getLayer();
        assertEquals(null, output.getIDropout());
    }
}
