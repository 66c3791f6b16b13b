package org.protpred.models.core.train;

import java.util.List;
import java.util.NoSuchElementException;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * What every protpred batch iterator with a fixed batch plan per epoch shares: the DL4J {@link DataSetIterator}
 * plumbing (fixed batch size, no asynchronous prefetch, a pre-processor applied to each batch) and the epoch
 * bookkeeping of {@link EpochAware} ({@code reset()} moves a shuffling iterator on to the next epoch and rewinds a
 * fixed one). A subclass arranges an epoch's batches ({@link #arrange}) and builds the next one ({@link #nextBatch});
 * its constructor calls {@code startEpoch(0)} once its own fields are set.
 */
public abstract class EpochBatchIterator implements DataSetIterator, EpochAware {

    private static final long serialVersionUID = 1L;

    private final int batchSize;
    private final boolean shuffle;
    private int epoch;
    private DataSetPreProcessor preProcessor;

    protected EpochBatchIterator(int batchSize, boolean shuffle) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.batchSize = batchSize;
        this.shuffle = shuffle;
    }

    /** Lays out the batches of {@code epoch} (its order may depend only on the seed and the epoch). */
    protected abstract void arrange(int epoch);

    /** The next batch of the epoch (called only while {@link #hasNext()}). */
    protected abstract DataSet nextBatch();

    @Override
    public final void startEpoch(int e) {
        epoch = e;
        arrange(e);
    }

    /** The epoch being served. */
    protected final int epoch() {
        return epoch;
    }

    /** Whether batches are drawn anew each epoch. */
    protected final boolean shuffles() {
        return shuffle;
    }

    @Override
    public final DataSet next() {
        if (!hasNext()) {
            throw new NoSuchElementException("epoch " + epoch + " has no more batches");
        }
        DataSet batch = nextBatch();
        if (preProcessor != null) {
            preProcessor.preProcess(batch);
        }
        return batch;
    }

    @Override
    public DataSet next(int num) {
        throw new UnsupportedOperationException("batch size is fixed");
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        return false;
    }

    /** Moves on to the next epoch when shuffling, else rewinds (the Trainer calls {@link #startEpoch} instead). */
    @Override
    public void reset() {
        startEpoch(shuffle ? epoch + 1 : 0);
    }

    @Override
    public int batch() {
        return batchSize;
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor p) {
        this.preProcessor = p;
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return preProcessor;
    }

    @Override
    public List<String> getLabels() {
        return null;
    }
}
