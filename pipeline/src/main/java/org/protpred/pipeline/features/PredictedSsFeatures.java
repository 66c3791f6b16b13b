package org.protpred.pipeline.features;

import java.util.ArrayList;
import java.util.List;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.ss.SecondaryStructureModel;
import org.protpred.pipeline.ss.SsLabels;

/**
 * {@code predicted_ss}: the secondary structure predicted by protpred's own shipped model, per residue.
 * Parameter {@code states} = {@code 3} (default; columns {@code pss3_H, pss3_E, pss3_C}, the bundled 3-state model) or
 * {@code 8} (columns {@code pss8_H, pss8_G, pss8_I, pss8_E, pss8_B, pss8_T, pss8_S, pss8_C}, the bundled 8-state
 * model). Needs only the sequence.
 *
 * <p>The network predicts many records faster in one call (batched by length) than one at a time, so the group
 * implements {@link ResidueFeatureGroup#prepare}: {@link ResidueFeatures#extractAll} and the feature cache predict
 * a whole chunk of records at once; a lone {@link #fill} predicts its record by itself (same numbers: the
 * secondary-structure network is exact under padding).
 */
final class PredictedSsFeatures implements ResidueFeatureGroup {

    static final String NAME = "predicted_ss";

    private final int states;
    private final List<String> columns;

    PredictedSsFeatures(FeatureGroup group) {
        group.requireOnly("states");
        this.states = Integer.parseInt(group.choice("states", "3", "8"));
        List<String> c = new ArrayList<>();
        for (String s : states == 3 ? SsLabels.NAMES : SsLabels.NAMES8) {
            c.add("pss" + states + "_" + s);
        }
        this.columns = List.copyOf(c);
    }

    @Override
    public List<String> columnNames() {
        return columns;
    }

    private String key() {
        return NAME + states;
    }

    /** The bundled models, loaded once each. */
    private static final SecondaryStructureModel[] MODELS = new SecondaryStructureModel[9];

    private static synchronized SecondaryStructureModel model(int states) {
        if (MODELS[states] == null) {
            MODELS[states] = SecondaryStructureModel.bundled(states);
        }
        return MODELS[states];
    }

    private List<float[][]> predict(List<ProteinRecord> records) {
        SecondaryStructureModel model = model(states);
        return states == 3 ? model.predictThreeStates(records) : model.predictEightState(records);
    }

    @Override
    public void prepare(List<FeatureContext> contexts) {
        List<ProteinRecord> records = new ArrayList<>(contexts.size());
        for (FeatureContext c : contexts) {
            records.add(c.record());
        }
        List<float[][]> p = predict(records);
        for (int n = 0; n < contexts.size(); n++) {
            contexts.get(n).put(key(), p.get(n));
        }
    }

    @Override
    public void fill(FeatureContext context, float[][] out, int offset) {
        float[][] p = (float[][]) context.get(key());
        if (p == null) {
            p = predict(List.of(context.record())).get(0);
        }
        for (int i = 0; i < p.length; i++) {
            System.arraycopy(p[i], 0, out[i], offset, states);
        }
    }
}
