package org.protpred.pipeline.features;

import java.util.List;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.AminoAcids;

/**
 * {@code potential}: a statistical contact potential for the residue types of a pair. Parameter {@code table}:
 * {@code mj1996} (default), the contact energies {@code e_ij} of Miyazawa &amp; Jernigan (1996), J Mol Biol
 * 256:623-644, Table 3, in RT units (shipped as {@code resources/aa-properties/mj1996.tsv}).
 *
 * <p>One column, named after the table, holding {@code -e_ij / 10} (favourable contacts positive, about 0.01 to
 * 0.74). A pair with an unknown residue gets the mean over the 400 entries.
 */
final class PotentialPairFeatures implements PairFeatureGroup {

    private final String tableName;
    private final float[][] lookup; // 21 x 21

    PotentialPairFeatures(FeatureGroup group) {
        group.requireOnly("table");
        tableName = group.choice("table", "mj1996");
        PropertyTable t = PropertyTable.load(tableName);
        if (!String.join("", t.columns()).equals(AminoAcids.ALPHABET)) {
            throw new InputException("feature spec: table '" + tableName + "' is not a pair table");
        }
        lookup = new float[AminoAcids.COUNT + 1][AminoAcids.COUNT + 1];
        double sum = 0;
        for (int a = 0; a < AminoAcids.COUNT; a++) {
            for (int b = 0; b < AminoAcids.COUNT; b++) {
                lookup[a][b] = (float) (-t.value(a, b) / 10.0);
                sum += lookup[a][b];
            }
        }
        float mean = (float) (sum / (AminoAcids.COUNT * AminoAcids.COUNT));
        for (int a = 0; a <= AminoAcids.COUNT; a++) {
            lookup[a][AminoAcids.UNKNOWN] = mean;
            lookup[AminoAcids.UNKNOWN][a] = mean;
        }
    }

    @Override
    public List<String> columnNames() {
        return List.of(tableName);
    }

    @Override
    public Filler bind(PairContext context) {
        String seq = context.features().record().sequence();
        int[] types = new int[seq.length()];
        for (int i = 0; i < types.length; i++) {
            int k = AminoAcids.index(seq.charAt(i));
            types[i] = k < 0 ? AminoAcids.UNKNOWN : k;
        }
        return (i, j, row, offset) -> row[offset] = lookup[types[i]][types[j]];
    }
}
