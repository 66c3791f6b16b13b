package org.protpred.pipeline.features;

import java.util.List;

/**
 * {@code length}: one column, the same for every residue, {@code len_log} = {@code ln(L) / ln(1000)} (0 for a single
 * residue, 1 for 1,000 residues).
 */
final class LengthFeatures implements ResidueFeatureGroup {

    LengthFeatures(FeatureGroup group) {
        group.requireOnly();
    }

    @Override
    public List<String> columnNames() {
        return List.of("len_log");
    }

    @Override
    public void fill(FeatureContext context, float[][] out, int offset) {
        float v = (float) (Math.log(context.length()) / Math.log(1000));
        for (int i = 0; i < context.length(); i++) {
            out[i][offset] = v;
        }
    }
}
