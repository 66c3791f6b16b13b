package org.protpred.models.ss;

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
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The forward pass of a trained {@link BiRnnSecondaryStructureNetwork} computed with ND4J's native operations in a
 * time-major layout: a batch is held as rows {@code [T x batch, channels]} (step 0 of every sequence, then step 1,
 * ...), so that every layer is a matrix product on contiguous rows. A convolution is {@code kernel} matrix products
 * accumulated into one output, the k-th reading the input rows shifted by k steps (a row-offset view of one buffer
 * with zero steps before and after, no copy); each LSTM direction is one {@code lstmLayer} op in its time-major
 * format, which runs the whole time loop in C++; the output layer is one product per input part (no concatenation).
 * DL4J's own {@code LSTM} layer issues a dozen Java-side operations per time step, which made prediction about 10
 * times slower than the arithmetic needs; the results are the same (tested against {@link ComputationGraph#output} to
 * 1e-5).
 *
 * <p>Masks must be prefixes: each sequence's real steps first, then padding, as {@code SequenceBatcher} builds
 * them. Then no mask is needed inside the LSTMs: a forward LSTM never sees later steps, and the backward direction
 * reverses each sequence within its own length (one row {@code gather}) so its padding stays at the end too.
 * Convolution inputs are multiplied by the mask, as the network's {@code MaskLayer}s do. Values at padded steps of
 * the output are undefined.
 *
 * <p>Stateless and safe to call from several threads; the parameters are read from the graph at every call, so a
 * network that is still training is always seen as it is now.
 */
public final class BiRnnInference {

    /** lstmLayer's time-major data format, {@code [T, batch, channels]}. */
    private static final int TIME_MAJOR = 0;

    /**
     * The per-thread workspace that holds a call's intermediate arrays. Without it every array is native memory
     * released only when the garbage collector finds its Java object, which a large, quiet heap may not do for
     * gigabytes: predicting the secondary structure of 11,805 SCOP domains for a feature cache grew the process past
     * 10 GB. In the workspace a call reuses the memory of the one before (grown to the largest batch seen) and
     * frees what spilled over when it ends; only the outputs are copied out.
     */
    private static final WorkspaceConfiguration WORKSPACE = WorkspaceConfiguration.builder()
            .initialSize(0)
            .overallocationLimit(0.2)
            .policyAllocation(AllocationPolicy.OVERALLOCATE)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .policyReset(ResetPolicy.BLOCK_LEFT)
            .policySpill(SpillPolicy.REALLOCATE)
            .build();

    private static final String WORKSPACE_ID = "protpred-birnn-inference";

    private BiRnnInference() {
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
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(WORKSPACE, WORKSPACE_ID)) {
            INDArray[] outputs = compute(graph, features, mask);
            for (int k = 0; k < outputs.length; k++) {
                outputs[k] = outputs[k].detach();
            }
            return outputs;
        }
    }

    private static INDArray[] compute(ComputationGraph graph, INDArray features, INDArray mask) {
        long batch = features.size(0);
        long steps = features.size(2);
        // The mask as one column over the time-major rows.
        INDArray maskColumn = mask == null ? null
                : mask.castTo(DataType.FLOAT).transpose().dup('c').reshape(steps * batch, 1);

        List<Layer> convs = new ArrayList<>();
        for (int i = 0; graph.getVertex("conv" + i) != null; i++) {
            convs.add(graph.getLayer("conv" + i));
        }
        // The input, time-major, inside the steps of zeros the first kernel reaches past either end.
        Steps x = Steps.zeros(features.size(1), steps, batch, convs.isEmpty() ? 1 : kernel(convs.get(0)));
        x.rows().assign(features.castTo(DataType.FLOAT).permute(2, 0, 1).dup('c').reshape(steps * batch,
                features.size(1)));
        Steps convOut = null;
        for (int i = 0; i < convs.size(); i++) {
            if (maskColumn != null) {
                x.rows().muliColumnVector(maskColumn);
            }
            x = conv(convs.get(i), x, i + 1 < convs.size() ? kernel(convs.get(i + 1)) : 1);
            convOut = x;
        }
        List<INDArray> headIn = new ArrayList<>();
        INDArray in = x.rows();
        INDArray reversal = graph.getVertex("lstm0_fwd") == null ? null : reversal(mask, (int) batch, (int) steps);
        for (int i = 0; graph.getVertex("lstm" + i + "_fwd") != null; i++) {
            if (i > 0) {
                in = Nd4j.concat(1, headIn.get(0), headIn.get(1));
                headIn.clear();
            }
            headIn.add(lstm(graph.getLayer("lstm" + i + "_fwd"), in, steps, batch));
            INDArray reversedIn = gather(in, reversal);
            INDArray backward = lstm(graph.getLayer("lstm" + i + "_bwd_reversed"), reversedIn, steps, batch);
            headIn.add(gather(backward, reversal));
        }
        if (convOut != null) {
            headIn.add(convOut.rows());
        }
        if (headIn.isEmpty()) {
            headIn.add(x.rows());
        }

        List<String> outputs = graph.getConfiguration().getNetworkOutputs();
        INDArray[] result = new INDArray[outputs.size()];
        for (int k = 0; k < result.length; k++) {
            result[k] = head(graph.getLayer(outputs.get(k)), headIn, batch, steps);
        }
        return result;
    }

    /**
     * The row indices that reverse each sequence of time-major rows within its own length (padding stays where it
     * is): row {@code t x batch + b} takes row {@code (length_b - 1 - t) x batch + b}. Its own inverse.
     */
    private static INDArray reversal(INDArray mask, int batch, int steps) {
        float[] lengths = mask == null ? null : mask.castTo(DataType.FLOAT).sum(1).data().asFloat();
        int[] rows = new int[steps * batch];
        for (int b = 0; b < batch; b++) {
            int length = lengths == null ? steps : Math.round(lengths[b]);
            for (int t = 0; t < steps; t++) {
                rows[t * batch + b] = (t < length ? length - 1 - t : t) * batch + b;
            }
        }
        return Nd4j.createFromArray(rows);
    }

    /** The given rows of a matrix, in that order ({@code gather}). */
    private static INDArray gather(INDArray rows, INDArray indices) {
        DynamicCustomOp op = DynamicCustomOp.builder("gather")
                .addInputs(rows, indices)
                .addIntegerArguments(0)
                .build();
        return Nd4j.exec(op)[0];
    }

    /**
     * Time-major activations, rows {@code [T x batch, channels]} (step 0 of every sequence, then step 1, ...), held
     * inside {@code before} steps of zeros and {@code after} more, so that a kernel can read past either end.
     */
    private record Steps(INDArray all, long before, long steps, long batch) {

        static Steps zeros(long channels, long steps, long batch, int kernel) {
            long before = (kernel - 1) / 2;
            return new Steps(Nd4j.zeros(DataType.FLOAT, (steps + kernel - 1) * batch, channels), before, steps, batch);
        }

        /** The real steps as rows {@code [T x batch, channels]} (a view). */
        INDArray rows() {
            return shifted(0);
        }

        /** The rows {@code shift} steps later (earlier if negative), reaching into the zeros (a view). */
        INDArray shifted(long shift) {
            long from = (before + shift) * batch;
            return all.get(NDArrayIndex.interval(from, from + steps * batch), NDArrayIndex.all());
        }

    }

    private static Convolution1DLayer convConf(Layer layer) {
        if (!(layer.conf().getLayer() instanceof Convolution1DLayer c)
                || c.getConvolutionMode() != ConvolutionMode.Same
                || !(c.getActivationFn() instanceof ActivationReLU)
                || c.getStride()[0] != 1 || c.getDilation()[0] != 1
                || c.getKernelSize()[0] % 2 == 0) {
            throw notBiRnn(layer, "a Same-mode, stride-1 ReLU convolution with an odd kernel");
        }
        return c;
    }

    private static int kernel(Layer layer) {
        return convConf(layer).getKernelSize()[0];
    }

    /**
     * A Same-mode, stride-1 1-D convolution with ReLU, written inside zero steps for a following kernel of
     * {@code nextKernel}: output step t is the sum over k of input step {@code t + k - (kernel - 1) / 2} times the
     * k-th {@code [in, out]} weight slice, one matrix product per k accumulated into the output rows.
     */
    private static Steps conv(Layer layer, Steps x, int nextKernel) {
        convConf(layer);
        Map<String, INDArray> p = layer.paramTable();
        INDArray w = p.get("W");
        long out = w.size(0);
        long in = w.size(1);
        int kernel = (int) w.size(2);
        long half = (kernel - 1) / 2;
        // The parameter view is shaped [out, in, kernel, 1], but DL4J's 1-D convolution reads its buffer as
        // [kernel, in, out].
        INDArray weights = w.dup('c').reshape('c', kernel, in, out);
        Steps y = Steps.zeros(out, x.steps(), x.batch(), nextKernel);
        INDArray yRows = y.rows();
        for (int k = 0; k < kernel; k++) {
            Nd4j.gemm(x.shifted(k - half), weights.slice(k), yRows, false, false, 1.0, k == 0 ? 0.0 : 1.0);
        }
        yRows.addiRowVector(p.get("b").reshape(1, out));
        Transforms.relu(yRows, false);
        return y;
    }

    /**
     * A forward LSTM over the whole sequence, time-major rows {@code [T x b, in] -> [T x b, units]}: one
     * {@code lstmLayer} op in its time-major format.
     */
    private static INDArray lstm(Layer layer, INDArray rows, long steps, long batch) {
        if (!(layer.conf().getLayer() instanceof LSTM l)
                || !(l.getActivationFn() instanceof ActivationTanH)
                || !(l.getGateActivationFn() instanceof ActivationSigmoid)) {
            throw notBiRnn(layer, "an LSTM with tanh and sigmoid gates");
        }
        Map<String, INDArray> p = layer.paramTable();
        long units = p.get("RW").size(0);
        DynamicCustomOp op = DynamicCustomOp.builder("lstmLayer")
                .addInputs(rows.reshape('c', steps, batch, rows.size(1)), gates(p.get("W"), units), gates(p.get("RW"), units),
                        gates(p.get("b").reshape(1, 4 * units), units).reshape(4 * units))
                // layout [t, b, in], forward, sigmoid gates, tanh cell input, tanh output
                .addIntegerArguments(TIME_MAJOR, 0, 2, 0, 0)
                .addFloatingPointArguments(0.0) // no cell clipping
                // bias, no lengths, no initial h, no initial c, no peepholes, full sequence, no last h, no last c
                .addBooleanArguments(true, false, false, false, false, true, false, false)
                .build();
        return Nd4j.exec(op)[0].reshape('c', steps * batch, units);
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

    /**
     * A per-step softmax layer over the concatenation of {@code parts} (time-major rows {@code [T x b, c_i]} each), as
     * {@code [b, states, T]}: one product per part with its rows of the weights, accumulated.
     */
    private static INDArray head(Layer layer, List<INDArray> parts, long batch, long steps) {
        if (!(layer.conf().getLayer() instanceof RnnOutputLayer o)
                || !(o.getActivationFn() instanceof ActivationSoftmax)) {
            throw notBiRnn(layer, "a softmax output layer");
        }
        Map<String, INDArray> p = layer.paramTable();
        INDArray w = p.get("W"); // [in, states]
        long states = w.size(1);
        INDArray logits = Nd4j.create(DataType.FLOAT, steps * batch, states);
        long from = 0;
        for (INDArray part : parts) {
            long width = part.size(1);
            INDArray slice = w.get(NDArrayIndex.interval(from, from + width), NDArrayIndex.all()).dup('c');
            Nd4j.gemm(part, slice, logits, false, false, 1.0, from == 0 ? 0.0 : 1.0);
            from += width;
        }
        logits.addiRowVector(p.get("b").reshape(1, states));
        INDArray probabilities = Transforms.softmax(logits, false);
        return probabilities.reshape('c', steps, batch, states).permute(1, 2, 0);
    }

    private static IllegalArgumentException notBiRnn(Layer layer, String expected) {
        return new IllegalArgumentException("not a BiRnnSecondaryStructureNetwork: layer '"
                + layer.conf().getLayer().getLayerName() + "' is not " + expected);
    }
}
