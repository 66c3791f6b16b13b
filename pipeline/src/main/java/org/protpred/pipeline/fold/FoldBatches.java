package org.protpred.pipeline.fold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.protpred.models.core.train.EpochBatchIterator;
import org.protpred.models.core.train.Seeds;
import org.protpred.models.fold.LengthBins;

/**
 * Minibatches of whole domains for the fold network, the DeepSF way: domains are grouped by {@link LengthBins}, each
 * batch holds domains of one bin only (at most {@code batchSize}), padded at the end to the bin's padded length, with
 * a feature mask (1 at real residues) and one-hot fold labels {@code [batch, folds]}.
 *
 * <p><b>Training</b> ({@link #training}): in epoch {@code e} the domains of every bin are shuffled, cut into batches,
 * and the batches come in a shuffled order; everything random depends only on {@code (seed, e)}
 * ({@link EpochAware}), so a resumed run sees the batches of an uninterrupted one. <b>Evaluation</b>
 * ({@link #evaluation}): bins in increasing length, domains in input order, the same every epoch.
 */
public final class FoldBatches extends EpochBatchIterator {

    private static final long serialVersionUID = 1L;

    /** One domain: its residue features (L x F) and its fold's class index. */
    public record Example(float[][] features, int fold) {
        public int length() {
            return features.length;
        }
    }

    private final List<Example> examples;
    private final LengthBins bins;
    private final int folds;
    private final long seed;
    private final int width;
    private List<int[]> batches = List.of();
    private int cursor;
    private long served;

    /**
     * Batches between two explicit garbage collections: ND4J frees an array's native memory only when its Java object
     * is collected, and with a heap full of long-lived features collections come too seldom, so a full training run
     * grew by over 10 GB of native memory (killed by the kernel) before this.
     */
    static final int GC_EVERY = 16;

    private FoldBatches(List<Example> examples, LengthBins bins, int batchSize, int folds, long seed,
                        boolean shuffle) {
        super(batchSize, shuffle);
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples");
        }
        this.examples = List.copyOf(examples);
        this.bins = bins;
        this.folds = folds;
        this.seed = seed;
        this.width = examples.get(0).features()[0].length;
        startEpoch(0);
    }

    /** Shuffled batches for training. */
    public static FoldBatches training(List<Example> examples, LengthBins bins, int batchSize, int folds, long seed) {
        return new FoldBatches(examples, bins, batchSize, folds, seed, true);
    }

    /** Fixed batches for validation. */
    public static FoldBatches evaluation(List<Example> examples, LengthBins bins, int batchSize, int folds) {
        return new FoldBatches(examples, bins, batchSize, folds, 0, false);
    }

    @Override
    protected void arrange(int e) {
        Random random = new Random(Seeds.forEpoch(seed, e, Seeds.SHUFFLE));
        TreeMap<Integer, List<Integer>> byBin = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            byBin.computeIfAbsent(bins.binIndex(examples.get(i).length()), k -> new ArrayList<>()).add(i);
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> members : byBin.values()) {
            if (shuffles()) {
                Collections.shuffle(members, random);
            }
            for (int from = 0; from < members.size(); from += batch()) {
                List<Integer> part = members.subList(from, Math.min(members.size(), from + batch()));
                out.add(part.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        if (shuffles()) {
            Collections.shuffle(out, random);
        }
        batches = out;
        cursor = 0;
    }

    @Override
    public int batchesPerEpoch() {
        return batches.size();
    }

    /** Residues the network computes per epoch (padded) and real residues, as {@code {padded, real}}. */
    public long[] residues() {
        long padded = 0;
        long real = 0;
        for (int[] b : batches) {
            padded += (long) b.length * bins.paddedLength(examples.get(b[0]).length());
            for (int i : b) {
                real += examples.get(i).length();
            }
        }
        return new long[] {padded, real};
    }

    @Override
    public boolean hasNext() {
        return cursor < batches.size();
    }

    @Override
    protected DataSet nextBatch() {
        if (++served % GC_EVERY == 0) {
            System.gc();
        }
        int[] batch = batches.get(cursor++);
        List<float[][]> features = new ArrayList<>(batch.length);
        int[] classes = new int[batch.length];
        for (int k = 0; k < batch.length; k++) {
            features.add(examples.get(batch[k]).features());
            classes[k] = examples.get(batch[k]).fold();
        }
        DataSet ds = encode(features, bins.paddedLength(examples.get(batch[0]).length()), classes, folds);
        return ds;
    }

    /**
     * Feature matrices (each L x F, L at most {@code steps}) as a batch {@code [b, F, steps]} padded with zeros at
     * the end, its mask {@code [b, steps]}, and one-hot labels of {@code classes} (null: no labels).
     */
    public static DataSet encode(List<float[][]> matrices, int steps, int[] classes, int folds) {
        int rows = matrices.size();
        int f = matrices.get(0).length == 0 ? 0 : matrices.get(0)[0].length;
        float[] data = new float[rows * f * steps];
        float[] mask = new float[rows * steps];
        for (int b = 0; b < rows; b++) {
            float[][] m = matrices.get(b);
            for (int t = 0; t < m.length; t++) {
                for (int c = 0; c < f; c++) {
                    data[(b * f + c) * steps + t] = m[t][c];
                }
                mask[b * steps + t] = 1;
            }
        }
        INDArray x = Nd4j.create(data, new long[] {rows, f, steps}, 'c');
        INDArray m = Nd4j.create(mask, new long[] {rows, steps}, 'c');
        INDArray y = null;
        if (classes != null) {
            float[] labels = new float[rows * folds];
            for (int b = 0; b < rows; b++) {
                labels[b * folds + classes[b]] = 1;
            }
            y = Nd4j.create(labels, new long[] {rows, folds}, 'c');
        }
        return new DataSet(x, y, m, null);
    }

    @Override
    public int inputColumns() {
        return width;
    }

    @Override
    public int totalOutcomes() {
        return folds;
    }
}
