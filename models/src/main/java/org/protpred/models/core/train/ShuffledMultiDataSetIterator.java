package org.protpred.models.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.dataset.api.MultiDataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.MultiDataSetIterator;

/**
 * The {@link MultiDataSet} counterpart of {@link ShuffledDataSetIterator}, for
 * {@link org.deeplearning4j.nn.graph.ComputationGraph}s with several inputs or outputs (e.g. 3-state and 8-state
 * secondary-structure heads): examples in memory, visited per epoch in an order that depends only on (seed, epoch),
 * merged into padded, masked minibatches by {@link SequenceBatcher#mergeMulti}. {@link #reset()} moves on to the next
 * epoch; the {@link Trainer} uses {@link #startEpoch(int)}.
 */
public final class ShuffledMultiDataSetIterator implements MultiDataSetIterator, EpochAware {

    private static final long serialVersionUID = 1L;

    private final List<MultiDataSet> examples;
    private final int batchSize;
    private final EpochOrder order;
    private int cursor;
    private MultiDataSetPreProcessor preProcessor;

    /** Shuffling iterator (typically one example each, from {@link SequenceBatcher#multiExample}). */
    public ShuffledMultiDataSetIterator(List<? extends MultiDataSet> examples, int batchSize, long seed) {
        this(examples, batchSize, seed, true);
    }

    private ShuffledMultiDataSetIterator(List<? extends MultiDataSet> examples, int batchSize, long seed, boolean shuffle) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        this.examples = List.copyOf(examples);
        this.batchSize = batchSize;
        this.order = new EpochOrder(this.examples.size(), seed, shuffle);
    }

    /** Iterator in the given order, every epoch (validation and test sets). */
    public static ShuffledMultiDataSetIterator sequential(List<? extends MultiDataSet> examples, int batchSize) {
        return new ShuffledMultiDataSetIterator(examples, batchSize, 0, false);
    }

    @Override
    public void startEpoch(int epoch) {
        order.start(epoch);
        cursor = 0;
    }

    public int epoch() {
        return order.epoch();
    }

    public int numExamples() {
        return order.size();
    }

    public int batchesPerEpoch() {
        return (order.size() + batchSize - 1) / batchSize;
    }

    @Override
    public boolean hasNext() {
        return cursor < order.size();
    }

    @Override
    public MultiDataSet next() {
        return next(batchSize);
    }

    @Override
    public MultiDataSet next(int num) {
        if (!hasNext()) {
            throw new NoSuchElementException("epoch " + order.epoch() + " has no more batches");
        }
        int end = Math.min(order.size(), cursor + num);
        List<MultiDataSet> parts = new ArrayList<>();
        for (int i : order.range(cursor, end)) {
            parts.add(examples.get(i));
        }
        cursor = end;
        MultiDataSet batch = SequenceBatcher.mergeMulti(parts);
        if (preProcessor != null) {
            preProcessor.preProcess(batch);
        }
        return batch;
    }

    @Override
    public void setPreProcessor(MultiDataSetPreProcessor preProcessor) {
        this.preProcessor = preProcessor;
    }

    @Override
    public MultiDataSetPreProcessor getPreProcessor() {
        return preProcessor;
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        return false;
    }

    /** Moves on to the next epoch (a new order when shuffling) and rewinds. */
    @Override
    public void reset() {
        startEpoch(order.epoch() + 1);
    }
}
