package org.protpred.pipeline.fold;

import java.util.ArrayList;
import java.util.List;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.features.FeatureGroup;
import org.protpred.pipeline.features.FeatureSpec;

/**
 * The feature specs of fold models ({@code --features}): {@value #SINGLE} (the 34 single-sequence columns: one-hot,
 * Atchley factors, Kyte-Doolittle, Chou-Fasman propensities, position, length) and {@value #WITH_SS} (those plus
 * the 3-state and 8-state secondary-structure probabilities predicted by protpred's own shipped models,
 * {@code predicted_ss}: 45 columns). Both need nothing but the sequence. Any other value is read as a spec name or
 * JSON file ({@link FeatureSpec#load}), e.g. {@code profile}.
 */
public final class FoldFeatures {

    /** One-hot and physico-chemical columns only. */
    public static final String SINGLE = "single-sequence";
    /** Plus predicted 3- and 8-state secondary structure. */
    public static final String WITH_SS = "with-ss";

    private FoldFeatures() {
    }

    /** The spec named by {@code --features}. @throws InputException for an unknown name or bad file */
    public static FeatureSpec spec(String name) {
        if (WITH_SS.equals(name)) {
            return withSs();
        }
        return FeatureSpec.load(name);
    }

    /** {@link FeatureSpec#singleSequence()} plus {@code predicted_ss} with 3 and with 8 states. */
    public static FeatureSpec withSs() {
        List<FeatureGroup> groups = new ArrayList<>(FeatureSpec.singleSequence().residueGroups());
        groups.add(FeatureGroup.of("predicted_ss", "states", "3"));
        groups.add(FeatureGroup.of("predicted_ss", "states", "8"));
        return new FeatureSpec(groups, List.of(), FeatureSpec.DEFAULT_MIN_SEPARATION);
    }
}
