package org.protpred.models.core.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * An in-memory {@link DataSetIterator} over examples, in minibatches, visiting the examples in an order that depends
 * only on (seed, epoch).
 *
 * <p>Epochs: a new iterator is at epoch 0. {@link #startEpoch(int)} jumps to any epoch (the {@link Trainer} uses it,
 * which is what makes resumed runs reproducible); {@link #reset()} moves on to the next epoch, so plain DL4J
 * {@code net.fit(iterator, n)} also sees a fresh order each epoch. The order of epoch {@code e} is a Fisher-Yates
 * shuffle with {@code new Random(Seeds.forEpoch(seed, e, Seeds.SHUFFLE))}. A {@linkplain #sequential sequential}
 * iterator (for validation and test sets) always keeps the given order.
 *
 * <p>Batches are built with {@link SequenceBatcher#merge}: variable-length sequences are padded to the longest in the
 * batch, with feature and label masks. The last batch of an epoch may be smaller.
 */
public final class ShuffledDataSetIterator implements DataSetIterator, EpochAware {

    private static final long serialVersionUID = 1L;

    private final List<DataSet> examples;
    private final INDArray flatFeatures;
    private final INDArray flatLabels;
    private final EpochOrder order;
    private DataSetPreProcessor preProcessor;
    private List<String> labelNames;

    /**
     * Shuffling iterator over examples (each a DataSet of one or more rows; typically one example each, e.g. from
     * {@link SequenceBatcher#example}).
     */
    public ShuffledDataSetIterator(List<DataSet> examples, int batchSize, long seed) {
        this(List.copyOf(examples), null, null, batchSize, seed, true);
    }

    private ShuffledDataSetIterator(List<DataSet> examples, INDArray flatFeatures, INDArray flatLabels, int batchSize,
                                    long seed, boolean shuffle) {
        int n = examples != null ? examples.size() : (int) flatFeatures.size(0);
        this.examples = examples;
        this.flatFeatures = flatFeatures;
        this.flatLabels = flatLabels;
        this.order = new EpochOrder(n, seed, shuffle, batchSize);
    }

    /** Shuffling iterator over the rows of one DataSet (its masks, if any, are kept per row). */
    public static ShuffledDataSetIterator of(DataSet all, int batchSize, long seed) {
        return fromDataSet(all, batchSize, seed, true);
    }

    /** Iterator over examples in the given order, every epoch (for validation and test sets). */
    public static ShuffledDataSetIterator sequential(List<DataSet> examples, int batchSize) {
        return new ShuffledDataSetIterator(List.copyOf(examples), null, null, batchSize, 0, false);
    }

    /** Iterator over the rows of one DataSet in their order, every epoch. */
    public static ShuffledDataSetIterator sequential(DataSet all, int batchSize) {
        return fromDataSet(all, batchSize, 0, false);
    }

    private static ShuffledDataSetIterator fromDataSet(DataSet all, int batchSize, long seed, boolean shuffle) {
        boolean flat = all.getFeatures().rank() == 2 && all.getLabels().rank() == 2
                && all.getFeaturesMaskArray() == null && all.getLabelsMaskArray() == null;
        if (flat) {
            // rows gathered with pullRows: no per-example arrays for large flat data sets like MNIST
            return new ShuffledDataSetIterator(null, all.getFeatures(), all.getLabels(), batchSize, seed, shuffle);
        }
        return new ShuffledDataSetIterator(splitRows(all), null, null, batchSize, seed, shuffle);
    }

    /** The rows of a DataSet as single-example DataSets (masks included). */
    public static List<DataSet> splitRows(DataSet all) {
        List<DataSet> rows = new ArrayList<>();
        for (long i = 0; i < all.getFeatures().size(0); i++) {
            rows.add(new DataSet(row(all.getFeatures(), i), row(all.getLabels(), i),
                    row(all.getFeaturesMaskArray(), i), row(all.getLabelsMaskArray(), i)));
        }
        return rows;
    }

    private static INDArray row(INDArray a, long i) {
        if (a == null) {
            return null;
        }
        INDArrayIndex[] idx = new INDArrayIndex[a.rank()];
        idx[0] = NDArrayIndex.interval(i, i + 1);
        for (int d = 1; d < idx.length; d++) {
            idx[d] = NDArrayIndex.all();
        }
        return a.get(idx).dup();
    }

    @Override
    public void startEpoch(int epoch) {
        order.start(epoch);
    }

    /** The epoch whose order is being served. */
    public int epoch() {
        return order.epoch();
    }

    /** Number of examples. */
    public int numExamples() {
        return order.size();
    }

    /** Number of minibatches per epoch. */
    @Override
    public int batchesPerEpoch() {
        return order.batchesPerEpoch();
    }

    /** The visiting order of the current epoch (a copy), for inspection and tests. */
    public int[] currentOrder() {
        return order.copy();
    }

    @Override
    public boolean hasNext() {
        return order.hasNext();
    }

    @Override
    public DataSet next() {
        return next(order.batchSize());
    }

    @Override
    public DataSet next(int num) {
        int[] picked = order.nextBatch(num);
        DataSet batch;
        if (examples == null) {
            batch = new DataSet(Nd4j.pullRows(flatFeatures, 1, picked), Nd4j.pullRows(flatLabels, 1, picked));
        } else {
            List<DataSet> parts = new ArrayList<>(picked.length);
            for (int i : picked) {
                parts.add(examples.get(i));
            }
            batch = SequenceBatcher.merge(parts);
            if (parts.size() == 1) {
                batch = batch.copy();
            }
        }
        if (preProcessor != null) {
            preProcessor.preProcess(batch);
        }
        return batch;
    }

    @Override
    public int inputColumns() {
        return (int) (examples == null ? flatFeatures.size(1) : examples.get(0).getFeatures().size(1));
    }

    @Override
    public int totalOutcomes() {
        return (int) (examples == null ? flatLabels.size(1) : examples.get(0).getLabels().size(1));
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    /** Order is fixed per epoch; prefetching in another thread would gain nothing for in-memory data. */
    @Override
    public boolean asyncSupported() {
        return false;
    }

    /** Moves on to the next epoch (a new order when shuffling) and rewinds. */
    @Override
    public void reset() {
        startEpoch(order.epoch() + 1);
    }

    @Override
    public int batch() {
        return order.batchSize();
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor preProcessor) {
        this.preProcessor = preProcessor;
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return preProcessor;
    }

    /** Optional class names (returned by {@link #getLabels()}). */
    public ShuffledDataSetIterator withLabelNames(List<String> names) {
        this.labelNames = names == null ? null : Collections.unmodifiableList(new ArrayList<>(names));
        return this;
    }

    @Override
    public List<String> getLabels() {
        return labelNames;
    }
}
