package org.protpred.pipeline.data;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * A named collection of protein records read from the shared data sets (see {@code DataLocation}) or any other
 * source. Readers build records lazily; {@link #records()} can be called again for another pass.
 *
 * <p>{@link #sources()} lists the files the records are read from: {@link FeatureCache} keys its cache on their
 * sizes and modification times, so a changed file invalidates the cache.
 */
public interface ProteinDataset {

    /** A dataset of records already in memory (no source files). */
    static ProteinDataset of(String name, List<ProteinRecord> records) {
        return new ListedDataset<>(name, records, r -> r, List.of());
    }

    /** A short name, e.g. {@code psicov150} or {@code scope207-40/train}; used in messages and cache keys. */
    String name();

    /** The records, in a fixed order. The caller closes the stream (it may hold files open). */
    Stream<ProteinRecord> records();

    /** Number of records {@link #records()} yields. */
    int size();

    /** Files the records are read from (for cache invalidation); empty when unknown. */
    default List<Path> sources() {
        return List.of();
    }

    /** All records in a list. */
    default List<ProteinRecord> readAll() {
        try (Stream<ProteinRecord> s = records()) {
            return s.toList();
        }
    }

    /**
     * The records that pass a filter, as a dataset named {@code name() + "/" + suffix}. Its size is counted on first
     * use (one pass over the records).
     */
    default ProteinDataset filter(String suffix, Predicate<ProteinRecord> keep) {
        return new FilteredDataset(this, suffix, keep);
    }
}
