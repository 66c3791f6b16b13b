package org.protpred.models.dbn;

/**
 * The kind of an RBM's visible units. Hidden units are always binary (logistic).
 *
 * <p>{@link #BINARY} units are Bernoulli with mean {@code sigmoid(b + W h)}, for inputs in [0, 1] (binary features or
 * probabilities, such as the hidden probabilities of the RBM below in a stack). {@link #GAUSSIAN} units are Gaussian
 * with mean {@code b + W h} and variance fixed to 1 (Hinton 2010, "A practical guide to training RBMs", section 13.2):
 * the inputs must be standardised (zero mean, unit variance per feature), otherwise the unit variance is wrong and
 * training is unstable. Real-valued profile features are the usual case.
 */
public enum VisibleType {
    /** Bernoulli visible units, inputs in [0, 1]. */
    BINARY,
    /** Unit-variance Gaussian visible units, inputs standardised. */
    GAUSSIAN
}
