package org.protpred.models.dbn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.protpred.models.core.train.Seeds;

/**
 * Discrete AdaBoost (Freund &amp; Schapire 1997, in the exponential-loss form of Friedman, Hastie &amp; Tibshirani
 * 2000) for learners that output probabilities, as DNcon boosts its deep belief networks.
 *
 * <p>Each round m trains a member on the current example weights w (summing to 1; uniform at first, or the caller's
 * initial weights, e.g. to balance rare contacts), thresholds its probabilities at 0.5 to get hard predictions, and
 * computes its weighted training error {@code err = Σ w_i [misclassified_i]} on the full training set (also when the
 * learner saw a resample). The member's weight is {@code α = ½ ln((1 - err) / err)}; then
 * {@code w_i ← w_i exp(α)} for misclassified and {@code w_i exp(-α)} for correctly classified examples, normalised.
 * This is {@code w_i exp(-α y_i h_i)} with y, h in {-1, +1}; after it the misclassified examples carry exactly half
 * the weight, so the next member is pushed towards them. The members are combined by {@link BoostedEnsemble}, a
 * weighted mean of their probabilities (not of their hard votes), which keeps the output a probability.
 *
 * <p>Stopping rules: a member with {@code err >= 0.5} is no better than chance on the weighted data, would get a
 * weight {@code α <= 0}, and the next round would see the same weights: it is discarded and boosting stops (if it is
 * the first member, there is nothing to boost and {@link #fit} fails). A member with {@code err == 0} is perfect on
 * the training data, where α would be infinite and the weights would not change: it is kept with the weight of a
 * member that misclassified half an example ({@code err = 1 / (2n)}, so {@code α = ½ ln(2n - 1)}) and boosting stops.
 */
public final class AdaBoost {

    /** One round: the member's weighted error, its weight α (NaN if discarded) and whether it was kept. */
    public record Round(int round, double error, double weight, boolean kept) {
    }

    private static final long LEARNER_SALT = 0x4C4541524EL;
    private static final long RESAMPLE_SALT = 0x52455341L;

    private AdaBoost() {
    }

    /** {@link #fit(INDArray, INDArray, INDArray, WeakLearner, BoostingConfig, Consumer)} with uniform initial weights. */
    public static BoostedEnsemble fit(INDArray features, INDArray labels, WeakLearner learner, BoostingConfig config,
                                      Consumer<Round> log) {
        return fit(features, labels, null, learner, config, log);
    }

    /**
     * Boosts {@code learner} for at most {@code config.rounds()} rounds.
     *
     * @param features       {@code [n, d]}
     * @param labels         {@code [n, 1]} or {@code [n]}, each 0 or 1 (the learner always gets {@code [n, 1]})
     * @param initialWeights {@code [n]} non-negative example weights (normalised here), or null for uniform
     * @param log            receives each round, or null
     * @throws IllegalStateException if the first member's weighted error is 0.5 or more
     */
    public static BoostedEnsemble fit(INDArray features, INDArray labels, INDArray initialWeights, WeakLearner learner,
                                      BoostingConfig config, Consumer<Round> log) {
        Objects.requireNonNull(learner, "learner");
        int n = Math.toIntExact(features.rows());
        double[] y = labels(labels, n);
        INDArray column = labels.reshape(n, 1);
        double[] w = initialWeights == null ? uniform(n) : normalised(initialWeights.toDoubleVector(), n);
        List<ProbabilityModel> members = new ArrayList<>();
        List<Double> alphas = new ArrayList<>();
        for (int round = 0; round < config.rounds(); round++) {
            long seed = Seeds.forEpoch(config.seed(), round, LEARNER_SALT);
            ProbabilityModel member = config.resample()
                    ? trainOnResample(features, column, w, learner, seed,
                            new Random(Seeds.forEpoch(config.seed(), round, RESAMPLE_SALT)))
                    : learner.train(features, column, Nd4j.createFromArray(w), seed);
            boolean[] wrong = misclassified(member.probabilities(features), y);
            double err = 0;
            for (int i = 0; i < n; i++) {
                err += wrong[i] ? w[i] : 0;
            }
            if (err >= 0.5) {
                report(log, new Round(round + 1, err, Double.NaN, false));
                if (members.isEmpty()) {
                    throw new IllegalStateException("the first weak learner's weighted error is " + err
                            + " >= 0.5: it is no better than chance, so there is nothing to boost");
                }
                break;
            }
            double e = err == 0 ? 0.5 / n : err;
            double alpha = 0.5 * Math.log((1 - e) / e);
            members.add(member);
            alphas.add(alpha);
            report(log, new Round(round + 1, err, alpha, true));
            if (err == 0) {
                break;
            }
            reweight(w, wrong, alpha);
        }
        return new BoostedEnsemble(members, alphas);
    }

    /**
     * n indices drawn with replacement, index i with probability {@code weights[i]} (which sum to 1), in the order
     * drawn.
     */
    public static int[] resample(double[] weights, Random random) {
        double[] cumulative = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            cumulative[i] = total;
        }
        int[] drawn = new int[weights.length];
        for (int k = 0; k < drawn.length; k++) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            i = i >= 0 ? i + 1 : -i - 1; // first entry above the number
            while (i < weights.length - 1 && weights[i] == 0) {
                i++;
            }
            drawn[k] = Math.min(i, weights.length - 1);
        }
        return drawn;
    }

    private static ProbabilityModel trainOnResample(INDArray features, INDArray labels, double[] w,
                                                    WeakLearner learner, long seed, Random random) {
        int[] rows = resample(w, random);
        return learner.train(features.getRows(rows), labels.getRows(rows), Nd4j.createFromArray(uniform(w.length)),
                seed);
    }

    private static void reweight(double[] w, boolean[] wrong, double alpha) {
        double up = Math.exp(alpha);
        double down = Math.exp(-alpha);
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] *= wrong[i] ? up : down;
            sum += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
    }

    private static boolean[] misclassified(INDArray probabilities, double[] y) {
        double[] p = probabilities.castTo(DataType.DOUBLE).toDoubleVector();
        if (p.length != y.length) {
            throw new IllegalStateException("a member gave " + p.length + " probabilities for " + y.length
                    + " examples");
        }
        boolean[] wrong = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            wrong[i] = (p[i] >= 0.5 ? 1 : 0) != y[i];
        }
        return wrong;
    }

    private static double[] labels(INDArray labels, int n) {
        if (labels.length() != n) {
            throw new IllegalArgumentException("expected " + n + " labels, got " + labels.length());
        }
        double[] y = labels.castTo(DataType.DOUBLE).toDoubleVector();
        for (double v : y) {
            if (v != 0 && v != 1) {
                throw new IllegalArgumentException("labels must be 0 or 1, got " + v);
            }
        }
        return y;
    }

    private static double[] uniform(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return w;
    }

    private static double[] normalised(double[] weights, int n) {
        if (weights.length != n) {
            throw new IllegalArgumentException("expected " + n + " initial weights, got " + weights.length);
        }
        double sum = 0;
        for (double v : weights) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("initial weights must be >= 0 and finite, got " + v);
            }
            sum += v;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("initial weights must not all be 0");
        }
        double[] w = weights.clone();
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    private static void report(Consumer<Round> log, Round round) {
        if (log != null) {
            log.accept(round);
        }
    }
}
