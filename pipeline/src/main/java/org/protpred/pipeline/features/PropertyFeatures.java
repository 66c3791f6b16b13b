package org.protpred.pipeline.features;

import java.util.List;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.AminoAcids;

/**
 * Physico-chemical descriptors looked up per residue in a shipped {@link PropertyTable}:
 * <ul>
 *   <li>{@code atchley}: the five factors of Atchley et al. (2005), table {@code atchley};</li>
 *   <li>{@code hydrophobicity} with {@code scale=kyte_doolittle} (default; Kyte &amp; Doolittle 1982) or
 *       {@code scale=eisenberg} (Eisenberg et al. 1984 consensus);</li>
 *   <li>{@code propensity}: Chou &amp; Fasman (1978) helix, strand and turn propensities, table
 *       {@code chou_fasman};</li>
 *   <li>{@code property} with {@code table=NAME}: any shipped table.</li>
 * </ul>
 * Parameter {@code standardise} (default {@code true}): each column is z-scored over the 20 amino acids,
 * {@code (v - mean) / sd} with the population standard deviation, so that all descriptors have the same scale.
 * An unknown residue ({@code X}) gets the column mean (0 when standardised).
 */
final class PropertyFeatures implements ResidueFeatureGroup {

    private final PropertyTable table;
    private final boolean standardise;
    private final float[][] lookup; // 21 x columns

    PropertyFeatures(FeatureGroup group) {
        String tableName;
        switch (group.name()) {
            case "atchley" -> {
                group.requireOnly("standardise");
                tableName = "atchley";
            }
            case "propensity" -> {
                group.requireOnly("standardise");
                tableName = "chou_fasman";
            }
            case "hydrophobicity" -> {
                group.requireOnly("scale", "standardise");
                tableName = group.choice("scale", "kyte_doolittle", "eisenberg");
            }
            default -> {
                group.requireOnly("table", "standardise");
                tableName = group.string("table", null);
                if (tableName == null) {
                    throw new InputException("feature spec: group 'property' needs a parameter 'table'");
                }
                if (!tableName.matches("[a-z0-9_]+") || !PropertyTable.exists(tableName)) {
                    throw new InputException("feature spec: no amino-acid table '" + tableName + "'");
                }
            }
        }
        this.table = PropertyTable.load(tableName);
        this.standardise = group.flag("standardise", true);
        int width = table.columns().size();
        lookup = new float[AminoAcids.COUNT + 1][width];
        for (int c = 0; c < width; c++) {
            double mean = table.mean(c);
            double sd = table.standardDeviation(c);
            for (int a = 0; a < AminoAcids.COUNT; a++) {
                double v = table.value(a, c);
                lookup[a][c] = (float) (standardise ? (v - mean) / sd : v);
            }
            lookup[AminoAcids.UNKNOWN][c] = (float) (standardise ? 0.0 : mean);
        }
    }

    @Override
    public List<String> columnNames() {
        return table.columns();
    }

    @Override
    public void fill(FeatureContext context, float[][] out, int offset) {
        String seq = context.record().sequence();
        for (int i = 0; i < seq.length(); i++) {
            int k = AminoAcids.index(seq.charAt(i));
            float[] v = lookup[k < 0 ? AminoAcids.UNKNOWN : k];
            System.arraycopy(v, 0, out[i], offset, v.length);
        }
    }
}
