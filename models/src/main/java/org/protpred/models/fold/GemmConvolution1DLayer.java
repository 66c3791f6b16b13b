package org.protpred.models.fold;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.Convolution1DLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The layer of {@link GemmConvolution1D}: a 1-D convolution (NCW, stride 1, dilation 1, Same mode, any kernel) as
 * im2col and one matrix product, forward and backward; any other setting goes to DL4J's {@code Convolution1DLayer}.
 *
 * <p>With input {@code x [b, c, L]}, kernel {@code K}, {@code pl = (K - 1) / 2} zeros before and {@code K - 1 - pl}
 * after each sequence (DL4J's Same mode), the columns are {@code C[(i, j), (n, t)] = x[n, i, t + j - pl]} (0 outside
 * the sequence), {@code [c K, b L]}, built on the host ({@link Im2col}; libnd4j's strided copies and additions
 * of such views were most of the remaining time). With the weights
 * {@code W} read as {@code [out, c K]} (see {@link #weights()}): output {@code = W C} (+ bias), gradient of the weights
 * {@code D C^T}, of the columns {@code W^T D}, scattered back onto the input by {@code K} strided additions
 * ({@code D}: the output gradient as {@code [out, b L]}). The activation and the masking of the output are DL4J's
 * (the superclass multiplies the output by the mask); unlike DL4J 1.0.0-M2.1's layer, the backward pass also
 * zeroes the gradient at masked steps, as the forward pass's mask multiplication implies.
 */
public class GemmConvolution1DLayer extends Convolution1DLayer {

    /** The input of the last training forward pass and its columns, kept for its backward pass. */
    private INDArray columnsInput;
    private Object columnsOfInput;

    /** Created by {@link GemmConvolution1D#instantiate}. */
    public GemmConvolution1DLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** Whether this layer's settings are the ones computed here (else DL4J's implementation runs). */
    private boolean handled() {
        org.deeplearning4j.nn.conf.layers.Convolution1DLayer c = layerConf();
        return c.getRnnDataFormat() == RNNFormat.NCW && c.getStride()[0] == 1 && c.getDilation()[0] == 1
                && layerConf().getConvolutionMode() == ConvolutionMode.Same && input != null && input.rank() == 3;
    }

    @Override
    protected Pair<INDArray, INDArray> preOutput(boolean training, boolean forBackprop,
                                                 LayerWorkspaceMgr workspaceMgr) {
        if (!handled()) {
            return super.preOutput(training, forBackprop, workspaceMgr);
        }
        assertInputSet(false);
        INDArray x = input.castTo(dataType);
        Object columns = columns(x);
        if (training) {
            // the backward pass of this input needs the same columns
            columnsInput = input;
            columnsOfInput = columns;
        }
        return new Pair<>(forward(x, columns), null);
    }

    @Override
    public void clear() {
        super.clear();
        forgetColumns();
    }

    private void forgetColumns() {
        columnsInput = null;
        columnsOfInput = null;
    }

    /** The convolution's output {@code [b, out, L]} (bias added, no activation) from the columns of {@code x}. */
    private INDArray forward(INDArray x, Object columns) {
        long b = x.size(0);
        long length = x.size(2);
        INDArray w = weights();
        long out = w.size(0);
        INDArray product = w.mmul(array(columns, columnsShape(x)));   // [out, b L]
        INDArray z = array(Im2col.swapLeadingAxes(host(product), (int) out, (int) b, (int) length), b, out, length);
        if (layerConf().hasBias()) {
            INDArray bias = getParam(ConvolutionParamInitializer.BIAS_KEY);
            z.addi(bias.reshape(1, out, 1));
        }
        return z;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (!handled()) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        assertInputSet(true);
        if (epsilon.rank() != 3) {
            throw new IllegalStateException("convolution " + layerId() + ": expected an output gradient of rank 3, got "
                    + Arrays.toString(epsilon.shape()));
        }
        INDArray x = input.castTo(dataType);
        long b = x.size(0);
        long channels = x.size(1);
        long length = x.size(2);
        int kernel = layerConf().getKernelSize()[0];
        Object columns = input == columnsInput ? columnsOfInput : columns(x);
        forgetColumns();
        INDArray delta = epsilon.castTo(dataType);
        if (!(layerConf().getActivationFn() instanceof ActivationIdentity)) {
            delta = layerConf().getActivationFn().backprop(forward(x, columns), delta).getFirst();
        }
        if (maskArray != null) {   // the forward pass zeroed the output at padded steps: no gradient flows there
            delta = delta.mul(maskArray.castTo(dataType).reshape(b, 1, length));
        }
        INDArray w = weights();
        long out = w.size(0);
        INDArray d2 = array(Im2col.swapLeadingAxes(host(delta), (int) b, (int) out, (int) length),
                out, b * length);                                  // [out, b L]

        INDArray gradW = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        INDArray gradWm = d2.mmul(array(columns, columnsShape(x)).transpose());   // [out, c K]
        asKernelInOut(gradW).assign(gradWm.reshape('c', out, channels, kernel).permute(2, 1, 0));
        Gradient gradient = new DefaultGradient();
        if (layerConf().hasBias()) {
            INDArray gradB = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
            gradB.assign(d2.sum(1).reshape(gradB.shape()));
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, gradB);
        }
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, gradW, 'c');

        INDArray gradColumns = w.transpose().mmul(d2);             // [c K, b L]
        INDArray epsOut = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, input.dataType(), input.shape(),
                'c');
        epsOut.assign(array(Im2col.col2im(host(gradColumns), (int) b, (int) channels, (int) length, kernel),
                b, channels, length));
        return new Pair<>(gradient, epsOut);
    }

    /**
     * The weights as {@code [out, c K]}, read as DL4J 1.0.0-M2.1's NCW convolution reads them: the parameter
     * {@code [out, c, K, 1]} <em>reshaped</em> (not permuted) to {@code [K, c, out]}, so that models trained with
     * DL4J's layer keep their meaning.
     */
    private INDArray weights() {
        INDArray w = asKernelInOut(getParam(ConvolutionParamInitializer.WEIGHT_KEY));
        return w.permute(2, 1, 0).dup('c').reshape('c', w.size(2), w.size(1) * w.size(0));
    }

    /** A weight parameter or its gradient {@code [out, c, K, 1]} as the {@code [K, c, out]} view DL4J uses. */
    private static INDArray asKernelInOut(INDArray w) {
        return w.reshape(w.ordering(), w.size(2), w.size(1), w.size(0));
    }

    /**
     * The im2col columns {@code [c K, b L]} of {@code x [b, c, L]} (Same mode, stride 1) on the host, a
     * {@code float[]} or {@code double[]}.
     */
    private Object columns(INDArray x) {
        int b = (int) x.size(0);
        int channels = (int) x.size(1);
        int length = (int) x.size(2);
        int kernel = layerConf().getKernelSize()[0];
        return Im2col.im2col(host(x), b, channels, length, kernel);
    }

    private long[] columnsShape(INDArray x) {
        return new long[] {x.size(1) * layerConf().getKernelSize()[0], x.size(0) * x.size(2)};
    }

    /** A {@code float[]} or {@code double[]} (C order) as an array of this layer's data type. */
    private INDArray array(Object data, long... shape) {
        return data instanceof double[] d ? HostArrays.array(d, dataType, shape)
                : HostArrays.array((float[]) data, dataType, shape);
    }

    /** The values of {@code a} in C order (doubles only for double-precision networks). */
    private Object host(INDArray a) {
        return dataType == DataType.DOUBLE ? HostArrays.doubles(a) : HostArrays.floats(a);
    }
}
