package org.protpred.models.fold;

import java.util.Arrays;
import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Turns an image {@code [batch, channels, length, 1]} (NCHW) back into the sequence {@code [batch, channels,
 * length]} (NCW) that {@link SequenceToImagePreProcessor} made of it, for the sequence layers after a batch
 * normalisation. It keeps the batch dimension, so it needs no minibatch size; the feature mask passes through
 * unchanged.
 */
public class ImageToSequencePreProcessor implements InputPreProcessor {

    @Override
    public INDArray preProcess(INDArray input, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        if (input.rank() != 4 || input.size(3) != 1) {
            throw new IllegalStateException("expected an image [batch, channels, length, 1], got shape "
                    + Arrays.toString(input.shape()));
        }
        return workspaceMgr.leverageTo(ArrayType.ACTIVATIONS,
                input.reshape('c', input.size(0), input.size(1), input.size(2)));
    }

    @Override
    public INDArray backprop(INDArray output, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        if (output.rank() != 3) {
            throw new IllegalStateException("expected a gradient [batch, channels, length], got shape "
                    + Arrays.toString(output.shape()));
        }
        return workspaceMgr.leverageTo(ArrayType.ACTIVATION_GRAD,
                output.reshape('c', output.size(0), output.size(1), output.size(2), 1));
    }

    @Override
    public InputType getOutputType(InputType inputType) {
        if (!(inputType instanceof InputType.InputTypeConvolutional image)) {
            throw new IllegalArgumentException("expected an image input type, got " + inputType);
        }
        return InputType.recurrent(image.getChannels());
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState,
                                                          int minibatchSize) {
        return new Pair<>(maskArray, currentMaskState);
    }

    @Override
    public ImageToSequencePreProcessor clone() {
        return new ImageToSequencePreProcessor();
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
