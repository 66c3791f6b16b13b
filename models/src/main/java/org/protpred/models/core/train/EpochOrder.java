package org.protpred.models.core.train;

import java.util.Random;

/**
 * The order in which {@code n} examples are visited in each epoch: a Fisher-Yates shuffle with
 * {@code new Random(Seeds.forEpoch(seed, epoch, Seeds.SHUFFLE))}, or the identity when not shuffling, served in
 * minibatches of example indices (the part the in-memory iterators share).
 */
final class EpochOrder {

    private final long seed;
    private final boolean shuffle;
    private final int[] order;
    private final int batchSize;
    private int epoch;
    private int cursor;

    EpochOrder(int n, long seed, boolean shuffle, int batchSize) {
        if (n == 0) {
            throw new IllegalArgumentException("no examples to iterate over");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        this.batchSize = batchSize;
        this.seed = seed;
        this.shuffle = shuffle;
        this.order = new int[n];
        start(0);
    }

    /** Rewinds to the first batch of {@code newEpoch}, in that epoch's order. */
    void start(int newEpoch) {
        epoch = newEpoch;
        cursor = 0;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (shuffle) {
            Random random = new Random(Seeds.forEpoch(seed, newEpoch, Seeds.SHUFFLE));
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
    }

    boolean hasNext() {
        return cursor < order.length;
    }

    /** The indices of the next {@code num} examples (fewer at the end of the epoch). */
    int[] nextBatch(int num) {
        if (!hasNext()) {
            throw new java.util.NoSuchElementException("epoch " + epoch + " has no more batches");
        }
        int end = Math.min(order.length, cursor + num);
        int[] picked = java.util.Arrays.copyOfRange(order, cursor, end);
        cursor = end;
        return picked;
    }

    int batchSize() {
        return batchSize;
    }

    int batchesPerEpoch() {
        return (order.length + batchSize - 1) / batchSize;
    }

    int epoch() {
        return epoch;
    }

    int size() {
        return order.length;
    }

    int[] copy() {
        return order.clone();
    }
}
