package org.protpred.pipeline.features;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.protpred.models.core.InputException;

/**
 * The known feature groups by name: residue groups ({@code onehot}, {@code atchley}, {@code hydrophobicity},
 * {@code propensity}, {@code property}, {@code position}, {@code length}, {@code profile}, {@code predicted_ss}) and pair groups
 * ({@code window}, {@code separation}, {@code length_bins}, {@code potential}, {@code coevolution}, {@code neff}).
 * Each group's class documents its columns and parameters.
 */
public final class FeatureRegistry {

    private static final Map<String, Function<FeatureGroup, ResidueFeatureGroup>> RESIDUE = new TreeMap<>();
    private static final Map<String, BiFunction<FeatureGroup, List<String>, PairFeatureGroup>> PAIR = new TreeMap<>();

    static {
        RESIDUE.put(OneHotFeatures.NAME, OneHotFeatures::new);
        RESIDUE.put("atchley", PropertyFeatures::new);
        RESIDUE.put("hydrophobicity", PropertyFeatures::new);
        RESIDUE.put("propensity", PropertyFeatures::new);
        RESIDUE.put("property", PropertyFeatures::new);
        RESIDUE.put("position", PositionFeatures::new);
        RESIDUE.put("length", LengthFeatures::new);
        RESIDUE.put("profile", ProfileFeatures::new);
        RESIDUE.put(PredictedSsFeatures.NAME, PredictedSsFeatures::new);

        PAIR.put("window", WindowPairFeatures::new);
        PAIR.put("separation", (g, r) -> new SeparationPairFeatures(g));
        PAIR.put("length_bins", (g, r) -> new LengthBinPairFeatures(g));
        PAIR.put("potential", (g, r) -> new PotentialPairFeatures(g));
        PAIR.put("coevolution", (g, r) -> new CoevolutionPairFeatures(g));
        PAIR.put("neff", (g, r) -> new NeffPairFeatures(g));
    }

    private FeatureRegistry() {
    }

    /**
     * The residue group a spec entry describes, its parameters checked.
     *
     * @throws InputException for an unknown group or a bad parameter
     */
    public static ResidueFeatureGroup residue(FeatureGroup group) {
        Function<FeatureGroup, ResidueFeatureGroup> f = RESIDUE.get(group.name());
        if (f == null) {
            throw new InputException("feature spec: unknown residue feature group '" + group.name() + "' (known: "
                    + String.join(", ", RESIDUE.keySet()) + ")");
        }
        return f.apply(group);
    }

    /**
     * The pair group a spec entry describes, its parameters checked.
     *
     * @param residueColumns the spec's residue column names (used by {@code window})
     * @throws InputException for an unknown group or a bad parameter
     */
    public static PairFeatureGroup pair(FeatureGroup group, List<String> residueColumns) {
        BiFunction<FeatureGroup, List<String>, PairFeatureGroup> f = PAIR.get(group.name());
        if (f == null) {
            throw new InputException("feature spec: unknown pair feature group '" + group.name() + "' (known: "
                    + String.join(", ", PAIR.keySet()) + ")");
        }
        return f.apply(group, residueColumns);
    }

    /** Names of the residue groups. */
    public static List<String> residueGroupNames() {
        return List.copyOf(RESIDUE.keySet());
    }

    /** Names of the pair groups. */
    public static List<String> pairGroupNames() {
        return List.copyOf(PAIR.keySet());
    }
}
