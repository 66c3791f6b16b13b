package org.protpred.models.core.train;

import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How the {@link Trainer} judges a network on the validation set after each epoch (for early stopping and for
 * choosing the best epoch).
 */
public interface ValidationMetric {

    /** The score of {@code net} on the whole validation iterator (which the metric resets first). */
    double score(Model net, DataSetIterator validation);

    /** Whether larger scores are better. */
    boolean higherIsBetter();

    /** Short name, used in logs and as the CSV column {@code validation_<name>}. */
    String name();

    /** Whether {@code candidate} is strictly better than {@code best} (anything beats NaN). */
    default boolean isBetter(double candidate, double best) {
        if (Double.isNaN(candidate)) {
            return false;
        }
        if (Double.isNaN(best)) {
            return true;
        }
        return higherIsBetter() ? candidate > best : candidate < best;
    }

    /** Mean loss (the training objective, without dropout) over the validation examples; lower is better. */
    static ValidationMetric loss() {
        return new ValidationMetric() {
            @Override
            public double score(Model net, DataSetIterator validation) {
                validation.reset();
                double sum = 0;
                long examples = 0;
                while (validation.hasNext()) {
                    DataSet batch = validation.next();
                    int n = batch.numExamples();
                    sum += ModelOps.score(net, batch) * n;
                    examples += n;
                }
                return examples == 0 ? Double.NaN : sum / examples;
            }

            @Override
            public boolean higherIsBetter() {
                return false;
            }

            @Override
            public String name() {
                return "loss";
            }
        };
    }

    /**
     * Fraction of correctly classified outputs (arg-max of output equals arg-max of label). For 2-D outputs each
     * example counts once; for time series {@code [batch, classes, T]} each time step counts once, and only steps
     * whose label mask is 1 (all steps without a label mask). Higher is better.
     */
    static ValidationMetric accuracy() {
        return accuracy(ModelOps::output);
    }

    /**
     * {@link #accuracy()} computed with another forward pass, e.g. a faster inference path that gives the network's
     * own output at every labelled step.
     */
    static ValidationMetric accuracy(Forward forward) {
        return new ValidationMetric() {
            @Override
            public double score(Model net, DataSetIterator validation) {
                validation.reset();
                long correct = 0;
                long total = 0;
                while (validation.hasNext()) {
                    DataSet batch = validation.next();
                    INDArray out = forward.output(net, batch.getFeatures(), batch.getFeaturesMaskArray(),
                            batch.getLabelsMaskArray());
                    long[] counts = countCorrect(out, batch.getLabels(), batch.getLabelsMaskArray());
                    correct += counts[0];
                    total += counts[1];
                }
                return total == 0 ? Double.NaN : (double) correct / total;
            }

            @Override
            public boolean higherIsBetter() {
                return true;
            }

            @Override
            public String name() {
                return "accuracy";
            }
        };
    }

    /** A network's (first) output for one batch of a {@link DataSetIterator}. */
    @FunctionalInterface
    interface Forward {
        INDArray output(Model net, INDArray features, INDArray featureMask, INDArray labelMask);
    }

    /**
     * {@code {correct, counted}} for one batch: outputs and labels {@code [batch, classes]} or
     * {@code [batch, classes, T]}; {@code labelMask} null, {@code [batch, 1]}/{@code [batch]} for 2-D or
     * {@code [batch, T]} for time series (0 = not counted).
     */
    static long[] countCorrect(INDArray output, INDArray labels, INDArray labelMask) {
        if (output.rank() != labels.rank() || output.rank() < 2 || output.rank() > 3) {
            throw new IllegalArgumentException("accuracy needs outputs and labels of rank 2 or 3 with equal ranks");
        }
        INDArray hits = Nd4j.argMax(output, 1).eq(Nd4j.argMax(labels, 1)).castTo(DataType.DOUBLE);
        if (labelMask == null) {
            return new long[] {Math.round(hits.sumNumber().doubleValue()), hits.length()};
        }
        INDArray mask = labelMask.castTo(DataType.DOUBLE).reshape(hits.shape());
        INDArray counted = mask.neq(0).castTo(DataType.DOUBLE);
        return new long[] {Math.round(hits.mul(counted).sumNumber().doubleValue()),
                Math.round(counted.sumNumber().doubleValue())};
    }
}
