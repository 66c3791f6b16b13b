package org.protpred.models.fold;

import java.util.Collection;
import java.util.Map;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.NoParamLayer;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Configuration of k-max pooling over time, the layer that turns a variable-length sequence into a fixed-size
 * vector in DeepSF (Hou, Adhikari and Cheng, Bioinformatics 34:1295, 2018). DL4J has no such layer.
 *
 * <p>Input: a 1-D sequence {@code [batch, channels, length]} (NCW, DL4J's recurrent layout, the output of a
 * {@code Convolution1DLayer}) with an optional feature mask {@code [batch, length]} (non-zero at real steps).
 * Output: {@code [batch, channels * k]} (feed-forward), laid out channel by channel: entry {@code c * k + j} is the
 * {@code j}-th kept value of channel {@code c}. For every example and channel the layer keeps the {@code k}
 * largest values over the real steps, <b>in their original sequence order</b> (not sorted by size), so the
 * dense layers after it see where the strongest signals lie relative to each other. Equal values are kept
 * from the earliest step on, so the result is deterministic.
 *
 * <p><b>Padding.</b> Masked steps are never selected, whatever they hold: the layer, not a preceding
 * {@code MaskLayer}, is what keeps padding out (zeroed padding could still beat negative real values).
 * <b>Sequences shorter than k</b> keep all their {@code n < k} real values in order in slots {@code 0..n-1};
 * slots {@code n..k-1} are 0 and receive no gradient. A sequence therefore gives the same output whether it is
 * run alone or padded in a batch. Note that such a 0 is not "smaller than everything": after a ReLU all values
 * are {@code >= 0}, which is the setting this layer is made for.
 *
 * <p>The layer has no parameters; its backward pass routes each output's gradient to the step it was taken
 * from (masked steps and unselected steps get 0). The mask is consumed here: layers after it get none.
 * The configuration serialises with the network's JSON (the fields {@code k} and {@code channels}), so models
 * using it save and load with DL4J's {@code ModelSerializer}.
 */
public class KMaxPooling1D extends NoParamLayer {

    private int k;
    private long channels;

    /** For JSON deserialisation only. */
    protected KMaxPooling1D() {
    }

    /**
     * @param k values kept per channel, {@code >= 1}
     */
    public KMaxPooling1D(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k-max pooling needs k >= 1, got " + k);
        }
        this.k = k;
    }

    /** The number of values kept per channel. */
    public int getK() {
        return k;
    }

    /** Channels of the input (set from the input type when the network is built; 0 before). */
    public long getChannels() {
        return channels;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
                                                       Collection<TrainingListener> trainingListeners,
                                                       int layerIndex, INDArray layerParamsView,
                                                       boolean initializeParams, DataType networkDataType) {
        KMaxPooling1DLayer layer = new KMaxPooling1DLayer(conf, networkDataType);
        layer.setListeners(trainingListeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        Map<String, INDArray> params = initializer().init(conf, layerParamsView, initializeParams);
        layer.setParamTable(params);
        layer.setConf(conf);
        return layer;
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        return InputType.feedForward(recurrent(inputType).getSize() * k);
    }

    @Override
    public void setNIn(InputType inputType, boolean override) {
        if (channels <= 0 || override) {
            channels = recurrent(inputType).getSize();
        }
    }

    @Override
    public InputPreProcessor getPreProcessorForInputType(InputType inputType) {
        recurrent(inputType);
        return null;
    }

    @Override
    public LayerMemoryReport getMemoryReport(InputType inputType) {
        return new LayerMemoryReport.Builder(getLayerName(), KMaxPooling1D.class, inputType,
                getOutputType(-1, inputType))
                .standardMemory(0, 0)
                .workingMemory(0, 0, 0, 0)
                .cacheMemory(0, 0)
                .build();
    }

    private InputType.InputTypeRecurrent recurrent(InputType inputType) {
        if (!(inputType instanceof InputType.InputTypeRecurrent recurrent)) {
            throw new IllegalArgumentException("k-max pooling layer " + getLayerName()
                    + " needs a 1-D sequence input [batch, channels, length], got " + inputType);
        }
        return recurrent;
    }

    @Override
    public KMaxPooling1D clone() {
        return (KMaxPooling1D) super.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KMaxPooling1D other && super.equals(o) && k == other.k && channels == other.channels;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * super.hashCode() + k) + Long.hashCode(channels);
    }

    @Override
    public String toString() {
        return "KMaxPooling1D(k=" + k + ", channels=" + channels + ", name=" + getLayerName() + ")";
    }
}
