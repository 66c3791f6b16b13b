package org.protpred.pipeline.ss;

import java.util.Locale;
import org.protpred.models.core.metrics.ConfusionMatrix;

/**
 * Scores of 8-state predictions (DSSP states {@code HGIEBTSC}) against observed 8-state labels over a set of chains:
 * Q8 (fraction of scored residues whose state is predicted right), per-state precision, recall and Matthews
 * correlation, and the 8 x 8 confusion matrix. Only residues marked as scored count.
 */
public final class Ss8Evaluation {

    private final String name;
    private final ConfusionMatrix confusion = new ConfusionMatrix(SsLabels.NAMES8);
    private int chains;

    public Ss8Evaluation(String name) {
        this.name = name;
    }

    /** Adds one chain: observed and predicted 8-state strings ({@code HGIEBTSC}), scored residues (null: all). */
    public void add(String observed, String predicted, boolean[] scored) {
        if (observed.length() != predicted.length()) {
            throw new IllegalArgumentException("observed has " + observed.length() + " residues, predicted "
                    + predicted.length());
        }
        for (int i = 0; i < observed.length(); i++) {
            if (scored == null || scored[i]) {
                confusion.add(index(observed.charAt(i)), index(predicted.charAt(i)));
            }
        }
        chains++;
    }

    private static int index(char state) {
        int k = SsLabels.STATES8.indexOf(state);
        if (k < 0) {
            throw new IllegalArgumentException("not an 8-state letter: '" + state + "'");
        }
        return k;
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

    public double q8() {
        return confusion.accuracy();
    }

    public ConfusionMatrix confusion() {
        return confusion;
    }

    /** A plain-text report (several lines, ending with a newline). */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: 8 states, %d chains, %d scored residues%n", name, chains,
                residues()));
        sb.append(String.format(Locale.ROOT, "  Q8   %.4f%n", q8()));
        StateTable.append(sb, confusion, "8-state confusion matrix");
        return sb.toString();
    }
}
