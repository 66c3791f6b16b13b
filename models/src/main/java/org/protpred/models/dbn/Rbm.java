package org.protpred.models.dbn;

import java.util.Objects;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.protpred.models.core.train.Seeds;

/**
 * A restricted Boltzmann machine with binary hidden units and binary or unit-variance Gaussian visible units
 * ({@link VisibleType}), trained by contrastive divergence. DL4J 1.0.0-M2 no longer has RBMs, so this one is written
 * directly on ND4J arrays; examples are rows.
 *
 * <p>Energy: {@code E(v,h) = -v·b - h·c - v W h} for binary visible units and
 * {@code E(v,h) = ½|v - b|² - h·c - v W h} for Gaussian ones (weights {@code W [nVisible, nHidden]}, visible bias
 * {@code b}, hidden bias {@code c}). Summing the hidden units out gives the free energy, {@link #freeEnergy}:
 * {@code F(v) = -v·b - Σ_j softplus(c_j + v·W_j)}, respectively {@code F(v) = ½|v - b|² - Σ_j softplus(c_j + v·W_j)};
 * {@code p(v) ∝ exp(-F(v))}, so training lowers the free energy of the data relative to other inputs.
 *
 * <p><b>CD-k</b> ({@link #cdStep}, Hinton 2002): the exact log-likelihood gradient {@code <v h>_data - <v h>_model}
 * needs samples from the model, which would take a long Gibbs chain; CD-k starts the chain at the data and runs only
 * k steps (h₀ ~ p(h|v₀), v₁ ~ p(v|h₀), h₁, ..., v_k), which is biased but works well in practice, and k = 1 is the
 * usual choice for pretraining. Following Hinton's practical guide, the hidden states that drive the chain are
 * sampled, while the statistics use probabilities (p(h|v₀), p(h|v_k)) and the visible reconstructions are means unless
 * {@link RbmConfig#sampleVisible()} is set: both reduce sampling noise without changing what is learned. Updates use
 * momentum and L2 weight decay on the weights.
 *
 * <p>Everything random (initial weights, sampling, example order) comes from the seed, so the same configuration and
 * data give identical weights. Not thread-safe.
 */
public final class Rbm {

    /** Receives the mean reconstruction error of each training epoch (epochs counted from 1). */
    @FunctionalInterface
    public interface EpochListener {
        void epochDone(int epoch, double reconstructionError);
    }

    private static final long INIT_SALT = 0x52424D494EL;
    private static final long SAMPLING_SALT = 0x52424D534DL;

    private final RbmConfig config;
    private final Sampler sampler;
    private final INDArray weights;
    private final INDArray visibleBias;
    private final INDArray hiddenBias;
    private final INDArray weightVelocity;
    private final INDArray visibleVelocity;
    private final INDArray hiddenVelocity;
    private int epochsTrained;

    /** A new RBM: weights N(0, initStdDev²) drawn from the seed, biases 0, sampling seeded from the seed. */
    public Rbm(RbmConfig config) {
        this(config, initialWeights(config), null, null,
                Sampler.seeded(Seeds.mix(config.seed() ^ SAMPLING_SALT)));
    }

    /**
     * An RBM with the given parameters and sampler (copied; a null bias means zeros), for tests and for parameters
     * saved elsewhere.
     *
     * @param weights     {@code [nVisible, nHidden]}
     * @param visibleBias {@code [1, nVisible]} or {@code [nVisible]}, or null
     * @param hiddenBias  {@code [1, nHidden]} or {@code [nHidden]}, or null
     */
    public Rbm(RbmConfig config, INDArray weights, INDArray visibleBias, INDArray hiddenBias, Sampler sampler) {
        this.config = Objects.requireNonNull(config, "config");
        this.sampler = Objects.requireNonNull(sampler, "sampler");
        int nv = config.nVisible();
        int nh = config.nHidden();
        if (weights.rank() != 2 || weights.rows() != nv || weights.columns() != nh) {
            throw new IllegalArgumentException("weights must be [" + nv + ", " + nh + "], got "
                    + java.util.Arrays.toString(weights.shape()));
        }
        this.weights = weights.castTo(config.dataType()).dup();
        this.visibleBias = bias(visibleBias, nv, "visible");
        this.hiddenBias = bias(hiddenBias, nh, "hidden");
        this.weightVelocity = Nd4j.zeros(config.dataType(), nv, nh);
        this.visibleVelocity = Nd4j.zeros(config.dataType(), 1, nv);
        this.hiddenVelocity = Nd4j.zeros(config.dataType(), 1, nh);
    }

