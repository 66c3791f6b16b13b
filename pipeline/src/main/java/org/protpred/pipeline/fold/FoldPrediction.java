package org.protpred.pipeline.fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.protpred.pipeline.task.Prediction;

/**
 * The folds ranked for one domain: every fold of the model with its probability under the method used, best first,
 * and per fold the best alignment hit among the training domains, if any.
 *
 * @param id          record id
 * @param length      residues
 * @param method      how the folds were ranked
 * @param folds       the model's folds (label order)
 * @param probability per fold (label order)
 * @param order       label indices, best first
 * @param hits        best alignment hit per fold id (only folds with a hit; empty for {@link FoldMethod#CNN})
 * @param model       the model that predicted it (file name or classpath location)
 */
public record FoldPrediction(String id, int length, FoldMethod method, List<String> folds, float[] probability,
                             int[] order, Map<String, FoldLibrary.Hit> hits, String model) implements Prediction {

    /**
     * One fold in the ranking.
     *
     * @param rank        1 for the best
     * @param fold        fold id ({@code a.1})
     * @param probability its probability
     * @param hit         the best training domain of that fold found by the alignment search, or null
     */
    public record RankedFold(int rank, String fold, double probability, FoldLibrary.Hit hit) {
    }

    /** The best {@code n} folds (all if fewer). */
    public List<RankedFold> top(int n) {
        int m = Math.min(n, order.length);
        List<RankedFold> out = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            String f = folds.get(order[i]);
            out.add(new RankedFold(i + 1, f, probability[order[i]], hits.get(f)));
        }
        return out;
    }

    /** The best fold. */
    public RankedFold best() {
        return top(1).get(0);
    }

    /** The 1-based rank of {@code fold}, or 0 when the model does not know it. */
    public int rankOf(String fold) {
        for (int i = 0; i < order.length; i++) {
            if (folds.get(order[i]).equals(fold)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether the alignment search found any training domain. */
    public boolean hasHit() {
        return !hits.isEmpty();
    }
}
