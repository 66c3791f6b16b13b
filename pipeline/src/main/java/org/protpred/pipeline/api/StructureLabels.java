package org.protpred.pipeline.api;

import java.util.List;
import org.protpred.pipeline.contacts.ContactEvaluator;
import org.protpred.pipeline.contacts.ContactPrediction;
import org.protpred.pipeline.labels.Contact;
import org.protpred.pipeline.labels.ContactMap;
import org.protpred.pipeline.labels.ContactRange;

/**
 * The true labels of one protein chain of a structure, as {@code protpred labels} computes them, over the chain's
 * observed residues (those with a C-alpha atom): the DSSP states (8 and 3) and the contact map (C-beta, C-alpha for
 * glycine, within 8 A). Made by {@link ProtPred#labels}; scores a prediction of {@link #sequence()}.
 *
 * @param id          record id: the structure's PDB id, {@code _}, the chain name ({@code 1ABC_A})
 * @param chain       the chain's author name ({@code A})
 * @param sequence    the observed residues, one letter each
 * @param eightStates DSSP state per observed residue, one of {@code H G I E B T S C}
 * @param threeStates the 3-state reduction per observed residue: H, G, I as {@code H}; E, B as {@code E}; the rest
 *                    {@code C}
 * @param contacts    the true contact map over the observed residues (0-based indices)
 */
public record StructureLabels(String id, String chain, String sequence, String eightStates, String threeStates,
                              ContactMap contacts) {

    /** Number of observed residues L. */
    public int length() {
        return sequence.length();
    }

    /** The true contacts of a range, ordered by {@code i} then {@code j}. */
    public List<Contact> trueContacts(ContactRange range) {
        return contacts.contacts(range).toList();
    }

    /** Q3 of a prediction of {@link #sequence()}: the fraction of residues whose predicted H/E/C state is true. */
    public double q3(ProteinPrediction prediction) {
        return q3(prediction.secondaryStructure());
    }

    /** Q3 of a secondary-structure prediction of {@link #sequence()}. */
    public double q3(SecondaryStructurePrediction prediction) {
        requireSameSequence(prediction.sequence());
        return agreement(prediction.states(), threeStates);
    }

    /**
     * Q8 of an 8-state prediction of {@link #sequence()} (e.g. from
     * {@link SecondaryStructurePredictor#bundledEightState()}).
     *
     * @throws IllegalStateException if a 3-state model made the prediction
     */
    public double q8(SecondaryStructurePrediction prediction) {
        requireSameSequence(prediction.sequence());
        return agreement(prediction.eightStates(), eightStates);
    }

    /**
     * Precision of the top {@code L / divisor} predicted pairs of a range (at least one; fewer when the prediction
     * kept fewer), as {@code protpred eval contacts} counts it: the fraction that are true contacts; NaN when the
     * prediction has no pair in the range.
     *
     * @param divisor 10, 5, 2 or 1 (top L/10, L/5, L/2, L)
     */
    public double contactPrecision(ProteinPrediction prediction, ContactRange range, int divisor) {
        return contactScores(prediction.contacts()).precision(range, divisor);
    }

    /** All contact precisions of a prediction of {@link #sequence()} (per range and divisor, plain and one-shift). */
    public ContactEvaluator.Scores contactScores(ContactPrediction prediction) {
        requireSameSequence(prediction.sequence());
        boolean[] all = new boolean[length()];
        java.util.Arrays.fill(all, true);
        return ContactEvaluator.score(id, contacts, all, prediction);
    }

    private void requireSameSequence(String predicted) {
        if (!sequence.equals(predicted)) {
            throw new IllegalArgumentException("the prediction is of another sequence (" + predicted.length()
                    + " residues) than the observed residues of " + id + " (" + length() + "); predict sequence()");
        }
    }

    private static double agreement(String predicted, String truth) {
        int same = 0;
        for (int i = 0; i < truth.length(); i++) {
            same += predicted.charAt(i) == truth.charAt(i) ? 1 : 0;
        }
        return truth.isEmpty() ? Double.NaN : (double) same / truth.length();
    }
}
