package org.protpred.models.dbn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Trains one member of a boosted ensemble. {@link AdaBoost} calls it once per round with the examples and their
 * current boosting weights and uses the returned model's probabilities.
 *
 * <p>A learner that can use example weights (a weighted loss, a weighted stump) trains on {@code weights} directly.
 * One that cannot, such as a network trained by minibatch back-propagation, is run with
 * {@link BoostingConfig#resample()} on: AdaBoost then passes a sample of n examples drawn with replacement in
 * proportion to the weights, with uniform weights, so the learner can ignore {@code weights}.
 */
@FunctionalInterface
public interface WeakLearner {

    /**
     * @param features {@code [n, d]}
     * @param labels   {@code [n, 1]}, 0 or 1
     * @param weights  {@code [n]}, positive, summing to 1
     * @param seed     a seed for this round (derived from the boosting seed and the round), for a reproducible learner
     * @return the trained member
     */
    ProbabilityModel train(INDArray features, INDArray labels, INDArray weights, long seed);
}
