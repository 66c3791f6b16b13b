package org.protpred.pipeline.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.AminoAcids;
import org.protpred.pipeline.protein.Profile;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * {@code profile}: 20 columns of position-specific amino-acid values, in {@link AminoAcids#ALPHABET} order.
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@code source}: {@code any} (default: the record's profile if it has one, else computed from its alignment),
 *       {@code pssm} (the record's profile only, e.g. from a PSI-BLAST PSSM) or {@code alignment} (computed from the
 *       record's alignment only);</li>
 *   <li>{@code values}: {@code frequencies} (default; the profile's per-residue probabilities) or {@code scores}
 *       (the PSSM's log-odds scores {@code s} passed through the logistic function {@code 1 / (1 + e^-s)}, as in
 *       Jones 1999; needs {@code source=pssm});</li>
 *   <li>{@code pseudocount} (default 1) and {@code identity} (default 0.8): for profiles computed from an
 *       alignment, see {@link AlignmentStatistics}.</li>
 * </ul>
 */
final class ProfileFeatures implements ResidueFeatureGroup {

    private final String source;
    private final boolean scores;
    private final double pseudocount;
    private final double identity;
    private final List<String> columns;

    ProfileFeatures(FeatureGroup group) {
        group.requireOnly("source", "values", "pseudocount", "identity");
        source = group.choice("source", "any", "pssm", "alignment");
        scores = group.choice("values", "frequencies", "scores").equals("scores");
        if (scores && !source.equals("pssm")) {
            throw new InputException("feature spec: group 'profile': values=scores needs source=pssm");
        }
        pseudocount = group.number("pseudocount", 1.0, 0.0, 1e6);
        identity = group.number("identity", AlignmentStatistics.DEFAULT_IDENTITY, 0.01, 1.0);
        String prefix = scores ? "pssm_" : "prof_";
        List<String> c = new ArrayList<>();
        for (char a : AminoAcids.ALPHABET.toCharArray()) {
            c.add(prefix + a);
        }
        columns = List.copyOf(c);
    }

    @Override
    public List<String> columnNames() {
        return columns;
    }

    @Override
    public Set<FeatureInput> requiresOneOf() {
        return switch (source) {
            case "pssm" -> Set.of(FeatureInput.PROFILE);
            case "alignment" -> Set.of(FeatureInput.ALIGNMENT);
            default -> Set.of(FeatureInput.PROFILE, FeatureInput.ALIGNMENT);
        };
    }

    @Override
    public void fill(FeatureContext context, float[][] out, int offset) {
        ProteinRecord r = context.record();
        boolean usePssm = source.equals("pssm") || (source.equals("any") && r.profile() != null);
        double[][] values;
        if (usePssm) {
            Profile p = r.profileIfPresent().orElseThrow(() -> FeatureSpec.missing(r, FeatureInput.PROFILE));
            if (p.length() != r.length()) {
                throw new InputException(p.source() + ": profile has " + p.length() + " positions but '" + r.id()
                        + "' has " + r.length() + " residues");
            }
            if (scores && p.scores() == null) {
                throw new InputException(p.source() + ": profile has no scores, but the model was trained with PSSM"
                        + " scores: pass a PSI-BLAST PSSM with --pssm");
            }
            values = scores ? p.scores() : p.frequencies();
        } else {
            values = context.alignment(identity).profile(pseudocount);
        }
        for (int i = 0; i < r.length(); i++) {
            for (int a = 0; a < AminoAcids.COUNT; a++) {
                double v = values[i][a];
                out[i][offset + a] = (float) (scores ? 1.0 / (1.0 + Math.exp(-v)) : v);
            }
        }
    }
}
