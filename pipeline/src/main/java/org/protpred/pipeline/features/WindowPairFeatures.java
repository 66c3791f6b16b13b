package org.protpred.pipeline.features;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code window}: the residue features around both residues of a pair. Parameter {@code size} = {@code w}
 * (default 1, at most 15).
 *
 * <p>Layout, with {@code R} the spec's residue width: first the {@code 2w + 1} positions {@code i - w .. i + w}, then
 * the {@code 2w + 1} positions {@code j - w .. j + w}; each position contributes its {@code R} residue features
 * followed by one flag column that is 1 when the position lies outside the chain. Positions outside the chain
 * (padding) have all {@code R} features 0 and the flag 1. Width {@code 2 (2w + 1) (R + 1)}. Residue {@code i}'s
 * feature {@code c} is column {@code w (R + 1) + c}; residue {@code j}'s is {@code (3w + 1)(R + 1) + c}. Column
 * names are {@code i-1:aa_A}, {@code i+0:aa_A}, ..., {@code j+1:outside}.
 */
final class WindowPairFeatures implements PairFeatureGroup {

    private final int size;
    private final int residueWidth;
    private final List<String> columns;

    WindowPairFeatures(FeatureGroup group, List<String> residueColumns) {
        group.requireOnly("size");
        size = group.integer("size", 1, 0, 15);
        residueWidth = residueColumns.size();
        List<String> c = new ArrayList<>();
        for (String side : new String[] {"i", "j"}) {
            for (int k = -size; k <= size; k++) {
                String prefix = side + (k < 0 ? "" : "+") + k + ":";
                for (String r : residueColumns) {
                    c.add(prefix + r);
                }
                c.add(prefix + "outside");
            }
        }
        columns = List.copyOf(c);
    }

    @Override
    public List<String> columnNames() {
        return columns;
    }

    @Override
    public Filler bind(PairContext context) {
        float[][] residues = context.residues();
        int l = residues.length;
        int stride = residueWidth + 1;
        int sideWidth = (2 * size + 1) * stride;
        return (i, j, row, offset) -> {
            fillSide(residues, l, i, row, offset, stride);
            fillSide(residues, l, j, row, offset + sideWidth, stride);
        };
    }

    private void fillSide(float[][] residues, int l, int centre, float[] row, int offset, int stride) {
        int at = offset;
        for (int k = -size; k <= size; k++, at += stride) {
            int p = centre + k;
            if (p < 0 || p >= l) {
                java.util.Arrays.fill(row, at, at + residueWidth, 0f);
                row[at + residueWidth] = 1f;
            } else {
                System.arraycopy(residues[p], 0, row, at, residueWidth);
                row[at + residueWidth] = 0f;
            }
        }
    }
}
