package org.protpred.pipeline.ss;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.protpred.models.core.train.EpochBatchIterator;
import org.protpred.models.core.train.Seeds;
import org.protpred.models.core.train.SequenceBatcher;

/**
 * Minibatches of per-residue secondary-structure examples, bucketed by length so that little of a batch is padding.
 *
 * <p><b>Training mode</b> ({@link #training}): in epoch {@code e} every chain longer than {@code cropLength} is cut
 * to one window of {@code cropLength} residues at a random start (a new window each epoch), chains are sorted by
 * (cropped) length and cut into batches, and the batches come in random order. Everything random depends only on
 * {@code (seed, e)}, so a resumed run sees exactly the batches of an uninterrupted one. Cropping keeps batches short
 * and equally long, which matters for a recurrent network on a CPU: the per-step cost grows with the longest chain
 * of a batch, and a 1,600-residue chain would otherwise make its whole batch 1,600 steps long. Position features
 * were computed on the whole chain, so a window carries its true positions.
 *
 * <p><b>Evaluation mode</b> ({@link #evaluation}): whole chains, sorted by length, the same order every epoch.
 *
 * <p>Batches are padded and masked by the shared {@link SequenceBatcher}; residues with class {@code -1}
 * (unresolved, or not to be scored) get label mask 0. Labels are one-hot over the model's {@link SsAlphabet} (3
 * states by default, or 8); the examples' classes must use the same alphabet.
 */
public final class SsBatchIterator extends EpochBatchIterator {

    private static final long serialVersionUID = 1L;

    /** One chain: its features (L x F) and classes (L; -1 = not scored). */
    public record Example(float[][] features, int[] classes) {
        public int length() {
            return classes.length;
        }
    }

    private record Window(int example, int start, int length) {
    }

    private final List<Example> examples;
    private final int cropLength;
    private final long seed;
    private final int featureCount;
    private final SsAlphabet alphabet;
    private List<List<Window>> batches = List.of();
    private int cursor;

    private SsBatchIterator(List<Example> examples, int batchSize, int cropLength, long seed, boolean shuffle,
                            SsAlphabet alphabet) {
        super(batchSize, shuffle);
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples");
        }
        this.examples = List.copyOf(examples);
        this.cropLength = cropLength;
        this.seed = seed;
        this.featureCount = examples.get(0).features()[0].length;
        this.alphabet = alphabet;
        startEpoch(0);
    }

    /** Shuffled, cropped 3-state batches for training ({@code cropLength <= 0}: whole chains). */
    public static SsBatchIterator training(List<Example> examples, int batchSize, int cropLength, long seed) {
        return training(examples, batchSize, cropLength, seed, SsAlphabet.THREE);
    }

    /** Like {@link #training(List, int, int, long)} for a model with the given states. */
    public static SsBatchIterator training(List<Example> examples, int batchSize, int cropLength, long seed,
                                           SsAlphabet alphabet) {
        return new SsBatchIterator(examples, batchSize, cropLength, seed, true, alphabet);
    }

    /** Whole chains sorted by length, 3 states, for validation and evaluation. */
    public static SsBatchIterator evaluation(List<Example> examples, int batchSize) {
        return evaluation(examples, batchSize, SsAlphabet.THREE);
    }

    /** Like {@link #evaluation(List, int)} for a model with the given states. */
    public static SsBatchIterator evaluation(List<Example> examples, int batchSize, SsAlphabet alphabet) {
        return new SsBatchIterator(examples, batchSize, 0, 0, false, alphabet);
    }

    /** Number of batches in each epoch. */
    @Override
    public int batchesPerEpoch() {
        return batches.size();
    }

    /** Residues per epoch (after cropping). */
    public long residuesPerEpoch() {
        long n = 0;
        for (List<Window> b : batches) {
            for (Window w : b) {
                n += w.length();
            }
        }
        return n;
    }

    @Override
    protected void arrange(int e) {
        Random random = new Random(Seeds.forEpoch(seed, e, Seeds.SHUFFLE));
        List<Window> windows = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            int l = examples.get(i).length();
            if (shuffles() && cropLength > 0 && l > cropLength) {
                windows.add(new Window(i, random.nextInt(l - cropLength + 1), cropLength));
            } else {
                windows.add(new Window(i, 0, l));
            }
        }
        if (shuffles()) {
            Collections.shuffle(windows, random);
        }
        windows.sort(Comparator.comparingInt(Window::length));   // stable: ties keep the shuffled order
        List<List<Window>> out = new ArrayList<>();
        for (int i = 0; i < windows.size(); i += batch()) {
            out.add(windows.subList(i, Math.min(windows.size(), i + batch())));
        }
        if (shuffles()) {
            Collections.shuffle(out, random);
        }
        batches = out;
        cursor = 0;
    }

    @Override
    public boolean hasNext() {
        return cursor < batches.size();
    }

    @Override
    protected DataSet nextBatch() {
        List<DataSet> parts = new ArrayList<>();
        for (Window w : batches.get(cursor++)) {
            parts.add(example(examples.get(w.example()), w.start(), w.length(), alphabet.size()));
        }
        return SequenceBatcher.merge(parts);
    }

    /** One window of a chain as a single-example DataSet ({@code [1, F, length]}). */
    static DataSet example(Example ex, int start, int length, int states) {
        return SequenceBatcher.example(features(ex.features(), start, length),
                java.util.Arrays.copyOfRange(ex.classes(), start, start + length), states);
    }

    /** Rows {@code start .. start+length} of an L x F matrix as a {@code [F, length]} array. */
    public static INDArray features(float[][] rows, int start, int length) {
        int f = rows.length == 0 ? 0 : rows[0].length;
        float[] data = new float[f * length];
        for (int t = 0; t < length; t++) {
            float[] row = rows[start + t];
            for (int k = 0; k < f; k++) {
                data[k * length + t] = row[k];
            }
        }
        return Nd4j.create(data, new long[] {f, length}, 'c').castTo(DataType.FLOAT);
    }

    @Override
    public int inputColumns() {
        return featureCount;
    }

    @Override
    public int totalOutcomes() {
        return alphabet.size();
    }

    @Override
    public List<String> getLabels() {
        return alphabet.names();
    }
}
