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

    public FeatureContext(ProteinRecord record) {
        this.record = record;
    }

    public ProteinRecord record() {
        return record;
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
