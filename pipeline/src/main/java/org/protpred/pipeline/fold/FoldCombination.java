package org.protpred.pipeline.fold;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How CNN probabilities and alignment evidence give one ranking: a linear score per fold over {@link #FEATURES}
 * evidence features (a conditional-logit model), whose softmax over the folds is the reported probability.
 *
 * <p>Features of fold {@code f} for one query, with {@code e1}, {@code e2} the fold's two strongest pair evidences
 * ({@link FoldLibrary.Hit#evidence}, {@code -ln E} of one pair) and {@code e*} the query's strongest over all folds:
 * <ol start="0">
 *   <li>{@code max(ln p_cnn(f), -20)} (0 for {@code align});</li>
 *   <li>{@code ln prior(f)}, the fold's share of the training domains;</li>
 *   <li>-6. {@code max(0, e1 - h)} for {@code h} = -4, 0, 4, 8, 16 (a piecewise-linear response to the best hit);</li>
 *   <li>-8. {@code max(0, e2 - h)} for {@code h} = 0, 4 (a second domain of the fold also found);</li>
 *   <li>{@code ln(1 + domains aligned)};</li>
 *   <li>1 if the fold has a hit;</li>
 *   <li>{@code max(-10, e1 - e*)}, how far the fold's best hit is behind the query's best (-10 without a hit).</li>
 * </ol>
 * Folds without a hit get 0 for features 2-10. The weights of {@code combined} and of {@code align} (the same model
 * without the CNN feature) are fitted on the validation split by {@link #fit} (maximum likelihood of the true fold,
 * Newton's method, ridge penalty {@value #RIDGE}) and stored in the model's metadata ({@value #WEIGHTS},
 * {@value #ALIGN_WEIGHTS}); {@code cnn} ranks by the CNN's own probabilities.
 */
public final class FoldCombination {

    /** Metadata key of the combined method's weights (comma-separated, feature order). */
    public static final String WEIGHTS = "combinationWeights";
    /** Metadata key of the align method's weights. */
    public static final String ALIGN_WEIGHTS = "alignWeights";
    /** Metadata key naming the features (for the record). */
    public static final String FEATURE_NAMES = "combinationFeatures";
    /** Number of features. */
    public static final int FEATURES = 12;
    /** Names of the features, in order. */
    public static final String NAMES = "lnPcnn,lnPrior,e1+4,e1-0,e1-4,e1-8,e1-16,e2-0,e2-4,lnDomains,hit,e1-eBest";
    /** Ridge penalty of the fit (on every weight). */
    public static final double RIDGE = 1.0;

    private static final double[] HINGES_FIRST = {-4, 0, 4, 8, 16};
    private static final double[] HINGES_SECOND = {0, 4};

    /**
     * Used when a model records no weights (models trained before the learned combination): the weights fitted for
     * the shipped model, rounded.
     */
    public static final FoldCombination DEFAULT = new FoldCombination(
            new double[] {0.5, -0.3, -0.1, 0.35, 0.25, 0.35, 0.05, 0.1, 0.45, -0.1, -0.1, 0.1},
            new double[] {0, -0.3, -0.1, 0.35, 0.25, 0.35, 0.05, 0.1, 0.45, -0.1, -0.1, 0.1});

    private final double[] combined;
    private final double[] align;

    /** Weights of {@code combined} and of {@code align} ({@value #FEATURES} each; {@code align[0]} must be 0). */
    public FoldCombination(double[] combined, double[] align) {
        if (combined.length != FEATURES || align.length != FEATURES) {
            throw new IllegalArgumentException("a combination has " + FEATURES + " weights per method");
        }
        if (align[0] != 0) {
            throw new IllegalArgumentException("the align method cannot weigh the CNN");
        }
        for (double w : combined) {
            check(w);
        }
        for (double w : align) {
            check(w);
        }
        this.combined = combined.clone();
        this.align = align.clone();
    }

    private static void check(double w) {
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("combination weights must be finite, got " + w);
        }
    }

    /** The combination recorded in a model's metadata, or {@link #DEFAULT} when it records none. */
    public static FoldCombination of(Map<String, String> extra, String source) {
        String c = extra.get(WEIGHTS);
        String a = extra.get(ALIGN_WEIGHTS);
        if (c == null || a == null) {
            return DEFAULT;
        }
        try {
            return new FoldCombination(parse(c), parse(a));
        } catch (IllegalArgumentException e) {
            throw new org.protpred.models.core.InputException(source + ": damaged model file (combination weights: "
                    + e.getMessage() + ")");
        }
    }

    private static double[] parse(String list) {
        String[] parts = list.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i].trim());
        }
        return out;
    }

    /** The metadata entries that record this combination. */
    public Map<String, String> metadata() {
        return Map.of(WEIGHTS, format(combined), ALIGN_WEIGHTS, format(align), FEATURE_NAMES, NAMES);
    }

    private static String format(double[] w) {
        StringBuilder sb = new StringBuilder();
        for (double x : w) {
            sb.append(sb.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6g", x));
        }
        return sb.toString();
    }

    /** The weights of a method ({@code cnn}: null). */
    public double[] weights(FoldMethod method) {
        return switch (method) {
            case COMBINED -> combined.clone();
            case ALIGN -> align.clone();
            case CNN -> null;
        };
    }

    /**
     * The features of every fold for one query, {@code x[f * FEATURES + k]}.
     *
     * @param cnn   CNN probabilities (label order), or null (feature 0 is then 0)
     * @param prior training share per fold (label order)
     */
    static double[] features(List<String> folds, float[] cnn, double[] prior, Map<String, FoldLibrary.Hit> hits,
                             Map<String, Integer> index) {
        int n = folds.size();
        double[] x = new double[n * FEATURES];
        double best = Double.NEGATIVE_INFINITY;
        for (FoldLibrary.Hit h : hits.values()) {
            best = Math.max(best, evidence(h));
        }
        for (int f = 0; f < n; f++) {
            int o = f * FEATURES;
            x[o] = cnn == null ? 0 : Math.max(Math.log(cnn[f]), -20);
            x[o + 1] = Math.log(prior[f]);
            Arrays.fill(x, o + 2, o + FEATURES, 0);
            x[o + 11] = -10;
        }
        for (FoldLibrary.Hit h : hits.values()) {
            Integer f = index.get(h.fold());
            if (f == null) {
                continue;
            }
            int o = f * FEATURES;
            double e1 = evidence(h);
            for (int k = 0; k < HINGES_FIRST.length; k++) {
                x[o + 2 + k] = Math.max(0, e1 - HINGES_FIRST[k]);
            }
            for (int k = 0; k < HINGES_SECOND.length; k++) {
                x[o + 7 + k] = Double.isFinite(h.secondEvidence()) ? Math.max(0, h.secondEvidence() - HINGES_SECOND[k])
                        : 0;
            }
            x[o + 9] = Math.log1p(h.domains());
            x[o + 10] = 1;
            x[o + 11] = Math.max(-10, e1 - best);
        }
        return x;
    }

    /** A hit's evidence; a hit read from a file without it counts by its score against a 150-residue pair. */
    private static double evidence(FoldLibrary.Hit h) {
        return Double.isNaN(h.evidence()) ? FoldLibrary.pairEvidence(h.score(), 150, 150) : h.evidence();
    }

    /** Label index of each fold. */
    static Map<String, Integer> index(List<String> folds) {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int f = 0; f < folds.size(); f++) {
            index.put(folds.get(f), f);
        }
        return index;
    }

    /**
     * Per fold (label order) the score of the fold under {@code method} (a log of the unnormalised probability):
     * {@code ln p_cnn(f)} for {@code cnn}, the weighted features otherwise. Folds are ranked by these values.
     *
     * @param cnn   CNN probabilities (label order; ignored for {@code align}, may be null then)
     * @param prior training share per fold (label order)
     */
    public double[] logits(FoldMethod method, List<String> folds, float[] cnn, double[] prior,
                           Map<String, FoldLibrary.Hit> hits) {
        return logits(method, folds, index(folds), cnn, prior, hits);
    }

    /** {@link #logits(FoldMethod, List, float[], double[], Map)} with the folds' {@link #index} already built. */
    double[] logits(FoldMethod method, List<String> folds, Map<String, Integer> index, float[] cnn, double[] prior,
                    Map<String, FoldLibrary.Hit> hits) {
        int n = folds.size();
        double[] logit = new double[n];
        if (method == FoldMethod.CNN) {
            for (int f = 0; f < n; f++) {
                logit[f] = Math.log(Math.max(cnn[f], 1e-30));
            }
            return logit;
        }
        double[] w = method == FoldMethod.COMBINED ? combined : align;
        double[] x = features(folds, method == FoldMethod.COMBINED ? cnn : null, prior, hits, index);
        for (int f = 0; f < n; f++) {
            logit[f] = dot(w, x, f * FEATURES);
        }
        return logit;
    }

    private static double dot(double[] w, double[] x, int offset) {
        double s = 0;
        for (int k = 0; k < FEATURES; k++) {
            s += w[k] * x[offset + k];
        }
        return s;
    }

    /** The probabilities of {@link #logits} (a softmax; {@code cnn}: the CNN's own probabilities). */
    public float[] probabilities(FoldMethod method, List<String> folds, float[] cnn, double[] prior,
                                 Map<String, FoldLibrary.Hit> hits) {
        if (method == FoldMethod.CNN) {
            return cnn.clone();
        }
        return softmax(logits(method, folds, cnn, prior, hits));
    }

    /** The softmax of {@code logit}, as floats. */
    public static float[] softmax(double[] logit) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logit) {
            max = Math.max(max, l);
        }
        double[] e = new double[logit.length];
        double sum = 0;
        for (int f = 0; f < logit.length; f++) {
            e[f] = Math.exp(logit[f] - max);
            sum += e[f];
        }
        float[] out = new float[logit.length];
        for (int f = 0; f < out.length; f++) {
            out[f] = (float) (e[f] / sum);
        }
        return out;
    }

    /** Label indices by decreasing value, ties by label order. */
    public static int[] order(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> v[a] != v[b] ? Double.compare(v[b], v[a]) : Integer.compare(a, b));
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /** Label indices by decreasing probability, ties by label order. */
    public static int[] order(float[] p) {
        double[] v = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            v[i] = p[i];
        }
        return order(v);
    }

    /** Top-1 and top-5 accuracy of a method with this combination on labelled examples. */
    public double[] accuracy(FoldMethod method, List<String> folds, List<float[]> cnn, double[] prior,
                             List<Map<String, FoldLibrary.Hit>> hits, int[] truth) {
        Map<String, Integer> index = index(folds);
        int top1 = 0;
        int top5 = 0;
        for (int n = 0; n < truth.length; n++) {
            int t = truth[n];
            if (t < 0) {
                continue;
            }
            double[] p = logits(method, folds, index, cnn == null ? null : cnn.get(n), prior, hits.get(n));
            int better = 0;
            for (int f = 0; f < p.length; f++) {
                if (p[f] > p[t] || p[f] == p[t] && f < t) {
                    better++;
                }
            }
            top1 += better == 0 ? 1 : 0;
            top5 += better < 5 ? 1 : 0;
        }
        return new double[] {(double) top1 / truth.length, (double) top5 / truth.length};
    }

    /**
     * The weights of both methods fitted on labelled examples (validation): each maximises the log-likelihood of the
     * true folds under the softmax of its scores, minus {@value #RIDGE} times the squared weights. Examples whose
     * fold is not a label ({@code truth < 0}) are left out.
     */
    public static FoldCombination fit(List<String> folds, List<float[]> cnn, double[] prior,
                                      List<Map<String, FoldLibrary.Hit>> hits, int[] truth) {
        Map<String, Integer> index = index(folds);
        List<double[]> x = new java.util.ArrayList<>();
        List<Integer> labels = new java.util.ArrayList<>();
        for (int e = 0; e < truth.length; e++) {
            if (truth[e] < 0) {
                continue;
            }
            x.add(features(folds, cnn.get(e), prior, hits.get(e), index));
            labels.add(truth[e]);
        }
        if (labels.isEmpty()) {
            return DEFAULT;
        }
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        double[] start = new double[FEATURES];
        start[0] = 1;
        double[] c = ConditionalLogit.fit(x, y, folds.size(), FEATURES, RIDGE, start, -1);
        // align: the same features with the CNN's weight held at 0, which leaves its column without effect
        start[0] = 0;
        double[] a = ConditionalLogit.fit(x, y, folds.size(), FEATURES, RIDGE, start, 0);
        return new FoldCombination(c, a);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FoldCombination other && Arrays.equals(combined, other.combined)
                && Arrays.equals(align, other.align);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(combined) + Arrays.hashCode(align);
    }

    @Override
    public String toString() {
        return "combined weights " + format(combined) + "; align weights " + format(align);
    }
}
