package org.protpred.models.dbn;

import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A binary classifier seen only through its probability of class 1: features {@code [n, d]} in, {@code [n, 1]}
 * probabilities out. It is all that {@link AdaBoost} and {@link BoostedEnsemble} need of a member, so members can be
 * DL4J networks ({@link #of}), ensembles or, in tests, stubs.
 */
@FunctionalInterface
public interface ProbabilityModel {

    /** P(class 1) of each example, {@code [n, 1]} (a vector of n values is accepted from implementations too). */
    INDArray probabilities(INDArray features);

    /** A network with one sigmoid output unit, such as {@link DeepBeliefNetwork#toNetwork}'s, in inference mode. */
    static ProbabilityModel of(MultiLayerNetwork net) {
        Objects.requireNonNull(net, "net");
        return features -> net.output(features, false);
    }
}
