package org.protpred.models.core.train;

/**
 * An iterator whose order depends only on its seed and the epoch. The {@link Trainer} calls
 * {@link #startEpoch(int)} before each epoch (instead of {@code reset()}), so the examples of epoch {@code e} come in
 * the same order whether the run was interrupted and resumed or not.
 */
public interface EpochAware {

    /** Rewinds to the first batch of the given (0-based) epoch, in that epoch's order. */
    void startEpoch(int epoch);

    /** Minibatches per epoch, or -1 when not known in advance (progress is then shown without a total). */
    default int batchesPerEpoch() {
        return -1;
    }
}
