package org.protpred.pipeline.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * A deterministic train/validation/test split of a dataset whose records have a {@code fold}, stratified by fold:
 * each fold's members are sorted by id, shuffled with {@code new Random(seed)} advanced fold by fold in sorted fold
 * order, and cut so that about {@code validationFraction} go to validation and {@code testFraction} to test.
 *
 * <p>Per fold of {@code n} members: {@code nTest = round(n * testFraction)} and
 * {@code nValidation = round(n * validationFraction)}, each raised to 1 when {@code n >= 3}; folds with 1 or 2
 * members go entirely to training (too few to hold any out and still learn the fold). The same seed and data always
 * give the same split.
 */
public final class FoldSplit {

    /** The seed used unless told otherwise. */
    public static final long DEFAULT_SEED = 20_070L;
    public static final double DEFAULT_VALIDATION = 0.1;
    public static final double DEFAULT_TEST = 0.1;
    /** Folds with fewer members go entirely to training. */
    public static final int MIN_FOLD_SIZE_TO_HOLD_OUT = 3;

    /** The three parts. */
    public enum Part { TRAIN, VALIDATION, TEST }

    private final Map<String, Part> assignment;
    private final String tag;

    private FoldSplit(Map<String, Part> assignment, String tag) {
        this.assignment = Map.copyOf(assignment);
        this.tag = tag;
    }

    /** The split with the default seed and fractions (80/10/10). */
    public static FoldSplit of(ProteinDataset dataset) {
        return of(dataset, DEFAULT_SEED, DEFAULT_VALIDATION, DEFAULT_TEST);
    }

    /** Splits a dataset's records by fold (records without a fold go to training). */
    public static FoldSplit of(ProteinDataset dataset, long seed, double validationFraction, double testFraction) {
        Map<String, List<String>> byFold = new TreeMap<>();
        try (Stream<ProteinRecord> s = dataset.records()) {
            s.forEach(r -> byFold.computeIfAbsent(r.fold() == null ? "" : r.fold(), k -> new ArrayList<>())
                    .add(r.id()));
        }
        Random random = new Random(seed);
        Map<String, Part> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : byFold.entrySet()) {
            List<String> ids = e.getValue();
            Collections.sort(ids);
            Collections.shuffle(ids, random);
            int n = ids.size();
            int nTest = 0;
            int nValidation = 0;
            if (n >= MIN_FOLD_SIZE_TO_HOLD_OUT && !e.getKey().isEmpty()) {
                nTest = Math.max(1, (int) Math.round(n * testFraction));
                nValidation = Math.max(1, (int) Math.round(n * validationFraction));
            }
            for (int k = 0; k < n; k++) {
                Part p = k < nTest ? Part.TEST : k < nTest + nValidation ? Part.VALIDATION : Part.TRAIN;
                out.put(ids.get(k), p);
            }
        }
        boolean defaults = seed == DEFAULT_SEED && validationFraction == DEFAULT_VALIDATION
                && testFraction == DEFAULT_TEST;
        return new FoldSplit(out, defaults ? "" : "-s" + seed + "-v" + validationFraction + "-t" + testFraction);
    }

    /** The part a record id belongs to ({@link Part#TRAIN} for ids not in the split's dataset). */
    public Part partOf(String id) {
        return assignment.getOrDefault(id, Part.TRAIN);
    }

    /** The ids in a part. */
    public Set<String> ids(Part part) {
        return assignment.entrySet().stream().filter(e -> e.getValue() == part).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The records of {@code dataset} in {@code part}, as a dataset named {@code <name>/<part>} (e.g.
     * {@code scope207-40/train}; with a non-default seed or fractions, these follow, as in
     * {@code scope207-40/train-s7-v0.1-t0.2}).
     */
    public ProteinDataset part(ProteinDataset dataset, Part part) {
        return dataset.filter(part.name().toLowerCase(java.util.Locale.ROOT) + tag, r -> partOf(r.id()) == part);
    }
}
