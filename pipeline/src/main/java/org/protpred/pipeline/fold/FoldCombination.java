package org.protpred.pipeline.fold;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How CNN probabilities and alignment evidence give one ranking: per fold {@code f} the evidence
 * {@code x_f = max(0, s_f - threshold)}, where {@code s_f} is the Smith-Waterman score of the fold's best training
 * domain (0 without a hit), and
 * <ul>
 *   <li>{@code combined}: probability proportional to {@code p_cnn(f) * exp(weight * x_f)};</li>
 *   <li>{@code align}: probability proportional to {@code prior(f) * exp(weight * x_f)}, the prior being the fold's
 *       share of the training domains (so folds without a hit follow their frequency);</li>
 *   <li>{@code cnn}: {@code p_cnn(f)}.</li>
 * </ul>
 * {@code weight} and {@code threshold} are fitted on the validation split ({@link #fit}) and stored in the model's
 * metadata ({@value #WEIGHT}, {@value #THRESHOLD}).
 *
 * @param weight    evidence weight per score unit
 * @param threshold score below which a hit counts for nothing
 */
public record FoldCombination(double weight, double threshold) {

    /** Metadata key of the weight. */
    public static final String WEIGHT = "combinationWeight";
    /** Metadata key of the threshold. */
    public static final String THRESHOLD = "combinationThreshold";
    /** Used when a model records none. */
    public static final FoldCombination DEFAULT = new FoldCombination(0.1, 25);

    /** The combination recorded in a model's metadata, or {@link #DEFAULT}. */
    public static FoldCombination of(Map<String, String> extra) {
        try {
            return new FoldCombination(Double.parseDouble(extra.getOrDefault(WEIGHT, "" + DEFAULT.weight)),
                    Double.parseDouble(extra.getOrDefault(THRESHOLD, "" + DEFAULT.threshold)));
        } catch (NumberFormatException e) {
            return DEFAULT;
        }
    }

    /**
     * Per fold (label order) the log of the unnormalised probability under {@code method}: {@code ln p_cnn(f)}
     * ({@code cnn}), plus {@code weight * max(0, s_f - threshold)} ({@code combined}), or {@code ln prior(f)} plus
     * that ({@code align}). Folds are ranked by these values, which do not underflow as probabilities do.
     *
     * @param cnn   CNN probabilities (label order; ignored for {@code align}, may be null then)
     * @param prior training share per fold (label order; used by {@code align})
     */
    public double[] logits(FoldMethod method, List<String> folds, float[] cnn, double[] prior,
                           Map<String, FoldLibrary.Hit> hits) {
        int n = folds.size();
        double[] logit = new double[n];
        for (int f = 0; f < n; f++) {
            double base = method == FoldMethod.ALIGN ? prior[f] : cnn[f];
            double l = Math.log(Math.max(base, 1e-30));
            FoldLibrary.Hit h = method == FoldMethod.CNN ? null : hits.get(folds.get(f));
            if (h != null) {
                l += weight * Math.max(0, h.score() - threshold);
            }
            logit[f] = l;
        }
        return logit;
    }

    /** The probabilities of {@link #logits} (a softmax; {@code cnn}: the CNN's own probabilities). */
    public float[] probabilities(FoldMethod method, List<String> folds, float[] cnn, double[] prior,
                                 Map<String, FoldLibrary.Hit> hits) {
        int n = folds.size();
        float[] out = new float[n];
        if (method == FoldMethod.CNN) {
            System.arraycopy(cnn, 0, out, 0, n);
            return out;
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
        java.util.Arrays.sort(idx, (a, b) -> v[a] != v[b] ? Double.compare(v[b], v[a]) : Integer.compare(a, b));
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /** Label indices by decreasing probability, ties by label order. */
    public static int[] order(float[] p) {
        Integer[] idx = new Integer[p.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> p[a] != p[b] ? Float.compare(p[b], p[a]) : Integer.compare(a, b));
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /** Top-1 and top-5 accuracy of a method with this combination on labelled examples. */
    public double[] accuracy(FoldMethod method, List<String> folds, List<float[]> cnn, double[] prior,
                             List<Map<String, FoldLibrary.Hit>> hits, int[] truth) {
        int top1 = 0;
        int top5 = 0;
        for (int n = 0; n < truth.length; n++) {
            double[] p = logits(method, folds, cnn == null ? null : cnn.get(n), prior, hits.get(n));
            int t = truth[n];
            if (t < 0) {
                continue;
            }
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
     * The weight and threshold that maximise {@code top-1 + top-5 / 4} of the combined method on labelled examples
     * (validation), over a grid: weights 0.005-2 (log-spaced), thresholds 0-60 in steps of 5. Ties keep the first.
     * Examples whose fold is not a label ({@code truth < 0}) count as misses.
     */
    public static FoldCombination fit(List<String> folds, List<float[]> cnn, List<Map<String, FoldLibrary.Hit>> hits,
                                      int[] truth) {
        int n = folds.size();
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int f = 0; f < n; f++) {
            index.put(folds.get(f), f);
        }
        double[][] logP = new double[truth.length][n];
        int[][] hitFold = new int[truth.length][];
        int[][] hitScore = new int[truth.length][];
        for (int e = 0; e < truth.length; e++) {
            for (int f = 0; f < n; f++) {
                logP[e][f] = Math.log(Math.max(cnn.get(e)[f], 1e-30));
            }
            Map<String, FoldLibrary.Hit> h = hits.get(e);
            hitFold[e] = new int[h.size()];
            hitScore[e] = new int[h.size()];
            int k = 0;
            for (FoldLibrary.Hit hit : h.values()) {
                Integer f = index.get(hit.fold());
                hitFold[e][k] = f == null ? -1 : f;
                hitScore[e][k] = hit.score();
                k++;
            }
        }
        double[] weights = {0.005, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 2};
        FoldCombination best = DEFAULT;
        double bestScore = Double.NEGATIVE_INFINITY;
        double[] logit = new double[n];
        for (double t = 0; t <= 60; t += 5) {
            for (double w : weights) {
                int top1 = 0;
                int top5 = 0;
                for (int e = 0; e < truth.length; e++) {
                    if (truth[e] < 0) {
                        continue;
                    }
                    System.arraycopy(logP[e], 0, logit, 0, n);
                    for (int k = 0; k < hitFold[e].length; k++) {
                        if (hitFold[e][k] >= 0) {
                            logit[hitFold[e][k]] += w * Math.max(0, hitScore[e][k] - t);
                        }
                    }
                    int tr = truth[e];
                    int better = 0;
                    for (int f = 0; f < n && better < 5; f++) {
                        if (logit[f] > logit[tr] || logit[f] == logit[tr] && f < tr) {
                            better++;
                        }
                    }
                    top1 += better == 0 ? 1 : 0;
                    top5 += better < 5 ? 1 : 0;
                }
                double score = (top1 + top5 / 4.0) / truth.length;
                if (score > bestScore + 1e-12) {
                    bestScore = score;
                    best = new FoldCombination(w, t);
                }
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "weight %.3f, threshold %.0f", weight, threshold);
    }
}
