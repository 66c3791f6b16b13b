package org.protpred.pipeline.features;

import java.util.List;

/**
 * {@code position}: where a residue lies in the chain, three columns for residue {@code i} (0-based) of a chain of
 * length {@code L}:
 * <ul>
 *   <li>{@code pos_relative} = {@code i / (L - 1)} (0 for a single residue);</li>
 *   <li>{@code pos_nterm} = {@code tanh(i / s)}: distance to the N-terminus, squashed (0 at the terminus, near 1
 *       far from it);</li>
 *   <li>{@code pos_cterm} = {@code tanh((L - 1 - i) / s)}: the same for the C-terminus.</li>
 * </ul>
 * The scale {@code s} is parameter {@code scale}, default 10 residues.
 */
final class PositionFeatures implements ResidueFeatureGroup {

    private static final List<String> COLUMNS = List.of("pos_relative", "pos_nterm", "pos_cterm");
    private final double scale;

    PositionFeatures(FeatureGroup group) {
        group.requireOnly("scale");
        scale = group.number("scale", 10.0, 1e-3, 1e6);
    }

    @Override
    public List<String> columnNames() {
        return COLUMNS;
    }

    @Override
    public void fill(FeatureContext context, float[][] out, int offset) {
        int l = context.length();
        for (int i = 0; i < l; i++) {
            out[i][offset] = l == 1 ? 0f : (float) i / (l - 1);
            out[i][offset + 1] = (float) Math.tanh(i / scale);
            out[i][offset + 2] = (float) Math.tanh((l - 1 - i) / scale);
        }
    }
}
