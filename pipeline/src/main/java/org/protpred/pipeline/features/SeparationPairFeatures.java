package org.protpred.pipeline.features;

import java.util.List;

/**
 * {@code separation}: the sequence separation {@code d = j - i} of a pair as one-hot bins of the CASP ranges,
 * {@code sep_1_5} (d &lt; 6), {@code sep_6_11} (short), {@code sep_12_23} (medium), {@code sep_24_plus} (long), and
 * {@code sep_log} = {@code ln(d) / ln(1000)}.
 */
final class SeparationPairFeatures implements PairFeatureGroup {

    SeparationPairFeatures(FeatureGroup group) {
        group.requireOnly();
    }

    @Override
    public List<String> columnNames() {
        return List.of("sep_1_5", "sep_6_11", "sep_12_23", "sep_24_plus", "sep_log");
    }

    @Override
    public Filler bind(PairContext context) {
        double log1000 = Math.log(1000);
        return (i, j, row, offset) -> {
            int d = j - i;
            int bin = d < 6 ? 0 : d < 12 ? 1 : d < 24 ? 2 : 3;
            for (int b = 0; b < 4; b++) {
                row[offset + b] = b == bin ? 1f : 0f;
            }
            row[offset + 4] = (float) (Math.log(d) / log1000);
        };
    }
}
