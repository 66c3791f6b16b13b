package org.protpred.pipeline.fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.protpred.pipeline.data.FoldSplit;
import org.protpred.pipeline.data.ProteinDataset;
import org.protpred.pipeline.data.ScopeDataset;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * The fold data: the SCOPe 2.07 40% domains ({@link ScopeDataset}) and their stratified split ({@link FoldSplit},
 * seed {@value FoldSplit#DEFAULT_SEED}): train 10,396, validation 1,409, test 1,409 ({@code scope-test}).
 */
public final class FoldData {

    /** Name of the held-out test split in {@code eval fold --set}. */
    public static final String SCOPE_TEST = "scope-test";
    /** Name of the validation split in {@code eval fold --set}. */
    public static final String SCOPE_VALIDATION = "scope-validation";

    /** Orders fold ids by class letter, then fold number ({@code a.2} before {@code a.10}). */
    public static final Comparator<String> FOLD_ORDER = Comparator.comparing((String f) -> f.split("\\.")[0])
            .thenComparingInt(f -> {
                String[] p = f.split("\\.");
                try {
                    return p.length > 1 ? Integer.parseInt(p[1]) : 0;
                } catch (NumberFormatException e) {
                    return Integer.MAX_VALUE;
                }
            }).thenComparing(Comparator.naturalOrder());

    /** The three parts of a dataset. */
    public record Parts(ProteinDataset train, ProteinDataset validation, ProteinDataset test) {
    }

    private FoldData() {
    }

    /** The split parts of {@code dataset} with the default seed and fractions. */
    public static Parts split(ProteinDataset dataset) {
        FoldSplit split = FoldSplit.of(dataset);
        return new Parts(split.part(dataset, FoldSplit.Part.TRAIN), split.part(dataset, FoldSplit.Part.VALIDATION),
                split.part(dataset, FoldSplit.Part.TEST));
    }

    /** The shared SCOPe set's parts. */
    public static Parts shared() {
        return split(ScopeDataset.shared());
    }

    /** The distinct folds of a dataset's records, in {@link #FOLD_ORDER}. */
    public static List<String> folds(ProteinDataset dataset) {
        TreeSet<String> folds = new TreeSet<>(FOLD_ORDER);
        try (Stream<ProteinRecord> s = dataset.records()) {
            s.forEach(r -> {
                if (r.fold() != null) {
                    folds.add(r.fold());
                }
            });
        }
        return new ArrayList<>(folds);
    }
}
