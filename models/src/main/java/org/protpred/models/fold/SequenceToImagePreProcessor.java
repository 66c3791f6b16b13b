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
 * Presents a sequence {@code [batch, channels, length]} (NCW) as an image {@code [batch, channels, length, 1]}
 * (NCHW) to the layer after it, so that DL4J's {@code BatchNormalization}, which in 1.0.0-M2.1 handles only
 * {@code [batch, features]} and images, normalises each channel over all examples and steps. Undone by
 * {@link ImageToSequencePreProcessor}.
 *
 * <p>DL4J's own route, {@code RnnToFeedForwardPreProcessor} then {@code FeedForwardToRnnPreProcessor}, is not
 * used because the way back needs the minibatch size, which a {@code ComputationGraph} takes from the last labels
 * it was trained with: predicting a batch of another size after {@code fit} then fails. A reshape that keeps the
 * batch dimension needs no minibatch size. The feature mask {@code [batch, length]} passes through unchanged.
 */
public class SequenceToImagePreProcessor implements InputPreProcessor {

    @Override
    public INDArray preProcess(INDArray input, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        if (input.rank() != 3) {
            throw new IllegalStateException("expected a sequence [batch, channels, length], got shape "
                    + Arrays.toString(input.shape()));
        }
        return workspaceMgr.leverageTo(ArrayType.ACTIVATIONS,
                input.reshape('c', input.size(0), input.size(1), input.size(2), 1));
    }

    @Override
    public INDArray backprop(INDArray output, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        if (output.rank() != 4 || output.size(3) != 1) {
            throw new IllegalStateException("expected a gradient [batch, channels, length, 1], got shape "
                    + Arrays.toString(output.shape()));
        }
        return workspaceMgr.leverageTo(ArrayType.ACTIVATION_GRAD,
                output.reshape('c', output.size(0), output.size(1), output.size(2)));
    }

    @Override
    public InputType getOutputType(InputType inputType) {
        if (!(inputType instanceof InputType.InputTypeRecurrent recurrent)) {
            throw new IllegalArgumentException("expected a sequence input type, got " + inputType);
        }
        long length = recurrent.getTimeSeriesLength() > 0 ? recurrent.getTimeSeriesLength() : 1;
        return InputType.convolutional(length, 1, recurrent.getSize());
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState,
                                                          int minibatchSize) {
        return new Pair<>(maskArray, currentMaskState);
    }

    @Override
    public SequenceToImagePreProcessor clone() {
        return new SequenceToImagePreProcessor();
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
