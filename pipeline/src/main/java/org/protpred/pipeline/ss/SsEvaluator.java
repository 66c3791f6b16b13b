package org.protpred.pipeline.ss;

import java.util.ArrayList;
import java.util.List;
import org.protpred.pipeline.data.Cb513Ts115Dataset;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Predicts a labelled set with a model and scores it: over the scored residues of every chain, and, where the
 * records carry the {@link Cb513Ts115Dataset#CB513_MASK} label and it leaves out some scored residue, once more over
 * the residues of the original CB513 definition.
 */
public final class SsEvaluator {

    private SsEvaluator() {
    }

    /** The evaluations of {@code model} on {@code records} (labels {@code ss3}, scored masks). */
    public static List<SsEvaluation> evaluate(SecondaryStructureModel model, List<ProteinRecord> records,
                                              String name) {
        List<float[][]> probabilities = model.predict(records);
        SsEvaluation all = new SsEvaluation(name);
        SsEvaluation original = new SsEvaluation(name + ", original CB513 residues (cb513_mask = 1)");
        boolean hasOriginal = false;
        for (int n = 0; n < records.size(); n++) {
            ProteinRecord r = records.get(n);
            String observed = r.label(SsLabels.SS3).orElseThrow(
                    () -> new IllegalArgumentException(r.id() + ": no ss3 label"));
            String predicted = new SsPrediction(r.id(), r.sequence(), probabilities.get(n)).states();
            boolean[] scored = new boolean[r.length()];
            for (int i = 0; i < scored.length; i++) {
                scored[i] = r.isScored(i);
            }
            all.add(observed, predicted, scored);
            if (r.label(Cb513Ts115Dataset.CB513_MASK).isPresent()) {
                hasOriginal = true;
                String m = r.label(Cb513Ts115Dataset.CB513_MASK).get();
                boolean[] both = new boolean[scored.length];
                for (int i = 0; i < both.length; i++) {
                    both[i] = scored[i] && m.charAt(i) == '1';
                }
                original.add(observed, predicted, both);
            }
        }
        List<SsEvaluation> out = new ArrayList<>(List.of(all));
        if (hasOriginal && original.residues() != all.residues()) {   // (TS115's column marks every residue)
            out.add(original);
        }
        return out;
    }
}
