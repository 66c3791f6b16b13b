package org.protpred.pipeline.features;

import java.util.List;

/**
 * {@code length_bins}: the chain length {@code L} as one-hot bins, the same for every pair of a chain:
 * {@code len_le50}, {@code len_51_100}, {@code len_101_150}, {@code len_151_200}, {@code len_201_300},
 * {@code len_gt300}.
 */
final class LengthBinPairFeatures implements PairFeatureGroup {

    private static final int[] UPPER = {50, 100, 150, 200, 300, Integer.MAX_VALUE};

    LengthBinPairFeatures(FeatureGroup group) {
        group.requireOnly();
    }

    @Override
    public List<String> columnNames() {
        return List.of("len_le50", "len_51_100", "len_101_150", "len_151_200", "len_201_300", "len_gt300");
    }

    @Override
    public Filler bind(PairContext context) {
        int l = context.length();
        int bin = 0;
        while (l > UPPER[bin]) {
            bin++;
        }
        int chosen = bin;
        return (i, j, row, offset) -> {
            for (int b = 0; b < UPPER.length; b++) {
                row[offset + b] = b == chosen ? 1f : 0f;
            }
        };
    }
}
