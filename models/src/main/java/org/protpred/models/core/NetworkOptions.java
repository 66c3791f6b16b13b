package org.protpred.models.core;

import java.util.Objects;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * The training-related settings shared by every network family: seed, optimiser, learning rate and its schedule,
 * regularisation (L2, dropout, batch normalisation), gradient clipping, loss and weight initialisation.
 *
 * <p>Immutable: every setter returns a new instance, so {@code NetworkOptions.builder().seed(1).learningRate(0.01)
 * .build()} and {@code NetworkOptions.defaults().seed(1)} both work and an options object can be shared safely.
 * Defaults: seed 42, Adam, learning rate 1e-3, momentum 0.9 (used by {@link Optimizer#MOMENTUM} only), no L2, no
 * dropout, no batch normalisation, no clipping, cross-entropy loss, constant learning rate, Xavier weights, float
 * precision.
 *
 * <p>{@link #configure()} applies what belongs to the whole network (seed, updater, L2, clipping, weight init, data
 * type) to a DL4J builder. Dropout, batch normalisation and the loss are per layer; {@link Networks} applies them.
 */
public final class NetworkOptions {

    /** The optimisation algorithm. */
    public enum Optimizer {
        /** Plain stochastic gradient descent. */
        SGD,
        /** SGD with Nesterov momentum ({@link #momentum(double)}). */
        MOMENTUM,
        /** Adam (Kingma &amp; Ba 2015) with its default betas. */
        ADAM
    }

    /** The training objective, each with the output activation it is meant for. */
    public enum Loss {
        /** Multi-class cross-entropy over a softmax output; labels are one-hot. */
        CROSS_ENTROPY(LossFunction.MCXENT, Activation.SOFTMAX),
        /** Mean squared error over an identity (linear) output; for regression. */
        SQUARED_ERROR(LossFunction.MSE, Activation.IDENTITY),
        /**
         * Hinge loss {@code max(0, 1 - y * f)} over an identity output (a max-margin classifier, one-vs-rest). DL4J
         * expects targets of +1 (the class) and -1 (the others): convert one-hot labels with {@link #targets}.
         */
        HINGE(LossFunction.HINGE, Activation.IDENTITY);

        private final LossFunction dl4j;
        private final Activation outputActivation;

        Loss(LossFunction dl4j, Activation outputActivation) {
            this.dl4j = dl4j;
            this.outputActivation = outputActivation;
        }

        /** The DL4J loss function. */
        public LossFunction lossFunction() {
            return dl4j;
        }

        /**
         * Training targets for this loss from one-hot (0/1) labels: {@code 2y - 1} (that is +1/-1) for
         * {@link #HINGE}, the labels themselves otherwise.
         */
        public org.nd4j.linalg.api.ndarray.INDArray targets(org.nd4j.linalg.api.ndarray.INDArray oneHot) {
            return this == HINGE ? oneHot.mul(2).subi(1) : oneHot;
        }

        /** The activation of the output layer that goes with this loss. */
        public Activation outputActivation() {
            return outputActivation;
        }
    }

    private long seed = 42;
    private Optimizer optimizer = Optimizer.ADAM;
    private double learningRate = 1e-3;
    private double momentum = 0.9;
    private double l2 = 0;
    private double dropout = 0;
    private boolean batchNorm = false;
    private double gradientClip = 0;
    private Loss loss = Loss.CROSS_ENTROPY;
    private LearningRateSchedule lrSchedule = LearningRateSchedule.none();
    private WeightInit weightInit = WeightInit.XAVIER;
    private DataType dataType = DataType.FLOAT;

    private NetworkOptions() {
    }

    /** The default options (see the class comment). */
    public static NetworkOptions defaults() {
        return new NetworkOptions();
    }

    /** Same as {@link #defaults()}; reads naturally with {@link #build()}. */
    public static NetworkOptions builder() {
        return new NetworkOptions();
    }

    /** Returns this (the object is already immutable); ends a builder-style chain. */
    public NetworkOptions build() {
        return this;
    }

    /** A copy with one change applied (the options are immutable). */
    private NetworkOptions with(java.util.function.Consumer<NetworkOptions> change) {
        NetworkOptions c = copy();
        change.accept(c);
        return c;
    }

    private NetworkOptions copy() {
        NetworkOptions c = new NetworkOptions();
        c.seed = seed;
        c.optimizer = optimizer;
        c.learningRate = learningRate;
        c.momentum = momentum;
        c.l2 = l2;
        c.dropout = dropout;
        c.batchNorm = batchNorm;
        c.gradientClip = gradientClip;
        c.loss = loss;
        c.lrSchedule = lrSchedule;
        c.weightInit = weightInit;
        c.dataType = dataType;
        return c;
    }

    /** Seed for weight initialisation. */
    public NetworkOptions seed(long value) {
        return with(c -> c.seed = value);
    }

    public NetworkOptions optimizer(Optimizer value) {
        return with(c -> c.optimizer = Objects.requireNonNull(value, "optimizer"));
    }

    /** Initial learning rate (&gt; 0). */
    public NetworkOptions learningRate(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + value);
        }
        return with(c -> c.learningRate = value);
    }

    /** Nesterov momentum in [0, 1); used with {@link Optimizer#MOMENTUM}. */
    public NetworkOptions momentum(double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + value);
        }
        return with(c -> c.momentum = value);
    }

    /** L2 weight penalty coefficient (0 = none). */
    public NetworkOptions l2(double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException("l2 must be >= 0, got " + value);
        }
        return with(c -> c.l2 = value);
    }

    /**
     * Probability of DROPPING a unit during training, in [0, 1); 0 = no dropout. (DL4J's own {@code dropOut(x)}
     * takes the probability to RETAIN; {@link #dropoutConfig()} converts.) Applied to the inputs of every layer
     * after the first, i.e. to hidden activations, never to the raw features.
     */
    public NetworkOptions dropout(double dropProbability) {
        if (!(dropProbability >= 0 && dropProbability < 1)) {
            throw new IllegalArgumentException("dropout (probability to drop) must be in [0, 1), got " + dropProbability);
        }
        return with(c -> c.dropout = dropProbability);
    }

    /** Batch normalisation after each hidden dense / 2-D convolution layer (ignored by recurrent networks). */
    public NetworkOptions batchNorm(boolean value) {
        return with(c -> c.batchNorm = value);
    }

    /**
     * Gradient clipping threshold, 0 = none. Clipping is by L2 norm per layer: when a layer's gradient has L2 norm
     * above the threshold it is rescaled to that norm (DL4J {@link GradientNormalization#ClipL2PerLayer}), which keeps
     * the gradient's direction.
     */
    public NetworkOptions gradientClip(double threshold) {
        if (!(threshold >= 0)) {
            throw new IllegalArgumentException("gradient clip must be >= 0, got " + threshold);
        }
        return with(c -> c.gradientClip = threshold);
    }

    public NetworkOptions loss(Loss value) {
        return with(c -> c.loss = Objects.requireNonNull(value, "loss"));
    }

    /** Learning-rate schedule, per epoch ({@link LearningRateSchedule#none()} by default). */
    public NetworkOptions lrSchedule(LearningRateSchedule value) {
        return with(c -> c.lrSchedule = Objects.requireNonNull(value, "lrSchedule"));
    }

    /** Weight initialisation for layers whose family has no better default (Xavier by default). */
    public NetworkOptions weightInit(WeightInit value) {
        return with(c -> c.weightInit = Objects.requireNonNull(value, "weightInit"));
    }

    /** Floating-point precision of parameters and activations (FLOAT by default; DOUBLE for gradient checks). */
    public NetworkOptions dataType(DataType value) {
        return with(c -> c.dataType = Objects.requireNonNull(value, "dataType"));
    }

    public long seed() {
        return seed;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public double learningRate() {
        return learningRate;
    }

    public double momentum() {
        return momentum;
    }

    public double l2() {
        return l2;
    }

    /** Probability to drop (0 = none). */
    public double dropout() {
        return dropout;
    }

    public boolean batchNorm() {
        return batchNorm;
    }

    public double gradientClip() {
        return gradientClip;
    }

    public Loss loss() {
        return loss;
    }

    public LearningRateSchedule lrSchedule() {
        return lrSchedule;
    }

    public WeightInit weightInit() {
        return weightInit;
    }

    public DataType dataType() {
        return dataType;
    }

    /** The DL4J updater: optimiser with learning rate (and schedule, when one is set). */
    public IUpdater updater() {
        ISchedule schedule = lrSchedule.toDl4j(learningRate);
        switch (optimizer) {
            case SGD:
                return schedule == null ? new Sgd(learningRate) : new Sgd(schedule);
            case MOMENTUM:
                return schedule == null ? new Nesterovs(learningRate, momentum) : new Nesterovs(schedule, momentum);
            case ADAM:
                return schedule == null ? new Adam(learningRate) : new Adam(schedule);
            default:
                throw new IllegalStateException(optimizer.toString());
        }
    }

    /**
     * The DL4J dropout for layers that take hidden activations, or {@code null} without dropout. DL4J's
     * {@link Dropout} takes the RETAIN probability, so this is {@code new Dropout(1 - dropout())}.
     */
    public IDropout dropoutConfig() {
        return dropout == 0 ? null : new Dropout(1.0 - dropout);
    }

    /** The DL4J loss function of {@link #loss()}. */
    public LossFunction lossFunction() {
        return loss.lossFunction();
    }

    /** The output-layer activation matching {@link #loss()}: softmax for cross-entropy, identity otherwise. */
    public Activation outputActivation() {
        return loss.outputActivation();
    }

    /**
     * A DL4J configuration builder with seed, updater, L2, gradient clipping, weight initialisation and data type
     * set. Add layers with {@code .list()} or {@code .graphBuilder()}.
     */
    public NeuralNetConfiguration.Builder configure() {
        NeuralNetConfiguration.Builder b = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(updater())
                .weightInit(weightInit)
                .dataType(dataType);
        if (l2 > 0) {
            b.l2(l2);
        }
        if (gradientClip > 0) {
            b.gradientNormalization(GradientNormalization.ClipL2PerLayer).gradientNormalizationThreshold(gradientClip);
        }
        return b;
    }

    @Override
    public String toString() {
        return "seed=" + seed + " optimizer=" + optimizer + " lr=" + learningRate
                + (optimizer == Optimizer.MOMENTUM ? " momentum=" + momentum : "")
                + " schedule=" + lrSchedule + " l2=" + l2 + " dropout=" + dropout + " batchNorm=" + batchNorm
                + " clip=" + gradientClip + " loss=" + loss + " weightInit=" + weightInit + " dataType=" + dataType;
    }
}
