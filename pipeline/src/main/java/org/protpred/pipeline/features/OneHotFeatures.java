package org.protpred.pipeline.features;

import java.util.ArrayList;
import java.util.List;
import org.protpred.pipeline.protein.AminoAcids;

/**
 * {@code onehot}: 21 columns {@code aa_A .. aa_Y, aa_X} in {@link AminoAcids#ALPHABET} order, then unknown; exactly
 * one is 1 per residue.
 */
final class OneHotFeatures implements ResidueFeatureGroup {

    static final String NAME = "onehot";

    private static final List<String> COLUMNS;

    static {
        List<String> c = new ArrayList<>();
        for (char a : AminoAcids.ALPHABET.toCharArray()) {
            c.add("aa_" + a);
        }
        c.add("aa_X");
        COLUMNS = List.copyOf(c);
    }

    OneHotFeatures(FeatureGroup group) {
        group.requireOnly();
    }

    @Override
    public List<String> columnNames() {
        return COLUMNS;
    }

    @Override
    public void fill(FeatureContext context, float[][] out, int offset) {
        String seq = context.record().sequence();
        for (int i = 0; i < seq.length(); i++) {
            int k = AminoAcids.index(seq.charAt(i));
            out[i][offset + (k < 0 ? AminoAcids.UNKNOWN : k)] = 1f;
        }
    }
}
