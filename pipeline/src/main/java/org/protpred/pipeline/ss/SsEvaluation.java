package org.protpred.pipeline.ss;

import java.util.Locale;

/**
 * Scores of 3-state predictions against observed states over a set of chains: Q3 (fraction of scored residues
 * predicted right), per-state precision, recall and Matthews correlation, SOV'99 ({@link Sov}) and the confusion
 * matrix. Only residues marked as scored count.
 */
public final class SsEvaluation extends StateEvaluation {

    private final Sov sov = new Sov();

    public SsEvaluation(String name) {
        super(name, SsLabels.NAMES, SsLabels.STATES);
    }

    /** Adds one chain: observed and predicted {@code H/E/C} strings, scored residues (null: all). */
    @Override
    public void add(String observed, String predicted, boolean[] scored) {
        super.add(observed, predicted, scored);
        sov.add(observed, predicted, scored);
    }

    public double q3() {
        return accuracy();
    }

    public double sov() {
        return sov.score();
    }

    public Sov sovDetail() {
        return sov;
    }

    @Override
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d chains, %d scored residues%n", name(), chains(), residues()));
        sb.append(String.format(Locale.ROOT, "  Q3   %.4f%n", q3()));
        sb.append(String.format(Locale.ROOT, "  SOV  %.2f  (H %.2f, E %.2f, C %.2f)%n", sov(), sov.score(SsLabels.H),
                sov.score(SsLabels.E), sov.score(SsLabels.C)));
        StateTable.append(sb, confusion(), "confusion matrix");
        return sb.toString();
    }
}
