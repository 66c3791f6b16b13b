package org.protpred.pipeline.ss;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.transforms.custom.ReverseSequence;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The previous native forward pass of the secondary-structure network, kept for {@link SsForwardBench} to time
 * against {@code BiRnnInference}: one {@code conv1d} op per convolution and one {@code lstmLayer} op per LSTM direction,
 * both in DL4J's {@code [batch, channels, T]} layout.
 */
final class Conv1dLstmLayerForward {

    private Conv1dLstmLayerForward() {
    }

    /**
     * The network's outputs (in the graph's output order), each {@code [batch, states, length]}.
     *
     * @param graph    a network built by {@link BiRnnSecondaryStructureNetwork}
     * @param features {@code [batch, features, length]}
     * @param mask     {@code [batch, length]} with 1 at real steps (a prefix of each row), or {@code null} when no
     *                 sequence is padded
     * @throws IllegalArgumentException if {@code graph} does not have that network's structure
     */
    public static INDArray[] output(ComputationGraph graph, INDArray features, INDArray mask) {
        INDArray x = features.castTo(DataType.FLOAT);
        long batch = x.size(0);
        long steps = x.size(2);
        INDArray mask3 = mask == null ? null : mask.castTo(DataType.FLOAT).reshape(batch, 1, steps);
        // Sequence lengths from the prefix mask, as the INT [batch] that reverse_sequence takes.
        INDArray lengths = mask3 == null ? Nd4j.valueArrayOf(new long[] {batch}, steps, DataType.INT)
                : mask3.sum(1, 2).castTo(DataType.INT);

        INDArray convOut = null;
        for (int i = 0; graph.getVertex("conv" + i) != null; i++) {
            if (mask3 != null) {
                x = x.mul(mask3);
            }
            x = conv(graph.getLayer("conv" + i), x);
            convOut = x;
        }
        INDArray recurrent = null;
        for (int i = 0; graph.getVertex("lstm" + i + "_fwd") != null; i++) {
            INDArray forward = lstm(graph.getLayer("lstm" + i + "_fwd"), x);
            INDArray reversedIn = reverse(x, lengths);
            INDArray backward = reverse(lstm(graph.getLayer("lstm" + i + "_bwd_reversed"), reversedIn), lengths);
            x = Nd4j.concat(1, forward, backward);
            recurrent = x;
        }
        INDArray headIn = recurrent != null && convOut != null ? Nd4j.concat(1, recurrent, convOut) : x;

        List<String> outputs = graph.getConfiguration().getNetworkOutputs();
        INDArray[] result = new INDArray[outputs.size()];
        for (int k = 0; k < result.length; k++) {
            result[k] = head(graph.getLayer(outputs.get(k)), headIn);
        }
        return result;
    }

    /** Each sequence reversed within its own length; padding stays at the end. */
    private static INDArray reverse(INDArray x, INDArray lengths) {
        return Nd4j.exec(new ReverseSequence(x, lengths, 2, 0))[0];
    }

    /** A Same-mode, stride-1 1-D convolution with ReLU, {@code [b, in, t] -> [b, out, t]}. */
    private static INDArray conv(Layer layer, INDArray x) {
        if (!(layer.conf().getLayer() instanceof Convolution1DLayer c)
                || c.getConvolutionMode() != ConvolutionMode.Same
                || !(c.getActivationFn() instanceof ActivationReLU)
                || c.getStride()[0] != 1 || c.getDilation()[0] != 1) {
            throw notBiRnn(layer, "a Same-mode, stride-1 ReLU convolution");
        }
        Map<String, INDArray> p = layer.paramTable();
        INDArray w = p.get("W");
        long out = w.size(0);
        int kernel = (int) w.size(2);
        // The parameter view is shaped [out, in, kernel, 1], but DL4J's 1-D convolution reads its buffer as
        // [kernel, in, out], the layout conv1d takes (weights format 0).
        INDArray weights = w.dup('c').reshape('c', kernel, w.size(1), out);
        DynamicCustomOp op = DynamicCustomOp.builder("conv1d")
                .addInputs(x, weights, p.get("b").reshape(out))
                // kernel, stride, padding, dilation, Same mode, NCW, weights [kernel, in, out]
                .addIntegerArguments(kernel, 1, 0, 1, 1, 0, 0)
                .build();
        return Transforms.relu(Nd4j.exec(op)[0], false);
    }

    /** A forward LSTM over the whole sequence, {@code [b, in, t] -> [b, units, t]}. */
    private static INDArray lstm(Layer layer, INDArray x) {
        if (!(layer.conf().getLayer() instanceof LSTM l)
                || !(l.getActivationFn() instanceof ActivationTanH)
                || !(l.getGateActivationFn() instanceof ActivationSigmoid)) {
            throw notBiRnn(layer, "an LSTM with tanh and sigmoid gates");
        }
        Map<String, INDArray> p = layer.paramTable();
        long units = p.get("RW").size(0);
        DynamicCustomOp op = DynamicCustomOp.builder("lstmLayer")
                .addInputs(x, gates(p.get("W"), units), gates(p.get("RW"), units),
                        gates(p.get("b").reshape(1, 4 * units), units).reshape(4 * units))
                // layout [b, in, t], forward, sigmoid gates, tanh cell input, tanh output
                .addIntegerArguments(2, 0, 2, 0, 0)
                .addFloatingPointArguments(0.0) // no cell clipping
                // bias, no lengths, no initial h, no initial c, no peepholes, full sequence, no last h, no last c
                .addBooleanArguments(true, false, false, false, false, true, false, false)
                .build();
        return Nd4j.exec(op)[0];
    }

    /**
     * DL4J keeps the four gate blocks of an LSTM's weights in the order (cell input, forget, output, input);
     * {@code lstmLayer} wants (input, forget, cell input, output).
     */
    private static INDArray gates(INDArray w, long units) {
        List<INDArray> blocks = new ArrayList<>(4);
        for (int block : new int[] {3, 1, 0, 2}) {
            blocks.add(w.get(NDArrayIndex.all(), NDArrayIndex.interval(block * units, (block + 1) * units)));
        }
        return Nd4j.concat(1, blocks.toArray(INDArray[]::new));
    }

    /** A per-step softmax layer, {@code [b, in, t] -> [b, states, t]}. */
    private static INDArray head(Layer layer, INDArray x) {
        if (!(layer.conf().getLayer() instanceof RnnOutputLayer o)
                || !(o.getActivationFn() instanceof ActivationSoftmax)) {
            throw notBiRnn(layer, "a softmax output layer");
        }
        Map<String, INDArray> p = layer.paramTable();
        INDArray w = p.get("W"); // [in, states]
        long batch = x.size(0);
        long steps = x.size(2);
        INDArray rows = x.permute(0, 2, 1).dup('c').reshape(batch * steps, x.size(1));
        INDArray logits = rows.mmul(w).addiRowVector(p.get("b").reshape(1, w.size(1)));
        INDArray probabilities = Transforms.softmax(logits, false);
        return probabilities.reshape(batch, steps, w.size(1)).permute(0, 2, 1);
    }

    private static IllegalArgumentException notBiRnn(Layer layer, String expected) {
        return new IllegalArgumentException("not a BiRnnSecondaryStructureNetwork: layer '"
                + layer.conf().getLayer().getLayerName() + "' is not " + expected);
    }
}
