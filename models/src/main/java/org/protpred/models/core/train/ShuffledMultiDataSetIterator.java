package org.protpred.models.core.train;

import java.util.ArrayList;
import java.util.List;
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
    private final EpochOrder order;
    private MultiDataSetPreProcessor preProcessor;

    /** Shuffling iterator (typically one example each, from {@link SequenceBatcher#multiExample}). */
    public ShuffledMultiDataSetIterator(List<? extends MultiDataSet> examples, int batchSize, long seed) {
        this(examples, batchSize, seed, true);
    }

    private ShuffledMultiDataSetIterator(List<? extends MultiDataSet> examples, int batchSize, long seed, boolean shuffle) {
        this.examples = List.copyOf(examples);
        this.order = new EpochOrder(this.examples.size(), seed, shuffle, batchSize);
    }

    /** Iterator in the given order, every epoch (validation and test sets). */
    public static ShuffledMultiDataSetIterator sequential(List<? extends MultiDataSet> examples, int batchSize) {
        return new ShuffledMultiDataSetIterator(examples, batchSize, 0, false);
    }

    @Override
    public void startEpoch(int epoch) {
        order.start(epoch);
    }

    public int epoch() {
        return order.epoch();
    }

    public int numExamples() {
        return order.size();
    }

    @Override
    public int batchesPerEpoch() {
        return order.batchesPerEpoch();
    }

    @Override
    public boolean hasNext() {
        return order.hasNext();
    }

    @Override
    public MultiDataSet next() {
        return next(order.batchSize());
    }

    @Override
    public MultiDataSet next(int num) {
        List<MultiDataSet> parts = new ArrayList<>();
        for (int i : order.nextBatch(num)) {
            parts.add(examples.get(i));
        }
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
