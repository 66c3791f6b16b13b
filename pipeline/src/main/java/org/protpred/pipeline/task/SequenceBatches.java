package org.protpred.pipeline.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The encoder of per-residue inputs for prediction: groups chains of similar length into batches and lays their
 * feature matrices out as DL4J's recurrent input {@code [batch, features, T]} with a feature mask {@code [batch, T]}
 * (1 at real residues, 0 at the padding after a shorter chain). Prediction needs no labels, so none are built.
 *
 * <p>Batches hold at most {@link #MAX_BATCH} chains and {@link #MAX_BATCH_RESIDUES} padded residues (chains times
 * longest chain), so memory stays bounded whatever the input, and sorting by length keeps padding small.
 */
public final class SequenceBatches {

    /** Most chains per prediction batch. */
    public static final int MAX_BATCH = 64;
    /** Most padded residues (chains x longest chain) per prediction batch. */
    public static final int MAX_BATCH_RESIDUES = 32_768;

    /**
     * One batch: features {@code [batch, F, T]}, mask {@code [batch, T]} (FLOAT), and each row's real length.
     */
    public record Batch(INDArray features, INDArray mask, int[] lengths) {

        /** Steps {@code T} of the padded batch. */
        public int steps() {
            return (int) features.size(2);
        }
    }

    private SequenceBatches() {
    }

    /**
     * The indices of {@code lengths}, ordered by length (stable), cut into batches of at most {@link #MAX_BATCH}
     * chains and {@link #MAX_BATCH_RESIDUES} padded residues (a longer chain gets a batch of its own).
     */
    public static List<int[]> plan(int[] lengths) {
        return plan(lengths, MAX_BATCH, MAX_BATCH_RESIDUES);
    }

    /** {@link #plan(int[])} with other limits: at most {@code maxBatch} chains and {@code maxResidues} padded residues. */
    public static List<int[]> plan(int[] lengths, int maxBatch, int maxResidues) {
        Integer[] order = new Integer[lengths.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> lengths[i]));
        List<int[]> batches = new ArrayList<>();
        int i = 0;
        while (i < order.length) {
            int j = i + 1;
            while (j < order.length && j - i < maxBatch
                    && (long) (j - i + 1) * lengths[order[j]] <= maxResidues) {
                j++;
            }
            int[] batch = new int[j - i];
            for (int k = i; k < j; k++) {
                batch[k - i] = order[k];
            }
            batches.add(batch);
            i = j;
        }
        return batches;
    }

    /** The batch of the given feature matrices (each L x F), zero-padded at the end to the longest. */
    public static Batch encode(List<float[][]> matrices) {
        int rows = matrices.size();
        int steps = 0;
        int width = -1;
        int[] lengths = new int[rows];
        for (int b = 0; b < rows; b++) {
            float[][] m = matrices.get(b);
            lengths[b] = m.length;
            steps = Math.max(steps, m.length);
            if (m.length > 0) {
                if (width >= 0 && m[0].length != width) {
                    throw new IllegalArgumentException("feature matrices of widths " + width + " and " + m[0].length);
                }
                width = m[0].length;
            }
        }
        width = Math.max(width, 0);
        float[] data = new float[rows * width * steps];
        float[] mask = new float[rows * steps];
        for (int b = 0; b < rows; b++) {
            float[][] m = matrices.get(b);
            for (int t = 0; t < m.length; t++) {
                float[] row = m[t];
                for (int f = 0; f < width; f++) {
                    data[(b * width + f) * steps + t] = row[f];
                }
                mask[b * steps + t] = 1;
            }
        }
        return new Batch(Nd4j.create(data, new long[] {rows, width, steps}, 'c'),
                Nd4j.create(mask, new long[] {rows, steps}, 'c'), lengths);
    }

    /**
     * The per-step outputs of a model for every feature matrix (L x F each), in their order: the matrices are
     * batched by length ({@link #plan}), encoded ({@link #encode}), run through every network of the model by
     * {@code forward} (network and batch to {@code [batch, C, T]}), combined as the model's ensemble combines
     * ({@link TrainedModel#output}) and cut back to each chain's length ({@link #perStep}).
     */
    public static List<float[][]> predictPerStep(TrainedModel model, List<float[][]> features,
                                                 BiFunction<Model, Batch, INDArray> forward) {
        int[] lengths = new int[features.size()];
        for (int n = 0; n < lengths.length; n++) {
            lengths[n] = features.get(n).length;
        }
        float[][][] out = new float[features.size()][][];
        for (int[] rows : plan(lengths)) {
            List<float[][]> part = new ArrayList<>(rows.length);
            for (int n : rows) {
                part.add(features.get(n));
            }
            Batch batch = encode(part);
            List<float[][]> p = perStep(model.output(net -> forward.apply(net, batch)), batch.lengths());
            for (int k = 0; k < rows.length; k++) {
                out[rows[k]] = p.get(k);
            }
        }
        return Arrays.asList(out);
    }

    /**
     * Per-step outputs {@code [batch, C, T]} as one L x C matrix per row (its real length only), as floats.
     */
    public static List<float[][]> perStep(INDArray output, int[] lengths) {
        int classes = (int) output.size(1);
        int steps = (int) output.size(2);
        float[] flat = output.castTo(DataType.FLOAT).dup('c').data().asFloat();
        List<float[][]> out = new ArrayList<>(lengths.length);
        for (int k = 0; k < lengths.length; k++) {
            float[][] p = new float[lengths[k]][classes];
            for (int t = 0; t < lengths[k]; t++) {
                for (int c = 0; c < classes; c++) {
                    p[t][c] = flat[(k * classes + c) * steps + t];
                }
            }
            out.add(p);
        }
        return out;
    }
}
