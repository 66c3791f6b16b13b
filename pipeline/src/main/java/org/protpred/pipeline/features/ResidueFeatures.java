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

    /**
     * The residue feature matrices of many records, in their order: the same as {@link #extract} one by one, but
     * groups that can work on many records at once ({@link ResidueFeatureGroup#prepare}, e.g. a network's
     * predictions) do so.
     */
    public static java.util.List<float[][]> extractAll(java.util.List<ProteinRecord> records, FeatureSpec spec) {
        java.util.List<FeatureContext> contexts = new java.util.ArrayList<>(records.size());
        for (ProteinRecord r : records) {
            spec.check(r);
            contexts.add(new FeatureContext(r));
        }
        for (ResidueFeatureGroup g : spec.residueExtractors()) {
            g.prepare(contexts);
        }
        java.util.List<float[][]> out = new java.util.ArrayList<>(records.size());
        for (FeatureContext c : contexts) {
            out.add(extract(c, spec));
        }
        return out;
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
