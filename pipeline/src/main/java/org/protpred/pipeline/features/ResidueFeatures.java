package org.protpred.pipeline.features;

import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Per-residue feature extraction: a record and a {@link FeatureSpec} give an L x {@code spec.width()} matrix whose
 * columns follow {@link FeatureSpec#columnNames()}.
 */
public final class ResidueFeatures {

    private ResidueFeatures() {
    }

    /**
     * The residue feature matrix of a record.
     *
     * @throws org.protpred.models.core.InputException if the record lacks an input the spec needs (a profile, an
     *                                                 alignment) or that input does not fit the sequence
     */
    public static float[][] extract(ProteinRecord record, FeatureSpec spec) {
        return extract(new FeatureContext(record), spec);
    }

    /** As {@link #extract(ProteinRecord, FeatureSpec)}, sharing the context's alignment statistics. */
    public static float[][] extract(FeatureContext context, FeatureSpec spec) {
        spec.check(context.record());
        float[][] out = new float[context.length()][spec.width()];
        int offset = 0;
        for (ResidueFeatureGroup g : spec.residueExtractors()) {
            g.fill(context, out, offset);
            offset += g.width();
        }
        return out;
    }
}
