package org.protpred.pipeline.features;

import java.util.List;
import java.util.Set;

/**
 * {@code neff}: the depth of the record's alignment, the same for every pair of a chain: {@code neff_log} =
 * {@code ln(1 + Neff) / ln(1000)} with {@code Neff} the effective number of sequences at the identity threshold
 * (parameter {@code identity}, default 0.8; see {@link AlignmentStatistics}), and {@code depth_log} =
 * {@code ln(1 + N) / ln(1000)} with {@code N} the number of rows.
 */
final class NeffPairFeatures implements PairFeatureGroup {

    private final double identity;

    NeffPairFeatures(FeatureGroup group) {
        group.requireOnly("identity");
        identity = group.number("identity", AlignmentStatistics.DEFAULT_IDENTITY, 0.01, 1.0);
    }

    @Override
    public List<String> columnNames() {
        return List.of("neff_log", "depth_log");
    }

    @Override
    public Set<FeatureInput> requiresOneOf() {
        return Set.of(FeatureInput.ALIGNMENT);
    }

    @Override
    public Filler bind(PairContext context) {
        AlignmentStatistics a = context.features().alignment(identity);
        float neff = (float) (Math.log(1 + a.neff()) / Math.log(1000));
        float depth = (float) (Math.log(1 + a.depth()) / Math.log(1000));
        return (i, j, row, offset) -> {
            row[offset] = neff;
            row[offset + 1] = depth;
        };
    }
}
