package org.protpred.pipeline.features;

import java.util.List;
import java.util.Set;

/**
 * A configured group of per-pair feature columns (one pair {@link FeatureGroup} of a spec). {@link #bind} prepares
 * it for one record (e.g. computes the coevolution matrix); the result fills rows.
 */
public interface PairFeatureGroup {

    /** Column names, in order; their number is the group's width. */
    List<String> columnNames();

    default int width() {
        return columnNames().size();
    }

    /** Inputs beyond the sequence of which the record must provide at least one (empty: none needed). */
    default Set<FeatureInput> requiresOneOf() {
        return Set.of();
    }

    /** Prepares the group for one record. */
    Filler bind(PairContext context);

    /** Writes a group's columns for one pair. */
    @FunctionalInterface
    interface Filler {
        /** Writes the columns of pair {@code (i, j)}, {@code i < j}, into {@code row[offset .. offset + width)}. */
        void fill(int i, int j, float[] row, int offset);
    }
}
