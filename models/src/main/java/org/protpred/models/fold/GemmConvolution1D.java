package org.protpred.models.fold;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A {@link Convolution1DLayer} configuration whose layer computes the convolution as one matrix product
 * ({@link GemmConvolution1DLayer}) instead of libnd4j's {@code conv1d}/{@code conv1d_bp} ops, which on the CPU take
 * 5-17 times as long as the matrix products they contain for DeepSF's small layers (10 filters, windows 6 and 10) and
 * made them most of a fold training epoch. Same parameters (shape, initialisation, names) and the same results as
 * DL4J's layer; see {@link GemmConvolution1DLayer} for the cases it computes itself (NCW, stride 1, dilation 1,
 * Same mode) and leaves the others to DL4J.
 */
public class GemmConvolution1D extends Convolution1DLayer {

    /** For JSON deserialisation only. */
    public GemmConvolution1D() {
    }

    /** The configuration {@code built} (from {@code Convolution1DLayer.Builder}) with the matrix-product layer. */
    public static GemmConvolution1D of(Convolution1DLayer built) {
        GemmConvolution1D copy = new GemmConvolution1D();
        for (Class<?> c = Convolution1DLayer.class; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    f.set(copy, f.get(built));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot copy " + f + " of the convolution configuration", e);
                }
            }
        }
        return copy;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
                                                       Collection<TrainingListener> trainingListeners,
                                                       int layerIndex, INDArray layerParamsView,
                                                       boolean initializeParams, DataType networkDataType) {
        GemmConvolution1DLayer layer = new GemmConvolution1DLayer(conf, networkDataType);
        layer.setListeners(trainingListeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        Map<String, INDArray> params = initializer().init(conf, layerParamsView, initializeParams);
        layer.setParamTable(params);
        layer.setConf(conf);
        return layer;
    }

    @Override
    public GemmConvolution1D clone() {
        return (GemmConvolution1D) super.clone();
    }
}
