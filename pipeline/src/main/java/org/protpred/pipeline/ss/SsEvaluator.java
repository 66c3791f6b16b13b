package org.protpred.pipeline.ss;

import java.util.ArrayList;
import java.util.List;
import org.protpred.pipeline.data.Cb513Ts115Dataset;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Predicts a labelled set with a model and scores it: over the scored residues of every chain, and, where the
 * records carry the {@link Cb513Ts115Dataset#CB513_MASK} label and it leaves out some scored residue, once more over
 * the residues of the original CB513 definition.
 *
 * <p>3-state scores ({@link SsEvaluation}) come from the model's 3-state probabilities (for an 8-state model, the
 * reduced sums). When the model predicts 8 states and every record carries an {@code ss8} label, the same residues
 * are also scored in 8 states ({@link Ss8Evaluation}).
 */
public final class SsEvaluator {

    /** Label of the second evaluation of CB513. */
    private static final String ORIGINAL = ", original CB513 residues (cb513_mask = 1)";

    /**
     * All scores of one evaluation.
     *
     * @param three 3-state scores: all scored residues, then (CB513) the original residues
     * @param eight 8-state scores in the same order, or empty when the model or the labels have 3 states only
     */
    public record Results(List<SsEvaluation> three, List<Ss8Evaluation> eight) {
    }

    private SsEvaluator() {
    }

    /** The 3-state evaluations of {@code model} on {@code records} (labels {@code ss3}, scored masks). */
    public static List<SsEvaluation> evaluate(SecondaryStructureModel model, List<ProteinRecord> records,
                                              String name) {
        return evaluateAll(model, records, name).three();
    }

    /** Whether every record carries an 8-state label. */
    public static boolean hasEightStateLabels(List<ProteinRecord> records) {
        return !records.isEmpty() && records.stream().allMatch(r -> r.label(SsLabels.SS8).isPresent());
    }

    /** 3-state and, for an 8-state model on 8-state labels, 8-state evaluations (one prediction pass). */
    public static Results evaluateAll(SecondaryStructureModel model, List<ProteinRecord> records, String name) {
        boolean eight = model.eightState() && hasEightStateLabels(records);
        List<SsPrediction> predictions = model.predictions(records);
        SsEvaluation all = new SsEvaluation(name);
        SsEvaluation original = new SsEvaluation(name + ORIGINAL);
        Ss8Evaluation all8 = new Ss8Evaluation(name);
        Ss8Evaluation original8 = new Ss8Evaluation(name + ORIGINAL);
        boolean hasOriginal = false;
        for (int n = 0; n < records.size(); n++) {
            ProteinRecord r = records.get(n);
            String observed = r.label(SsLabels.SS3).orElseThrow(
                    () -> new IllegalArgumentException(r.id() + ": no ss3 label"));
            SsPrediction prediction = predictions.get(n);
            String predicted = prediction.states();
            boolean[] scored = new boolean[r.length()];
            for (int i = 0; i < scored.length; i++) {
                scored[i] = r.isScored(i);
            }
            all.add(observed, predicted, scored);
            String observed8 = eight ? r.label(SsLabels.SS8).get() : null;
            String predicted8 = eight ? prediction.eightStates() : null;
            if (eight) {
                all8.add(observed8, predicted8, scored);
            }
            if (r.label(Cb513Ts115Dataset.CB513_MASK).isPresent()) {
                hasOriginal = true;
                String m = r.label(Cb513Ts115Dataset.CB513_MASK).get();
                boolean[] both = new boolean[scored.length];
                for (int i = 0; i < both.length; i++) {
                    both[i] = scored[i] && m.charAt(i) == '1';
                }
                original.add(observed, predicted, both);
                if (eight) {
                    original8.add(observed8, predicted8, both);
                }
            }
        }
        List<SsEvaluation> three = new ArrayList<>(List.of(all));
        List<Ss8Evaluation> eights = new ArrayList<>();
        if (eight) {
            eights.add(all8);
        }
        if (hasOriginal && original.residues() != all.residues()) {   // (TS115's column marks every residue)
            three.add(original);
            if (eight) {
                eights.add(original8);
            }
        }
        return new Results(three, eights);
    }
}
