package org.protpred.pipeline.ss;

import java.util.ArrayList;
import java.util.List;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.data.Cb513Ts115Dataset;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.Evaluator;

/**
 * Scores secondary-structure predictions of a labelled set, record by record: over the scored residues of every
 * chain, and, where the records carry the {@link Cb513Ts115Dataset#CB513_MASK} label and it leaves out some scored
 * residue, once more over the residues of the original CB513 definition.
 *
 * <p>3-state scores ({@link SsEvaluation}) come from the 3-state probabilities (for an 8-state model, the reduced
 * sums). When the model predicts 8 states and every record carries an {@code ss8} label, the same residues are also
 * scored in 8 states ({@link Ss8Evaluation}); otherwise the report says why Q8 is not available.
 */
public final class SsEvaluator implements Evaluator<SsPrediction> {

    /** Label of the second evaluation of CB513. */
    private static final String ORIGINAL = ", original CB513 residues (cb513_mask = 1)";

    private final String name;
    private final boolean eightStateModel;
    private final SsEvaluation all;
    private final SsEvaluation original;
    private final Ss8Evaluation all8;
    private final Ss8Evaluation original8;
    private boolean hasOriginal;
    private boolean everyRecordHasEight = true;
    private int records;

    /** An evaluator of the set {@code name} for a model with 8 states or not. */
    public SsEvaluator(String name, boolean eightStateModel) {
        this.name = name;
        this.eightStateModel = eightStateModel;
        this.all = new SsEvaluation(name);
        this.original = new SsEvaluation(name + ORIGINAL);
        this.all8 = new Ss8Evaluation(name);
        this.original8 = new Ss8Evaluation(name + ORIGINAL);
    }

    /** The 3-state evaluations of {@code model} on {@code records} (labels {@code ss3}, scored masks). */
    public static List<SsEvaluation> evaluate(SecondaryStructureModel model, List<ProteinRecord> records,
                                              String name) {
        SsEvaluator e = new SsEvaluator(name, model.eightState());
        List<SsPrediction> predictions = model.predict(records);
        for (int n = 0; n < records.size(); n++) {
            e.add(records.get(n), predictions.get(n));
        }
        return e.threeState();
    }

    @Override
    public void add(ProteinRecord r, SsPrediction prediction) {
        String observed = r.label(SsLabels.SS3).orElseThrow(
                () -> new IllegalArgumentException(r.id() + ": no ss3 label"));
        records++;
        everyRecordHasEight &= r.label(SsLabels.SS8).isPresent();
        boolean eight = eightStateModel && everyRecordHasEight;
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

    /** Whether the original CB513 residues get a block of their own (TS115's column marks every residue). */
    private boolean originalBlock() {
        return hasOriginal && original.residues() != all.residues();
    }

    /** The 3-state evaluations: all scored residues, then (CB513) the original residues. */
    public List<SsEvaluation> threeState() {
        List<SsEvaluation> out = new ArrayList<>(List.of(all));
        if (originalBlock()) {
            out.add(original);
        }
        return out;
    }

    /** The 8-state evaluations in the same order, or none when the model or the labels have 3 states only. */
    public List<Ss8Evaluation> eightState() {
        if (!eightStateModel || !everyRecordHasEight || records == 0) {
            return List.of();
        }
        List<Ss8Evaluation> out = new ArrayList<>(List.of(all8));
        if (originalBlock()) {
            out.add(original8);
        }
        return out;
    }

    @Override
    public String report() {
        if (all.residues() == 0) {
            throw new InputException(name + ": no residue has a label to score (" + records + " chains)");
        }
        StringBuilder sb = new StringBuilder();
        threeState().forEach(e -> sb.append(e.report()));
        List<Ss8Evaluation> eight = eightState();
        eight.forEach(e -> sb.append(e.report()));
        if (eight.isEmpty()) {
            if (everyRecordHasEight && records > 0 && !eightStateModel) {
                sb.append("  Q8   not available: the model predicts 3 states (use an 8-state model, e.g. --states 8)\n");
            } else if (eightStateModel) {
                sb.append("  Q8   not available: ").append(name).append(" has no 8-state labels\n");
            }
        }
        return sb.toString();
    }
}
