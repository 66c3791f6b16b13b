package org.protpred.pipeline.features;

import java.util.List;
import java.util.Set;

/**
 * A configured group of per-residue feature columns (one {@link FeatureGroup} of a spec, its parameters checked).
 * Implementations are created by {@link FeatureRegistry}.
 */
public interface ResidueFeatureGroup {

    /** Column names, in order; their number is the group's width. */
    List<String> columnNames();

    default int width() {
        return columnNames().size();
    }

    /**
     * Inputs beyond the sequence that the group needs: the record must provide at least one of them (empty: the
     * sequence suffices).
     */
    default Set<FeatureInput> requiresOneOf() {
        return Set.of();
    }

    /**
     * Writes the group's columns for every residue of the context's record into {@code out[i][offset ..
     * offset + width())}.
     */
    void fill(FeatureContext context, float[][] out, int offset);

    /**
     * Optionally computes what {@link #fill} needs for many records at once (e.g. one batched network pass) and
     * leaves it in each context ({@link FeatureContext#put}); {@link #fill} must give the same columns with or
     * without it. Called by {@link ResidueFeatures#extractAll}.
     */
    default void prepare(List<FeatureContext> contexts) {
    }
}
