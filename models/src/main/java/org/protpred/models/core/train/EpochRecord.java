package org.protpred.models.core.train;

/**
 * What one training epoch did.
 *
 * @param epoch           1-based epoch number
 * @param trainLoss       mean minibatch training objective (loss plus L2 penalty), weighted by batch size
 * @param validationScore the validation metric after the epoch, NaN without a validation set
 * @param seconds         wall time of the epoch including validation
 * @param learningRate    the learning rate used in the epoch
 */
public record EpochRecord(int epoch, double trainLoss, double validationScore, double seconds, double learningRate) {
}
