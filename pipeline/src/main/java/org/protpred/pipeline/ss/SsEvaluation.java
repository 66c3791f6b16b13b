package org.protpred.pipeline.ss;

import java.util.Locale;
import org.protpred.models.core.metrics.ConfusionMatrix;

/**
 * Scores of 3-state predictions against observed states over a set of chains: Q3 (fraction of scored residues
 * predicted right), per-state precision, recall and Matthews correlation, SOV'99 ({@link Sov}) and the confusion
 * matrix. Only residues marked as scored count.
 */
public final class SsEvaluation {

    private final String name;
    private final ConfusionMatrix confusion = new ConfusionMatrix(SsLabels.NAMES);
    private final Sov sov = new Sov();
    private int chains;

    public SsEvaluation(String name) {
        this.name = name;
    }

    /** Adds one chain: observed and predicted {@code H/E/C} strings, scored residues (null: all). */
    public void add(String observed, String predicted, boolean[] scored) {
        for (int i = 0; i < observed.length(); i++) {
            if (scored == null || scored[i]) {
                confusion.add(SsLabels.STATES.indexOf(observed.charAt(i)), SsLabels.STATES.indexOf(predicted.charAt(i)));
            }
        }
        sov.add(observed, predicted, scored);
        chains++;
    }

    public String name() {
        return name;
    }

    public int chains() {
        return chains;
    }

    /** Scored residues. */
    public long residues() {
        return confusion.total();
    }

    public double q3() {
        return confusion.accuracy();
    }

    public double sov() {
        return sov.score();
    }

    public Sov sovDetail() {
        return sov;
    }

    public ConfusionMatrix confusion() {
        return confusion;
    }

    /** A plain-text report (several lines, ending with a newline). */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d chains, %d scored residues%n", name, chains, residues()));
        sb.append(String.format(Locale.ROOT, "  Q3   %.4f%n", q3()));
        sb.append(String.format(Locale.ROOT, "  SOV  %.2f  (H %.2f, E %.2f, C %.2f)%n", sov(), sov.score(SsLabels.H),
                sov.score(SsLabels.E), sov.score(SsLabels.C)));
        StateTable.append(sb, confusion, "confusion matrix");
        return sb.toString();
    }
}
