package org.protpred.models.dbn;

/**
 * Settings of {@link AdaBoost}.
 *
 * @param rounds   the most members to train (boosting can stop earlier, see {@link AdaBoost})
 * @param resample give each learner a weighted resample (with uniform weights) instead of the weights themselves
 * @param seed     seed of the resampling and of the seeds passed to the learner
 */
public record BoostingConfig(int rounds, boolean resample, long seed) {

    /** Checks the number of rounds. */
    public BoostingConfig {
        if (rounds < 1) {
            throw new IllegalArgumentException("boosting needs at least 1 round, got " + rounds);
        }
    }
}
