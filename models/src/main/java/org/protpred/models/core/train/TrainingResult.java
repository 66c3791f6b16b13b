package org.protpred.models.core.train;

import java.util.List;

/**
 * The outcome of {@link Trainer#fit}.
 *
 * @param bestEpoch    1-based epoch with the best validation score (the last epoch without validation); the
 *                     network holds this epoch's parameters when fit returns
 * @param bestScore    its validation score (NaN without validation)
 * @param epochsRun    epochs completed in total, including those before a resume
 * @param history      one record per completed epoch, in order
 * @param stoppedEarly whether early stopping ended training before the configured number of epochs
 * @param metricName   the validation metric's name
 */
public record TrainingResult(int bestEpoch, double bestScore, int epochsRun, List<EpochRecord> history,
                             boolean stoppedEarly, String metricName) {

    public TrainingResult {
        history = List.copyOf(history);
    }
}
