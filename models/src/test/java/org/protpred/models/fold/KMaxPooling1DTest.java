package org.protpred.models.fold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class KMaxPooling1DTest {

    /** A network that is only the k-max pooling, for {@code channels} input channels. */
    private static MultiLayerNetwork poolingOnly(int channels, int k) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .list()
                .layer(new KMaxPooling1D(k))
                .setInputType(InputType.recurrent(channels, RNNFormat.NCW))
                .build());
        net.init();
        return net;
    }

    private static INDArray sequence(double[][] channels) {
        INDArray x = Nd4j.create(DataType.DOUBLE, 1, channels.length, channels[0].length);
        for (int c = 0; c < channels.length; c++) {
            for (int t = 0; t < channels[c].length; t++) {
                x.putScalar(new long[] {0, c, t}, channels[c][t]);
            }
        }
        return x;
    }

    private static double[] row(INDArray out) {
        return out.dup().data().asDouble();
    }

    /** 1x2x6, k = 3: the three largest values of each channel, in sequence order (not sorted), channel by channel. */
    @Test
    void keepsTheKLargestInSequenceOrder() {
        INDArray x = sequence(new double[][] {
                {1, 5, 2, 4, 3, 6},     // largest 6, 5, 4 at steps 5, 1, 3 -> 5, 4, 6
                {3, 1, 2, 9, 0, 8}});   // largest 9, 8, 3 at steps 3, 5, 0 -> 3, 9, 8
        INDArray out = poolingOnly(2, 3).output(x);
        assertArrayEquals(new long[] {1, 6}, out.shape());
        assertArrayEquals(new double[] {5, 4, 6, 3, 9, 8}, row(out), 0);
    }

    @Test
    void negativeValuesAndTiesTakeTheEarliestSteps() {
        INDArray x = sequence(new double[][] {
                {-1, -2, -3, -4, -5, -6},
                {2, 7, 2, 2, 1, 2}});   // 7 and the first two 2s
        assertArrayEquals(new double[] {-1, -2, -3, 2, 7, 2}, row(poolingOnly(2, 3).output(x)), 0);
    }

    /** A huge value in the padding is not picked; the three largest real values are. */
    @Test
    void maskedStepsAreNeverSelected() {
        INDArray x = sequence(new double[][] {{1, 5, 2, 4, 1000, 999}});
        INDArray mask = Nd4j.createFromArray(new double[][] {{1, 1, 1, 1, 0, 0}});
        INDArray out = poolingOnly(1, 3).output(x, false, mask, null);
        assertArrayEquals(new double[] {5, 2, 4}, row(out), 0);
        // without the mask the padding wins
        assertArrayEquals(new double[] {5, 1000, 999}, row(poolingOnly(1, 3).output(x)), 0);
    }

    /** Fewer real steps than k: all real values in order, then zeros, even when the real values are negative. */
    @Test
    void shortSequencesAreFilledWithZeros() {
        INDArray x = sequence(new double[][] {{1, 5, 2, 4, 1000, 999}, {-1, -5, -2, -4, 7, 7}});
        INDArray mask = Nd4j.createFromArray(new double[][] {{1, 1, 1, 1, 0, 0}});
        assertArrayEquals(new double[] {1, 5, 2, 4, 0, -1, -5, -2, -4, 0},
                row(poolingOnly(2, 5).output(x, false, mask, null)), 0);
        // the same sequence alone, unpadded
        INDArray alone = sequence(new double[][] {{1, 5, 2, 4}, {-1, -5, -2, -4}});
        assertArrayEquals(new double[] {1, 5, 2, 4, 0, -1, -5, -2, -4, 0}, row(poolingOnly(2, 5).output(alone)), 0);
    }

    /** Each example of a batch uses its own mask row. */
    @Test
    void batchRowsUseTheirOwnMask() {
        INDArray x = Nd4j.createFromArray(new double[][][] {{{3, 1, 4, 1, 5}}, {{9, 2, 6, 50, 60}}});
        INDArray mask = Nd4j.createFromArray(new double[][] {{1, 1, 1, 1, 1}, {1, 1, 1, 0, 0}});
        INDArray out = poolingOnly(1, 2).output(x, false, mask, null);
        assertArrayEquals(new double[] {4, 5, 9, 6}, row(out), 0);
    }

    /** The gradient of each output goes to the step it came from; padding and unselected steps get 0. */
    @Test
    void backwardRoutesGradientsToTheSelectedSteps() {
        MultiLayerNetwork net = poolingOnly(2, 2);
        Layer layer = net.getLayer(0);
        INDArray x = sequence(new double[][] {{1, 5, 2, 4, 1000}, {3, 1, 2, 9, -1000}});
        INDArray mask = Nd4j.createFromArray(new double[][] {{1, 1, 1, 1, 0}});
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        layer.setInput(x, mgr);
        layer.feedForwardMaskArray(mask, MaskState.Active, 1);
        assertArrayEquals(new double[] {5, 4, 3, 9}, row(layer.activate(true, mgr)), 0);
        INDArray epsilon = Nd4j.createFromArray(new double[][] {{10, 20, 30, 40}});
        INDArray grad = layer.backpropGradient(epsilon, mgr).getSecond();
        assertArrayEquals(new long[] {1, 2, 5}, grad.shape());
        assertArrayEquals(new double[] {0, 10, 0, 20, 0, 30, 0, 0, 40, 0}, row(grad), 0);
    }

    @Test
    void outputTypeIsChannelsTimesK() {
        KMaxPooling1D pooling = new KMaxPooling1D(30);
        assertEquals(InputType.feedForward(300), pooling.getOutputType(0, InputType.recurrent(10)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pooling.getOutputType(0, InputType.feedForward(10)));
        assertTrue(e.getMessage().contains("needs a 1-D sequence input"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new KMaxPooling1D(0));
        assertEquals("k-max pooling needs k >= 1, got 0", e.getMessage());
    }

    /** Convolution, k-max pooling and softmax, with a mask and a sequence shorter than k. */
    private static MultiLayerNetwork convPoolSoftmax() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(3).dataType(DataType.DOUBLE).updater(new NoOp())
                .list()
                .layer(new Convolution1DLayer.Builder().nIn(2).nOut(3).kernelSize(3)
                        .convolutionMode(ConvolutionMode.Same).activation(Activation.TANH).build())
                .layer(new KMaxPooling1D(2))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(6).nOut(3)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.recurrent(2, RNNFormat.NCW))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    @Test
    void gradientsPassDl4jGradientCheck() {
        DataType before = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            Nd4j.getRandom().setSeed(12);
            MultiLayerNetwork net = convPoolSoftmax();
            INDArray x = Nd4j.rand(DataType.DOUBLE, 3, 2, 6).subi(0.5).muli(4);
            INDArray mask = Nd4j.createFromArray(new double[][] {
                    {1, 1, 1, 1, 1, 1}, {1, 1, 1, 0, 0, 0}, {1, 0, 0, 0, 0, 0}});
            INDArray labels = Nd4j.createFromArray(new double[][] {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}});
            assertTrue(GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net)
                    .input(x).labels(labels).inputMask(mask).epsilon(1e-6).maxRelError(1e-5)
                    .minAbsoluteError(1e-9).print(GradientCheckUtil.PrintMode.FAILURES_ONLY)));
        } finally {
            Nd4j.setDefaultDataTypes(before, before);
        }
    }

    @Test
    void survivesModelSerializerRoundTrip(@TempDir Path dir) throws Exception {
        MultiLayerNetwork net = convPoolSoftmax();
        String json = net.getLayerWiseConfigurations().toJson();
        assertTrue(json.contains(KMaxPooling1D.class.getName()), json);
        File file = dir.resolve("kmax.zip").toFile();
        ModelSerializer.writeModel(net, file, true);
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(file, true);
        assertEquals(net.getLayerWiseConfigurations(), restored.getLayerWiseConfigurations());
        KMaxPooling1D pooling = (KMaxPooling1D) restored.getLayerWiseConfigurations().getConf(1).getLayer();
        assertEquals(2, pooling.getK());
        assertEquals(3, pooling.getChannels());
        INDArray x = Nd4j.rand(DataType.DOUBLE, 2, 2, 7);
        INDArray mask = Nd4j.createFromArray(new double[][] {{1, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 0, 0, 0}});
        assertEquals(net.output(x, false, mask, null), restored.output(x, false, mask, null));
    }
}