    private INDArray bias(INDArray given, int n, String which) {
        if (given == null) {
            return Nd4j.zeros(config.dataType(), 1, n);
        }
        if (given.length() != n) {
            throw new IllegalArgumentException(which + " bias must have " + n + " values, got " + given.length());
        }
        return given.castTo(config.dataType()).reshape(1, n).dup();
    }

    private static INDArray initialWeights(RbmConfig config) {
        Random random = new Random(Seeds.mix(config.seed() ^ INIT_SALT));
        double[] w = new double[config.nVisible() * config.nHidden()];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian() * config.initStdDev();
        }
        return Nd4j.createFromArray(w).reshape(config.nVisible(), config.nHidden());
    }

    public RbmConfig config() {
        return config;
    }

    /** A copy of the weights, {@code [nVisible, nHidden]}. */
    public INDArray weights() {
        return weights.dup();
    }

    /** A copy of the visible bias, {@code [1, nVisible]}. */
    public INDArray visibleBias() {
        return visibleBias.dup();
    }

    /** A copy of the hidden bias, {@code [1, nHidden]}. */
    public INDArray hiddenBias() {
        return hiddenBias.dup();
    }

    /** Number of epochs {@link #fit} has run so far (a later call continues the epoch count and the shuffling). */
    public int epochsTrained() {
        return epochsTrained;
    }

    /** {@code p(h = 1 | v) = sigmoid(v W + c)} for a batch {@code v [n, nVisible]}: {@code [n, nHidden]}. */
    public INDArray hiddenProbabilities(INDArray v) {
        return Transforms.sigmoid(preActivation(v), false);
    }

    /**
     * The mean of the visible units given the hidden states {@code h [n, nHidden]}: {@code sigmoid(h Wᵀ + b)} for
     * binary units, {@code h Wᵀ + b} for Gaussian ones; {@code [n, nVisible]}.
     */
    public INDArray visibleMeans(INDArray h) {
        INDArray linear = h.castTo(config.dataType()).mmul(weights.transpose()).addiRowVector(visibleBias);
        return config.visibleType() == VisibleType.BINARY ? Transforms.sigmoid(linear, false) : linear;
    }

    /**
     * Free energy of each example, {@code [n]}: {@code F(v) = -v·b - Σ_j softplus(c_j + v·W_j)} for binary visible
     * units, {@code ½|v - b|² - Σ_j softplus(c_j + v·W_j)} for unit-variance Gaussian ones (the class comment).
     */
    public INDArray freeEnergy(INDArray v) {
        INDArray x = v.castTo(config.dataType());
        INDArray hiddenTerm = softplus(preActivation(x)).sum(1);
        INDArray visibleTerm = config.visibleType() == VisibleType.BINARY
                ? x.mmul(visibleBias.transpose()).reshape(x.rows()).negi()
                : x.subRowVector(visibleBias).muli(x.subRowVector(visibleBias)).sum(1).muli(0.5);
        return visibleTerm.subi(hiddenTerm);
    }

    /**
     * Deterministic reconstruction error of a batch: the mean over examples of {@code |v - visibleMeans(p(h|v))|²}
     * (hidden probabilities, no sampling), so it can be compared between epochs without sampling noise.
     */
    public double reconstructionError(INDArray v) {
        INDArray x = v.castTo(config.dataType());
        return squaredError(x, visibleMeans(hiddenProbabilities(x)));
    }

    /**
     * One CD-k update on a minibatch {@code [n, nVisible]}, returning the batch's reconstruction error: the mean over
     * examples of {@code |v₀ - v₁|²}, with v₁ the first reconstruction of the chain (before the update).
     *
     * <p>Gradient: {@code ΔW = (v₀ᵀ p(h|v₀) - v_kᵀ p(h|v_k)) / n - l2 W}, {@code Δb = mean(v₀ - v_k)},
     * {@code Δc = mean(p(h|v₀) - p(h|v_k))}; each parameter moves by its velocity
     * {@code u ← momentum u + learningRate Δ}.
     */
    public double cdStep(INDArray batch) {
        INDArray v0 = batch.castTo(config.dataType());
        if (v0.rank() != 2 || v0.columns() != config.nVisible()) {
            throw new IllegalArgumentException("batch must be [n, " + config.nVisible() + "], got "
                    + java.util.Arrays.toString(batch.shape()));
        }
        int n = (int) v0.rows();
        INDArray ph0 = hiddenProbabilities(v0);
        INDArray h = sampleBinary(ph0);
        INDArray vk = null;
        INDArray phk = null;
        double error = 0;
        for (int step = 1; step <= config.cdK(); step++) {
            vk = reconstruct(h);
            if (step == 1) {
                error = squaredError(v0, vk);
            }
            phk = hiddenProbabilities(vk);
            if (step < config.cdK()) {
                h = sampleBinary(phk);
            }
        }
        INDArray gradW = v0.transpose().mmul(ph0).subi(vk.transpose().mmul(phk)).divi(n);
        if (config.l2() > 0) {
            gradW.subi(weights.mul(config.l2()));
        }
        INDArray gradVisible = v0.sub(vk).mean(true, 0);
        INDArray gradHidden = ph0.sub(phk).mean(true, 0);
        step(weights, weightVelocity, gradW);
        step(visibleBias, visibleVelocity, gradVisible);
        step(hiddenBias, hiddenVelocity, gradHidden);
        return error;
    }

    /**
     * Trains for {@code epochs} epochs of minibatch CD-k over {@code data [n, nVisible]}, visiting the examples in an
     * order drawn from (seed, epoch). Returns the mean {@link #cdStep} reconstruction error of each epoch.
     */
    public double[] fit(INDArray data, int epochs, int batchSize, EpochListener listener) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        int n = Math.toIntExact(data.rows());
        double[] errors = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            int[] order = shuffled(n, new Random(Seeds.forEpoch(config.seed(), epochsTrained, Seeds.SHUFFLE)));
            double sum = 0;
            for (int start = 0; start < n; start += batchSize) {
                int[] rows = java.util.Arrays.copyOfRange(order, start, Math.min(n, start + batchSize));
                sum += cdStep(data.getRows(rows)) * rows.length;
            }
            errors[e] = sum / n;
            epochsTrained++;
            if (listener != null) {
                listener.epochDone(epochsTrained, errors[e]);
            }
        }
        return errors;
    }

    /** {@link #fit(INDArray, int, int, EpochListener)} without a listener. */
    public double[] fit(INDArray data, int epochs, int batchSize) {
        return fit(data, epochs, batchSize, null);
    }

    private INDArray preActivation(INDArray v) {
        return v.castTo(config.dataType()).mmul(weights).addiRowVector(hiddenBias);
    }

    private INDArray reconstruct(INDArray h) {
        INDArray means = visibleMeans(h);
        if (!config.sampleVisible()) {
            return means;
        }
        return config.visibleType() == VisibleType.BINARY
                ? sampleBinary(means)
                : means.addi(sampler.gaussian(means.rows(), means.columns(), config.dataType()));
    }

    /** 1 where a uniform number is below the probability, else 0. */
    private INDArray sampleBinary(INDArray p) {
        INDArray u = sampler.uniform(p.rows(), p.columns(), config.dataType());
        return u.lt(p).castTo(config.dataType());
    }

    private void step(INDArray param, INDArray velocity, INDArray gradient) {
        velocity.muli(config.momentum()).addi(gradient.muli(config.learningRate()));
        param.addi(velocity);
    }

    private static double squaredError(INDArray v, INDArray reconstruction) {
        INDArray d = v.sub(reconstruction);
        return d.muli(d).sumNumber().doubleValue() / v.rows();
    }

    /** {@code log(1 + exp(x))} without overflow: {@code max(x, 0) + log(1 + exp(-|x|))}. */
    private static INDArray softplus(INDArray x) {
        INDArray tail = Transforms.log(Transforms.exp(Transforms.abs(x, true).negi(), false).addi(1.0), false);
        return Transforms.relu(x, true).addi(tail);
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
