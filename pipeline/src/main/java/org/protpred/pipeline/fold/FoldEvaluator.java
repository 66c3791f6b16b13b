package org.protpred.pipeline.fold;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.Evaluator;

/**
 * Scores fold rankings: the share of domains whose true fold (the record's {@code fold}) is ranked first (top-1),
 * among the first 5 (top-5) or the first 10 (top-10), over all domains, by SCOP class (the fold id's first letter)
 * and by length ({@link #LENGTH_EDGES}: 1-100, 101-200, 201-300, 301-400, over 400). A domain whose fold the model
 * does not know counts as a miss (their number is reported). Also reported: domains without any alignment hit, and,
 * given the predictor, the residues its network computed (padded to the length bins) against the real ones.
 */
public final class FoldEvaluator implements Evaluator<FoldPrediction> {

    /** Upper edges of the length groups of the report (the last group is open). */
    public static final int[] LENGTH_EDGES = {100, 200, 300, 400};

    private final String name;
    private final FoldModel model;
    private final Counts all = new Counts();
    private final Map<String, Counts> byClass = new TreeMap<>();
    private final Map<Integer, Counts> byLength = new TreeMap<>();
    private int unknownFold;
    private int noHit;
    private FoldMethod method;

    /** Counts of one group. */
    private static final class Counts {
        int n;
        int top1;
        int top5;
        int top10;

        void add(int rank) {
            n++;
            top1 += rank == 1 ? 1 : 0;
            top5 += rank >= 1 && rank <= 5 ? 1 : 0;
            top10 += rank >= 1 && rank <= 10 ? 1 : 0;
        }

        String row(String label) {
            return String.format(Locale.ROOT, "  %-16s %7d  %6.4f  %6.4f  %6.4f%n", label, n, (double) top1 / n,
                    (double) top5 / n, (double) top10 / n);
        }
    }

    /**
     * @param name  the set's name
     * @param model the predictor (for the residue counts), or null
     */
    public FoldEvaluator(String name, FoldModel model) {
        this.name = name;
        this.model = model;
    }

    @Override
    public void add(ProteinRecord truth, FoldPrediction prediction) {
        String fold = truth.fold();
        if (fold == null) {
            throw new InputException(name + ": record '" + truth.id() + "' has no SCOP fold");
        }
        method = prediction.method();
        int rank = prediction.rankOf(fold);
        if (rank == 0) {
            unknownFold++;
        }
        if (!prediction.hasHit()) {
            noHit++;
        }
        all.add(rank);
        byClass.computeIfAbsent(fold.substring(0, fold.indexOf('.') < 0 ? fold.length() : fold.indexOf('.')),
                k -> new Counts()).add(rank);
        byLength.computeIfAbsent(lengthGroup(truth.length()), k -> new Counts()).add(rank);
    }

    /** The index of a length's group in {@link #LENGTH_EDGES}. */
    static int lengthGroup(int length) {
        for (int i = 0; i < LENGTH_EDGES.length; i++) {
            if (length <= LENGTH_EDGES[i]) {
                return i;
            }
        }
        return LENGTH_EDGES.length;
    }

    static String lengthLabel(int group) {
        int from = group == 0 ? 1 : LENGTH_EDGES[group - 1] + 1;
        return group < LENGTH_EDGES.length ? "length " + from + "-" + LENGTH_EDGES[group] : "length > "
                + LENGTH_EDGES[LENGTH_EDGES.length - 1];
    }

    @Override
    public String report() {
        if (all.n == 0) {
            throw new InputException(name + ": no domain to score");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d domains, method %s%n", name, all.n,
                method == null ? "-" : method.label()));
        sb.append(String.format(Locale.ROOT, "  %-16s %7s  %6s  %6s  %6s%n", "", "domains", "top-1", "top-5",
                "top-10"));
        sb.append(all.row("all"));
        byClass.forEach((c, counts) -> sb.append(counts.row("class " + c)));
        byLength.forEach((g, counts) -> sb.append(counts.row(lengthLabel(g))));
        if (unknownFold > 0) {
            sb.append(String.format(Locale.ROOT, "  %d domains have a fold the model does not know (counted as "
                    + "misses)%n", unknownFold));
        }
        if (method != FoldMethod.CNN) {
            sb.append(String.format(Locale.ROOT, "  no alignment hit: %d domains (%.1f%%)%n", noHit,
                    100.0 * noHit / all.n));
        }
        if (model != null && model.residues()[1] > 0) {
            long[] r = model.residues();
            sb.append(String.format(Locale.ROOT, "  network residues computed: %d for %d real (%.3fx, length bins "
                    + "of %d)%n", r[0], r[1], (double) r[0] / r[1], model.bins().width()));
        }
        return sb.toString();
    }
}
