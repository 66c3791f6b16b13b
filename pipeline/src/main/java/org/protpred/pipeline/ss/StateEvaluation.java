package org.protpred.pipeline.ss;

import java.util.List;
import org.protpred.models.core.metrics.ConfusionMatrix;

/**
 * Per-residue scores of predicted states against observed ones over a set of chains: the confusion matrix of the
 * scored residues, from which accuracy and per-state precision, recall and Matthews correlation follow. Shared by the
 * 3-state ({@link SsEvaluation}) and 8-state ({@link Ss8Evaluation}) reports.
 */
public abstract class StateEvaluation {

    private final String name;
    private final String states;
    private final ConfusionMatrix confusion;
    private int chains;

    /**
     * @param labels the state names, one letter each
     * @param states the same letters as one string, in the same order
     */
    StateEvaluation(String name, List<String> labels, String states) {
        this.name = name;
        this.states = states;
        this.confusion = new ConfusionMatrix(labels);
    }

    /** Adds one chain: observed and predicted state strings, scored residues (null: all). */
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

    private int index(char state) {
        int k = states.indexOf(state);
        if (k < 0) {
            throw new IllegalArgumentException("not one of the states " + states + ": '" + state + "'");
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

    /** Fraction of scored residues whose state is predicted right (Q3 or Q8). */
    public double accuracy() {
        return confusion.accuracy();
    }

    public ConfusionMatrix confusion() {
        return confusion;
    }

    /** A plain-text report (several lines, ending with a newline). */
    public abstract String report();
}
