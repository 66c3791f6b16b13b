package org.protpred.models.core.train;

import java.util.Random;

/**
 * The order in which {@code n} examples are visited in each epoch: a Fisher-Yates shuffle with
 * {@code new Random(Seeds.forEpoch(seed, epoch, Seeds.SHUFFLE))}, or the identity when not shuffling.
 */
final class EpochOrder {

    private final long seed;
    private final boolean shuffle;
    private final int[] order;
    private int epoch;

    EpochOrder(int n, long seed, boolean shuffle) {
        if (n == 0) {
            throw new IllegalArgumentException("no examples to iterate over");
        }
        this.seed = seed;
        this.shuffle = shuffle;
        this.order = new int[n];
        start(0);
    }

    void start(int newEpoch) {
        epoch = newEpoch;
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

    int epoch() {
        return epoch;
    }

    int size() {
        return order.length;
    }

    int get(int position) {
        return order[position];
    }

    int[] range(int from, int to) {
        return java.util.Arrays.copyOfRange(order, from, to);
    }

    int[] copy() {
        return order.clone();
    }
}
