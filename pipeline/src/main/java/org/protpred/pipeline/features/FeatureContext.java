package org.protpred.pipeline.features;

import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.Alignment;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * One record being turned into features, with what several groups share computed once: the alignment statistics
 * (sequence weights, profile) are built on first use.
 */
public final class FeatureContext {

    private final ProteinRecord record;
    private AlignmentStatistics alignmentStatistics;
    private double alignmentIdentity = Double.NaN;
    private final java.util.Map<String, Object> prepared = new java.util.HashMap<>();

    public FeatureContext(ProteinRecord record) {
        this.record = record;
    }

    public ProteinRecord record() {
        return record;
    }

    /** Stores a value computed ahead for this record (see {@link ResidueFeatureGroup#prepare}). */
    public void put(String key, Object value) {
        prepared.put(key, value);
    }

    /** A value stored by {@link #put}, or null. */
    public Object get(String key) {
        return prepared.get(key);
    }

    public int length() {
        return record.length();
    }

    /**
     * The record's alignment statistics with sequence weights at the given identity threshold.
     *
     * @throws InputException if the record has no alignment
     */
    public AlignmentStatistics alignment(double identity) {
        if (alignmentStatistics == null || alignmentIdentity != identity) {
            Alignment a = record.alignmentIfPresent().orElseThrow(() -> new InputException(
                    "record '" + record.id() + "' has no alignment (pass --msa)"));
            alignmentStatistics = AlignmentStatistics.of(a, record.sequence(), identity);
            alignmentIdentity = identity;
        }
        return alignmentStatistics;
    }
}
