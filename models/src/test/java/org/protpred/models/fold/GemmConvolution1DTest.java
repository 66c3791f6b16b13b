package org.protpred.models.fold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class GemmConvolution1DTest {

    private static Convolution1DLayer dl4jLayer(int nIn, int nOut, int kernel, boolean bias, Activation activation) {
        return new Convolution1DLayer.Builder().nIn(nIn).nOut(nOut).kernelSize(kernel)
                .convolutionMode(ConvolutionMode.Same).hasBias(bias).activation(activation)
                .rnnDataFormat(RNNFormat.NCW).build();
    }

    private static MultiLayerNetwork net(org.deeplearning4j.nn.conf.layers.Layer conv, int nOut) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).dataType(DataType.DOUBLE).list()
                .layer(conv)
                .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(nOut).nOut(2)
                        .activation(Activation.IDENTITY).dataFormat(RNNFormat.NCW).build())
                .setInputType(InputType.recurrent(3, RNNFormat.NCW)).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** Output, parameter gradients and input gradient equal DL4J's own layer (double precision, no mask). */
    @Test
    void equalsDl4jConvolutionForwardAndBackward() {
        for (int kernel : new int[] {1, 2, 3, 6, 10}) {
            for (boolean bias : new boolean[] {false, true}) {
                Activation activation = bias ? Activation.TANH : Activation.IDENTITY;
                MultiLayerNetwork reference = net(dl4jLayer(3, 4, kernel, bias, activation), 4);
                MultiLayerNetwork gemm = net(GemmConvolution1D.of(dl4jLayer(3, 4, kernel, bias, activation)), 4);
                assertInstanceOf(GemmConvolution1DLayer.class, gemm.getLayer(0));
                Nd4j.getRandom().setSeed(kernel);
                INDArray params = Nd4j.rand(DataType.DOUBLE, reference.params().shape()).subi(0.5);
                reference.setParams(params);
                gemm.setParams(params.dup());
                INDArray x = Nd4j.rand(DataType.DOUBLE, 2, 3, 7).subi(0.5);
                INDArray y = Nd4j.rand(DataType.DOUBLE, 2, 2, 7);
                String what = "kernel " + kernel + ", bias " + bias;
                assertArrayEquals(reference.output(x).ravel().toDoubleVector(), gemm.output(x).ravel().toDoubleVector(), 1e-12, what);
                Pair<Gradient, INDArray> r = reference.calculateGradients(x, y, null, null);
                Pair<Gradient, INDArray> g = gemm.calculateGradients(x, y, null, null);
                assertArrayEquals(r.getSecond().ravel().toDoubleVector(), g.getSecond().ravel().toDoubleVector(), 1e-12, what);
                assertArrayEquals(r.getFirst().gradient().ravel().toDoubleVector(), g.getFirst().gradient().ravel().toDoubleVector(),
                        1e-12, what);
                assertTrue(r.getFirst().gradient().amaxNumber().doubleValue() > 1e-3, what); // not all zero
            }
        }
    }

    /** The DL4J fallback (stride 2) still runs DL4J's convolution; the layer survives a JSON round trip. */
    @Test
    void otherSettingsFallBackAndJsonKeepsTheLayer() {
        Convolution1DLayer strided = new Convolution1DLayer.Builder().nIn(3).nOut(4).kernelSize(3).stride(2)
                .convolutionMode(ConvolutionMode.Same).rnnDataFormat(RNNFormat.NCW).build();
        MultiLayerNetwork reference = net(strided, 4);
        MultiLayerNetwork gemm = net(GemmConvolution1D.of((Convolution1DLayer) strided.clone()), 4);
        gemm.setParams(reference.params().dup());
        INDArray x = Nd4j.rand(DataType.DOUBLE, 2, 3, 8);
        assertArrayEquals(reference.output(x).ravel().toDoubleVector(), gemm.output(x).ravel().toDoubleVector(), 1e-12);
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(gemm.getLayerWiseConfigurations().toJson());
        assertInstanceOf(GemmConvolution1D.class, back.getConf(0).getLayer());
        assertEquals(gemm.getLayerWiseConfigurations().getConf(0).getLayer(), back.getConf(0).getLayer());
    }
}
