package org.protpred.models.fold;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.AbstractLayer;
import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The network-side implementation of {@link KMaxPooling1D} (see there for what it computes).
 *
 * <p>The selection runs on the host in plain Java: per example and channel, the k-th largest real value is
 * found by sorting a copy of the real values, then one pass in sequence order keeps the values above it and,
 * from the earliest step on, as many values equal to it as are still needed. That gives the original order
 * without sorting indices, and ties are resolved the same way in the forward and the backward pass. The backward
 * pass recomputes the selection from the stored input and mask instead of caching indices between calls, so it
 * cannot use a selection made for another input.
 */
public class KMaxPooling1DLayer extends AbstractLayer<KMaxPooling1D> {

    /** Created by {@link KMaxPooling1D#instantiate}. */
    public KMaxPooling1DLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public Type type() {
        return Type.SUBSAMPLING;
    }

    @Override
    public boolean isPretrainLayer() {
        return false;
    }

    @Override
    public void clearNoiseWeightParams() {
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        applyDropOutIfNecessary(training, workspaceMgr);
        Shape s = shape(input);
        int k = layerConf().getK();
        double[] x = hostCopy(input);
        int[] chosen = select(x, mask(s), s.batch, s.channels, s.length, k);
        double[] out = new double[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] >= 0) {
                out[i] = x[(i / k) * s.length + chosen[i]];
            }
        }
        INDArray result = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, input.dataType(),
                new long[] {s.batch, (long) s.channels * k}, 'c');
        result.assign(HostArrays.array(out, DataType.DOUBLE, s.batch, (long) s.channels * k));
        return result;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        Shape s = shape(input);
        int k = layerConf().getK();
        if (epsilon.rank() != 2 || epsilon.size(0) != s.batch || epsilon.size(1) != (long) s.channels * k) {
            throw new IllegalStateException("k-max pooling " + layerId() + ": expected an output gradient of shape ["
                    + s.batch + ", " + (long) s.channels * k + "], got " + Arrays.toString(epsilon.shape()));
        }
        int[] chosen = select(hostCopy(input), mask(s), s.batch, s.channels, s.length, k);
        double[] e = hostCopy(epsilon);
        double[] grad = new double[s.batch * s.channels * s.length];
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] >= 0) {
                grad[(i / k) * s.length + chosen[i]] += e[i];
            }
        }
        INDArray result = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, input.dataType(),
                input.shape(), 'c');
        result.assign(HostArrays.array(grad, DataType.DOUBLE, s.batch, s.channels, s.length));
        return new Pair<>(new DefaultGradient(), backpropDropOutIfPresent(result));
    }

    /** Takes the mask for the pooling; nothing after this layer is masked. */
    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState,
                                                          int minibatchSize) {
        this.maskArray = maskArray;
        this.maskState = null;
        return null;
    }

    /**
     * The k-max selection. Element {@code (b * channels + c) * k + j} of the result is the step of the {@code j}-th
     * kept value of example {@code b}, channel {@code c} (steps increasing with {@code j}), or -1 for an empty
     * slot of a sequence with fewer than {@code k} real steps.
     *
     * @param x    values {@code [batch, channels, length]}, C order
     * @param mask {@code [batch, length]}, C order, non-zero at real steps; {@code null}: every step is real
     */
    static int[] select(double[] x, double[] mask, int batch, int channels, int length, int k) {
        int[] chosen = new int[batch * channels * k];
        Arrays.fill(chosen, -1);
        int[] real = new int[length];
        double[] values = new double[length];
        double[] sorted = new double[length];
        for (int b = 0; b < batch; b++) {
            int n = 0;
            for (int t = 0; t < length; t++) {
                if (mask == null || mask[b * length + t] != 0) {
                    real[n++] = t;
                }
            }
            for (int c = 0; c < channels; c++) {
                int in = (b * channels + c) * length;
                int out = (b * channels + c) * k;
                if (n <= k) {
                    System.arraycopy(real, 0, chosen, out, n);
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    values[j] = x[in + real[j]];
                }
                System.arraycopy(values, 0, sorted, 0, n);
                Arrays.sort(sorted, 0, n);
                double threshold = sorted[n - k];
                int greater = 0;
                for (int j = n - k + 1; j < n; j++) {
                    if (sorted[j] > threshold) {
                        greater++;
                    }
                }
                int equalWanted = k - greater;
                int m = 0;
                for (int j = 0; j < n && m < k; j++) {
                    double v = values[j];
                    if (v > threshold) {
                        chosen[out + m++] = real[j];
                    } else if (v == threshold && equalWanted > 0) {
                        chosen[out + m++] = real[j];
                        equalWanted--;
                    }
                }
            }
        }
        return chosen;
    }

    private double[] mask(Shape s) {
        if (maskArray == null) {
            return null;
        }
        if (maskArray.length() != (long) s.batch * s.length || maskArray.size(0) != s.batch) {
            throw new IllegalStateException("k-max pooling " + layerId() + ": mask of shape "
                    + Arrays.toString(maskArray.shape()) + " does not fit input [" + s.batch + ", " + s.channels
                    + ", " + s.length + "]; expected [" + s.batch + ", " + s.length + "]");
        }
        return hostCopy(maskArray);
    }

    /** The values of {@code a} in C order as doubles. */
    private static double[] hostCopy(INDArray a) {
        return HostArrays.doubles(a);
    }

    private Shape shape(INDArray in) {
        if (in.rank() != 3) {
            throw new IllegalStateException("k-max pooling " + layerId()
                    + ": expected input [batch, channels, length], got shape " + Arrays.toString(in.shape()));
        }
        return new Shape(Math.toIntExact(in.size(0)), Math.toIntExact(in.size(1)), Math.toIntExact(in.size(2)));
    }

    private record Shape(int batch, int channels, int length) {
    }
}
