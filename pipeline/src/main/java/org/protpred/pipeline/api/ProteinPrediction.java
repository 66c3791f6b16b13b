package org.protpred.pipeline.api;

import java.util.List;
import org.protpred.pipeline.contacts.ContactPrediction;
import org.protpred.pipeline.fold.FoldPrediction;
import org.protpred.pipeline.labels.ContactRange;

/**
 * Everything protpred predicts for one protein sequence, as {@link ProtPred#predict} returns it. Immutable.
 *
 * @param id                 the sequence's id (its accession, or the id the caller gave)
 * @param sequence           the sequence as predicted: upper case, canonical one-letter codes
 * @param secondaryStructure per residue the 3-state (H, E, C) state and probabilities
 * @param fold               every SCOP fold of the model ranked best first, each with its probability and the best
 *                           alignment hit among the model's training domains
 * @param contacts           per separation range the 5 L most probable residue pairs (0-based, {@code i < j})
 */
public record ProteinPrediction(String id, String sequence, SecondaryStructurePrediction secondaryStructure,
                                FoldPrediction fold, ContactPrediction contacts) {

    /** Number of residues L. */
    public int length() {
        return sequence.length();
    }

    /** The {@code n} best folds (fewer if the model knows fewer), best first. */
    public List<FoldPrediction.RankedFold> topFolds(int n) {
        return fold.top(n);
    }

    /** The best fold. */
    public FoldPrediction.RankedFold bestFold() {
        return fold.best();
    }

    /**
     * The {@code L / divisor} most probable pairs of a range (at least one; fewer when fewer were kept), most probable
     * first: {@code topContacts(ContactRange.LONG, 5)} is the usual top-L/5 long-range list.
     */
    public List<ContactPrediction.Pair> topContacts(ContactRange range, int divisor) {
        if (divisor < 1) {
            throw new IllegalArgumentException("divisor must be at least 1, not " + divisor);
        }
        return contacts.top(range, Math.max(1, length() / divisor));
    }
}
