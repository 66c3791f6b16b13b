package org.protpred.models.dbn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.protpred.models.core.NetworkOptions;

/**
 * A deep belief network (Hinton, Osindero &amp; Teh 2006) used as in DNcon: a stack of {@link Rbm}s pretrained
 * greedily, layer by layer, without labels, then unrolled into a feed-forward sigmoid network with one sigmoid output
 * unit and fine-tuned by back-propagation as a binary classifier.
 *
 * <p><b>Pretraining</b> ({@link #pretrain}): the first RBM learns the inputs; each RBM above learns the hidden
 * probabilities of the one below (probabilities rather than samples: less noise, and exactly what the unrolled layer
 * will compute). Each RBM thereby starts the classifier's hidden layer from features that model the input
 * distribution, which helps most when labelled examples are few compared with unlabelled ones.
 *
 * <p><b>Unrolling</b> ({@link #toNetwork}): hidden layer l of the DL4J network is a SIGMOID {@link DenseLayer} whose
 * weights and bias are RBM l's {@code W} and hidden bias, so its activations are exactly {@link Rbm#hiddenProbabilities}
 * of the layer below (the visible biases are generative parameters and are not used); the output layer (one sigmoid
 * unit, binary cross-entropy {@link LossFunction#XENT}) starts from the options' weight initialisation. The same
 * architecture with every layer random, {@link #randomNetwork}, is the baseline that shows what pretraining buys.
 * Either network is a plain {@link MultiLayerNetwork}: fine-tune it with the core {@code Trainer} or {@code fit}, and
 * save it with DL4J's {@code ModelSerializer} or the protpred model files.
 */
public final class DeepBeliefNetwork {

    /** Receives the mean reconstruction error of each pretraining epoch of each RBM (layer from 0, epoch from 1). */
    @FunctionalInterface
    public interface PretrainListener {
        void epochDone(int layer, int epoch, double reconstructionError);
    }

    private final DbnConfig config;
    private final List<Rbm> rbms;

    /** A network made of already trained RBMs; their sizes must chain as {@code config.layerSizes()} says. */
    public DeepBeliefNetwork(DbnConfig config, List<Rbm> rbms) {
        this.config = Objects.requireNonNull(config, "config");
        this.rbms = List.copyOf(rbms);
        int[] sizes = config.layerSizes();
        if (this.rbms.size() != config.depth()) {
            throw new IllegalArgumentException("expected " + config.depth() + " RBMs, got " + this.rbms.size());
        }
        for (int l = 0; l < this.rbms.size(); l++) {
            RbmConfig r = this.rbms.get(l).config();
            if (r.nVisible() != sizes[l] || r.nHidden() != sizes[l + 1]) {
                throw new IllegalArgumentException("RBM " + l + " is " + r.nVisible() + " x " + r.nHidden()
                        + ", expected " + sizes[l] + " x " + sizes[l + 1]);
            }
        }
    }

    /**
     * Greedy layer-wise pretraining on {@code data [n, layerSizes[0]]} (standardised for Gaussian inputs, in [0, 1]
     * for binary ones): RBM 0 on the data, RBM l on the hidden probabilities of RBM l-1.
     *
     * @param listener receives every epoch's reconstruction error, or null
     */
    public static DeepBeliefNetwork pretrain(DbnConfig config, INDArray data, PretrainListener listener) {
        if (data.rank() != 2 || data.columns() != config.layerSizes()[0]) {
            throw new IllegalArgumentException("data must be [n, " + config.layerSizes()[0] + "], got "
                    + java.util.Arrays.toString(data.shape()));
        }
        List<Rbm> rbms = new ArrayList<>();
        INDArray input = data;
        for (int layer = 0; layer < config.depth(); layer++) {
            Rbm rbm = new Rbm(config.rbmConfig(layer));
            int l = layer;
            rbm.fit(input, config.epochs(), config.batchSize(),
                    listener == null ? null : (epoch, error) -> listener.epochDone(l, epoch, error));
            rbms.add(rbm);
            if (layer + 1 < config.depth()) {
                input = rbm.hiddenProbabilities(input);
            }
        }
        return new DeepBeliefNetwork(config, rbms);
    }

    public DbnConfig config() {
        return config;
    }

    /** The RBMs, from the one on the inputs upwards. */
    public List<Rbm> rbms() {
        return rbms;
    }

    /** The top hidden layer's probabilities for {@code data}: the features the output layer will see. */
    public INDArray features(INDArray data) {
        INDArray x = data;
        for (Rbm rbm : rbms) {
            x = rbm.hiddenProbabilities(x);
        }
        return x;
    }

    /**
     * The unrolled classifier: sigmoid dense layers initialised from the RBMs' weights and hidden biases, then one
     * sigmoid output unit with binary cross-entropy. From {@code options}: seed (of the output layer's initial
     * weights), optimiser, learning rate, L2, gradient clipping, data type, and dropout on the inputs of every layer
     * after the first; its loss and batch normalisation are not used (the output is fixed, and normalisation
     * between layers would change what the RBM weights compute).
     */
    public MultiLayerNetwork toNetwork(NetworkOptions options) {
        MultiLayerNetwork net = randomNetwork(config.layerSizes(), options);
        for (int l = 0; l < rbms.size(); l++) {
            Rbm rbm = rbms.get(l);
            net.getLayer(l).getParam("W").assign(rbm.weights());
            net.getLayer(l).getParam("b").assign(rbm.hiddenBias());
        }
        return net;
    }

    /**
     * The same architecture as {@link #toNetwork} with every layer initialised at random by the options' weight
     * initialisation (Xavier by default): the baseline without pretraining.
     *
     * @param layerSizes input size followed by the hidden layer sizes
     */
    public static MultiLayerNetwork randomNetwork(int[] layerSizes, NetworkOptions options) {
        if (layerSizes.length < 2) {
            throw new IllegalArgumentException("need an input size and at least one hidden layer size, got "
                    + java.util.Arrays.toString(layerSizes));
        }
        NeuralNetConfiguration.ListBuilder list = options.configure().list();
        for (int l = 0; l + 1 < layerSizes.length; l++) {
            DenseLayer.Builder layer = new DenseLayer.Builder().nIn(layerSizes[l]).nOut(layerSizes[l + 1])
                    .activation(Activation.SIGMOID);
            if (l > 0 && options.dropoutConfig() != null) {
                layer.dropOut(options.dropoutConfig());
            }
            list.layer(layer.build());
        }
        OutputLayer.Builder out = new OutputLayer.Builder(LossFunction.XENT).nIn(layerSizes[layerSizes.length - 1])
                .nOut(1).activation(Activation.SIGMOID);
        if (options.dropoutConfig() != null) {
            out.dropOut(options.dropoutConfig());
        }
        list.layer(out.build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return net;
    }
}
