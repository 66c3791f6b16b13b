package org.protpred.models.demo;

import org.protpred.models.core.LearningRateSchedule;
import org.protpred.models.core.NetworkOptions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossHinge;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.protpred.models.core.train.SequenceBatcher;

class NetworksTest {

    @Test
    void dropoutIsConvertedToDl4jRetainProbability() {
        NetworkOptions options = NetworkOptions.defaults().dropout(0.3);
        assertEquals(0.3, options.dropout());
        assertEquals(0.7, ((Dropout) options.dropoutConfig()).getP(), 1e-12);
        assertNull(NetworkOptions.defaults().dropoutConfig());
        MultiLayerNetwork net = Networks.dense(4, new int[] {8, 8}, 3, Activation.RELU, options);
        // no dropout on the raw features, dropout (retain 0.7) on hidden activations
        assertNull(layer(net, 0).getIDropout());
        assertEquals(0.7, ((Dropout) layer(net, 1).getIDropout()).getP(), 1e-12);
        assertEquals(0.7, ((Dropout) layer(net, 2).getIDropout()).getP(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> NetworkOptions.defaults().dropout(1.0));
    }

    @Test
    void optionsAreImmutableAndMapToDl4j() {
        NetworkOptions base = NetworkOptions.builder().build();
        NetworkOptions changed = base.learningRate(0.05).optimizer(NetworkOptions.Optimizer.MOMENTUM).momentum(0.8)
                .l2(1e-4).gradientClip(5).seed(3);
        assertEquals(1e-3, base.learningRate());
        assertInstanceOf(Adam.class, base.updater());
        Nesterovs nesterovs = assertInstanceOf(Nesterovs.class, changed.updater());
        assertEquals(0.05, nesterovs.getLearningRate(), 1e-12);
        assertEquals(0.8, nesterovs.getMomentum(), 1e-12);
        assertInstanceOf(Sgd.class, base.optimizer(NetworkOptions.Optimizer.SGD).updater());

        MultiLayerNetwork net = Networks.dense(2, new int[] {3}, 2, Activation.TANH, changed);
        BaseLayer hidden = layer(net, 0);
        assertEquals(GradientNormalization.ClipL2PerLayer, hidden.getGradientNormalization());
        assertEquals(5.0, hidden.getGradientNormalizationThreshold());
        assertEquals(1e-4, ((org.nd4j.linalg.learning.regularization.L2Regularization) hidden.getRegularization()
                .get(0)).getL2().valueAt(0, 0), 1e-12);
        assertEquals(3L, net.getLayerWiseConfigurations().getConf(0).getSeed());
    }

    @Test
    void lossSelectsOutputActivation() {
        assertEquals(LossFunction.MCXENT, NetworkOptions.Loss.CROSS_ENTROPY.lossFunction());
        assertEquals(Activation.SOFTMAX, NetworkOptions.Loss.CROSS_ENTROPY.outputActivation());
        assertEquals(Activation.IDENTITY, NetworkOptions.Loss.SQUARED_ERROR.outputActivation());
        assertEquals(Activation.IDENTITY, NetworkOptions.Loss.HINGE.outputActivation());
        OutputLayer ce = (OutputLayer) Networks.dense(2, new int[0], 3, Activation.TANH, NetworkOptions.defaults())
                .getLayerWiseConfigurations().getConf(0).getLayer();
        assertInstanceOf(LossMCXENT.class, ce.getLossFn());
        OutputLayer hinge = (OutputLayer) Networks.dense(2, new int[0], 3, Activation.TANH,
                NetworkOptions.defaults().loss(NetworkOptions.Loss.HINGE)).getLayerWiseConfigurations().getConf(0).getLayer();
        assertInstanceOf(LossHinge.class, hinge.getLossFn());
        INDArray oneHot = Nd4j.create(new float[][] {{0, 1, 0}});
        assertArrayEquals(new float[] {-1, 1, -1}, NetworkOptions.Loss.HINGE.targets(oneHot).toFloatVector());
        assertArrayEquals(new float[] {0, 1, 0}, NetworkOptions.Loss.CROSS_ENTROPY.targets(oneHot).toFloatVector());
    }

    @Test
    void learningRateSchedulesFollowTheirFormulas() {
        LearningRateSchedule step = LearningRateSchedule.stepDecay(0.5, 2);
        assertEquals(0.1, step.rateAt(0.1, 1), 1e-15);
        assertEquals(0.05, step.rateAt(0.1, 2), 1e-15);
        assertEquals(0.025, step.toDl4j(0.1).valueAt(0, 5), 1e-15);
        LearningRateSchedule exp = LearningRateSchedule.exponential(0.9);
        assertEquals(0.1 * 0.81, exp.toDl4j(0.1).valueAt(0, 2), 1e-15);
        assertNull(LearningRateSchedule.none().toDl4j(0.1));
    }

    @Test
    void batchNormAddsNormalisationLayers() {
        MultiLayerNetwork net = Networks.dense(4, new int[] {5, 5}, 2, Activation.RELU,
                NetworkOptions.defaults().batchNorm(true));
        assertEquals(7, net.getnLayers());
        assertInstanceOf(DenseLayer.class, net.getLayerWiseConfigurations().getConf(0).getLayer());
        assertInstanceOf(BatchNormalization.class, net.getLayerWiseConfigurations().getConf(1).getLayer());
    }

    @Test
    void conv2dClassifiesFlatImages() {
        MultiLayerNetwork net = Networks.conv2d(28, 28, 1, 4, 8, 16, 10, NetworkOptions.defaults().batchNorm(true));
        INDArray out = net.output(Nd4j.rand(DataType.FLOAT, 3, 28 * 28));
        assertArrayEquals(new long[] {3, 10}, out.shape());
        assertEquals(3.0, out.sumNumber().doubleValue(), 1e-4);
    }

    @Test
    void conv1dIgnoresPadding() {
        assertPaddingDoesNotChangeOutputs(Networks.conv1d(3, new int[] {4, 4}, 5, 2, NetworkOptions.defaults()));
    }

    @Test
    void recurrentIgnoresPadding() {
        assertPaddingDoesNotChangeOutputs(Networks.recurrent(3, new int[] {4, 4}, 2, NetworkOptions.defaults()));
    }

    /** A 4-step sequence predicted alone and padded to 9 steps in a batch gives the same per-step outputs. */
    private static void assertPaddingDoesNotChangeOutputs(MultiLayerNetwork net) {
        Nd4j.getRandom().setSeed(5);
        DataSet shortOne = SequenceBatcher.example(Nd4j.rand(DataType.FLOAT, 3, 4), new int[] {0, 1, 0, 1}, 2);
        DataSet longOne = SequenceBatcher.example(Nd4j.rand(DataType.FLOAT, 3, 9), new int[9], 2);
        DataSet batch = SequenceBatcher.merge(List.of(longOne, shortOne));
        // garbage in the padding must not matter either
        batch.getFeatures().get(NDArrayIndex.point(1), NDArrayIndex.all(), NDArrayIndex.interval(4, 9)).assign(7.0);
        INDArray alone = net.output(shortOne.getFeatures(), false, shortOne.getFeaturesMaskArray(), null);
        INDArray inBatch = net.output(batch.getFeatures(), false, batch.getFeaturesMaskArray(), null);
        INDArray sameSteps = inBatch.get(NDArrayIndex.interval(1, 2), NDArrayIndex.all(), NDArrayIndex.interval(0, 4));
        assertArrayEquals(new long[] {2, 2, 9}, inBatch.shape());
        assertTrue(alone.equalsWithEps(sameSteps, 1e-5), () -> alone + " vs " + sameSteps);
    }

    private static BaseLayer layer(MultiLayerNetwork net, int i) {
        return (BaseLayer) net.getLayerWiseConfigurations().getConf(i).getLayer();
    }
}
