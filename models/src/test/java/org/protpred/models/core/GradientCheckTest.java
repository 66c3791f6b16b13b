package org.protpred.models.core;

import org.protpred.models.demo.Networks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.protpred.models.core.train.SequenceBatcher;

/**
 * Back-propagated gradients of the network families agree with central finite differences (double precision).
 */
class GradientCheckTest {

    private static final double EPS = 1e-6;
    private static final double MAX_REL_ERROR = 1e-5;
    private static final double MIN_ABS_ERROR = 1e-9;

    private static NetworkOptions options() {
        return NetworkOptions.defaults().seed(7).dataType(DataType.DOUBLE).optimizer(NetworkOptions.Optimizer.SGD)
                .learningRate(1.0);
    }

    private static DataSet flatData() {
        Nd4j.getRandom().setSeed(11);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 5, 4).subi(0.5);
        INDArray y = Nd4j.zeros(DataType.DOUBLE, 5, 3);
        int[] classes = {0, 2, 1, 1, 0};
        for (int i = 0; i < classes.length; i++) {
            y.putScalar(i, classes[i], 1.0);
        }
        return new DataSet(x, y);
    }

    /** Two sequences of lengths 5 and 3 (padded), with one unlabelled position. */
    private static DataSet sequenceData() {
        Nd4j.getRandom().setSeed(12);
        DataSet a = SequenceBatcher.example(Nd4j.rand(DataType.DOUBLE, 3, 5).subi(0.5), new int[] {0, 1, -1, 1, 0}, 2);
        DataSet b = SequenceBatcher.example(Nd4j.rand(DataType.DOUBLE, 3, 3).subi(0.5), new int[] {1, 1, 0}, 2);
        return SequenceBatcher.merge(List.of(a, b));
    }

    @Test
    void denseNetworkGradientsMatchFiniteDifferences() {
        MultiLayerNetwork net = Networks.dense(4, new int[] {6, 5}, 3, Activation.TANH, options());
        DataSet data = flatData();
        INDArray analytic = analyticGradient(net, data);
        INDArray numeric = numericGradient(net, data);
        assertTrue(maxRelativeError(analytic, numeric) < MAX_REL_ERROR);
    }

    @Test
    void denseNetworkPassesDl4jGradientCheck() {
        MultiLayerNetwork net = Networks.dense(4, new int[] {5}, 3, Activation.SIGMOID,
                options().loss(NetworkOptions.Loss.SQUARED_ERROR));
        DataSet data = flatData();
        DataType before = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            assertTrue(GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net)
                    .input(data.getFeatures()).labels(data.getLabels()).epsilon(EPS).maxRelError(1e-3)
                    .minAbsoluteError(1e-8).print(GradientCheckUtil.PrintMode.FAILURES_ONLY)));
        } finally {
            Nd4j.setDefaultDataTypes(before, before);
        }
    }

    @Test
    void maskedLstmGradientsMatchFiniteDifferences() {
        MultiLayerNetwork net = Networks.recurrent(3, new int[] {4}, 2, options());
        DataSet data = sequenceData();
        assertTrue(maxRelativeError(analyticGradient(net, data), numericGradient(net, data)) < MAX_REL_ERROR);
    }

    @Test
    void maskedConv1dGradientsMatchFiniteDifferences() {
        MultiLayerNetwork net = Networks.conv1d(3, new int[] {3}, 3, 2, options().dataType(DataType.DOUBLE));
        DataSet data = sequenceData();
        assertTrue(maxRelativeError(analyticGradient(net, data), numericGradient(net, data)) < MAX_REL_ERROR);
    }

    @Test
    void aWrongGradientFailsTheCheck() {
        MultiLayerNetwork net = Networks.dense(4, new int[] {6}, 3, Activation.TANH, options());
        DataSet data = flatData();
        INDArray analytic = analyticGradient(net, data);
        INDArray numeric = numericGradient(net, data);
        assertTrue(maxRelativeError(analytic, numeric) < MAX_REL_ERROR);
        // one entry 1% off, as a subtle back-propagation bug would be
        long worst = Nd4j.argMax(Transforms.abs(analytic)).getLong(0);
        INDArray wrong = analytic.dup();
        wrong.putScalar(worst, analytic.getDouble(worst) * 1.01);
        assertFalse(maxRelativeError(wrong, numeric) < MAX_REL_ERROR);
    }

    private static final class Transforms {
        static INDArray abs(INDArray a) {
            return org.nd4j.linalg.ops.transforms.Transforms.abs(a, true);
        }
    }

    private static INDArray analyticGradient(MultiLayerNetwork net, DataSet data) {
        net.setInput(data.getFeatures());
        net.setLabels(data.getLabels());
        net.setLayerMaskArrays(data.getFeaturesMaskArray(), data.getLabelsMaskArray());
        net.computeGradientAndScore();
        // DL4J back-propagates the SUM over the minibatch and divides by its size in the updater; the score is the mean
        return net.getFlattenedGradients().div(data.numExamples());
    }

    private static INDArray numericGradient(MultiLayerNetwork net, DataSet data) {
        INDArray params = net.params();
        INDArray numeric = Nd4j.zeros(DataType.DOUBLE, params.length());
        for (long i = 0; i < params.length(); i++) {
            double original = params.getDouble(i);
            params.putScalar(i, original + EPS);
            double plus = net.score(data, true);
            params.putScalar(i, original - EPS);
            double minus = net.score(data, true);
            params.putScalar(i, original);
            numeric.putScalar(i, (plus - minus) / (2 * EPS));
        }
        return numeric;
    }

    /** Largest |a - n| / max(|a|, |n|) over entries whose absolute difference exceeds a tiny floor. */
    private static double maxRelativeError(INDArray analytic, INDArray numeric) {
        double worst = 0;
        for (long i = 0; i < numeric.length(); i++) {
            double a = analytic.getDouble(i);
            double n = numeric.getDouble(i);
            double abs = Math.abs(a - n);
            if (abs > MIN_ABS_ERROR) {
                worst = Math.max(worst, abs / Math.max(Math.abs(a), Math.abs(n)));
            }
        }
        return worst;
    }
}
