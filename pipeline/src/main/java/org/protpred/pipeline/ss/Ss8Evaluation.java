package org.protpred.pipeline.ss;

import java.util.Locale;

/**
 * Scores of 8-state predictions (DSSP states {@code HGIEBTSC}) against observed 8-state labels over a set of chains:
 * Q8 (fraction of scored residues whose state is predicted right), per-state precision, recall and Matthews
 * correlation, and the 8 x 8 confusion matrix. Only residues marked as scored count.
 */
public final class Ss8Evaluation extends StateEvaluation {

    public Ss8Evaluation(String name) {
        super(name, SsLabels.NAMES8, SsLabels.STATES8);
    }

    public double q8() {
        return accuracy();
    }

    @Override
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: 8 states, %d chains, %d scored residues%n", name(),
                chains(), residues()));
        sb.append(String.format(Locale.ROOT, "  Q8   %.4f%n", q8()));
        StateTable.append(sb, confusion(), "8-state confusion matrix");
        return sb.toString();
    }
}
