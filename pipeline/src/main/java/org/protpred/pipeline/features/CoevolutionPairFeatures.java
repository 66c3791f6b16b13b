package org.protpred.pipeline.features;

import java.util.List;
import java.util.Set;

/**
 * {@code coevolution}: coevolution scores of the pair's alignment columns, from the record's alignment. Parameters:
 * {@code method} = {@code mi_apc} (default; mutual information with APC) or {@code dca_apc} (mean-field DCA,
 * Frobenius norm with APC; alignments of at most {@link Coevolution#MAX_DCA_LENGTH} columns), see
 * {@link Coevolution}; {@code pseudocount} (the fraction lambda, default 0 for MI and 0.5 for DCA);
 * {@code identity} (sequence-weight threshold, default 0.8).
 *
 * <p>Two columns: {@code coev_mi_apc}, the score, and {@code coev_mi_apc_z}, the score standardised over the
 * record's pairs with {@code j - i >= minSeparation} ({@code (s - mean) / sd}; 0 when the sd is 0). The L x L
 * score matrix is computed once per record (8 L^2 bytes).
 */
final class CoevolutionPairFeatures implements PairFeatureGroup {

    private final String method;
    private final double pseudocount;
    private final double identity;

    CoevolutionPairFeatures(FeatureGroup group) {
        group.requireOnly("method", "pseudocount", "identity");
        method = group.choice("method", "mi_apc", "dca_apc");
        pseudocount = group.number("pseudocount", method.equals("dca_apc") ? 0.5 : 0.0,
                method.equals("dca_apc") ? 0.01 : 0.0, 0.99);
        identity = group.number("identity", AlignmentStatistics.DEFAULT_IDENTITY, 0.01, 1.0);
    }

    @Override
    public List<String> columnNames() {
        return List.of("coev_" + method, "coev_" + method + "_z");
    }

    @Override
    public Set<FeatureInput> requiresOneOf() {
        return Set.of(FeatureInput.ALIGNMENT);
    }

    @Override
    public Filler bind(PairContext context) {
        AlignmentStatistics a = context.features().alignment(identity);
        double[][] s = method.equals("dca_apc") ? Coevolution.dcaApc(a, pseudocount)
                : Coevolution.miApc(a, pseudocount);
        int l = s.length;
        int minSep = context.spec().minSeparation();
        double sum = 0;
        double sumSq = 0;
        long count = 0;
        for (int i = 0; i < l; i++) {
            for (int j = i + minSep; j < l; j++) {
                sum += s[i][j];
                sumSq += s[i][j] * s[i][j];
                count++;
            }
        }
        double mean = count == 0 ? 0 : sum / count;
        double var = count == 0 ? 0 : Math.max(0, sumSq / count - mean * mean);
        double sd = Math.sqrt(var);
        return (i, j, row, offset) -> {
            row[offset] = (float) s[i][j];
            row[offset + 1] = sd > 0 ? (float) ((s[i][j] - mean) / sd) : 0f;
        };
    }
}
