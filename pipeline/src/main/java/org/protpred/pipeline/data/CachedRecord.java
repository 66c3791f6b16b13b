package org.protpred.pipeline.data;

import java.util.Map;

/**
 * One record as stored in a {@link FeatureCache}: its residue feature matrix with what training needs beside it.
 *
 * @param id       record id
 * @param sequence residues
 * @param fold     SCOP fold, or {@code null}
 * @param features L x width residue features in the spec's column order
 * @param labels   per-residue label strings by kind (e.g. {@code ss3}), possibly empty
 * @param scored   residues that count in losses and scores, or {@code null} for all
 */
public record CachedRecord(String id, String sequence, String fold, float[][] features, Map<String, String> labels,
                           boolean[] scored) {

    public int length() {
        return sequence.length();
    }

    /** Whether residue {@code i} counts in losses and scores. */
    public boolean isScored(int i) {
        return scored == null || scored[i];
    }
}
