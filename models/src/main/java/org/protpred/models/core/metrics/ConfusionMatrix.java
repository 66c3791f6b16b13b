package org.protpred.models.core.metrics;

import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.protpred.models.core.train.ModelOps;

/**
 * Counts of (actual class, predicted class) pairs for a classifier with named classes, and the usual summaries.
 * Rows are actual classes, columns predicted classes. Precision or recall of a class that was never predicted /
 * never present is NaN (printed as "-").
 */
public final class ConfusionMatrix {

    private final List<String> labels;
    private final long[][] counts;
    private long total;

    public ConfusionMatrix(List<String> labels) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a confusion matrix needs at least one class");
        }
        this.labels = List.copyOf(labels);
        this.counts = new long[labels.size()][labels.size()];
    }

    /**
     * The confusion matrix of a classifier over a whole iterator (reset first), in inference mode. Time series count
     * per unmasked step, as in {@link #add(INDArray, INDArray, INDArray)}.
     */
    public static ConfusionMatrix evaluate(Model net, DataSetIterator data, List<String> labels) {
        ConfusionMatrix m = new ConfusionMatrix(labels);
        data.reset();
        while (data.hasNext()) {
            DataSet batch = data.next();
            INDArray out = ModelOps.output(net, batch.getFeatures(), batch.getFeaturesMaskArray(),
                    batch.getLabelsMaskArray());
            m.add(batch.getLabels(), out, batch.getLabelsMaskArray());
        }
        return m;
    }

    public List<String> labels() {
        return labels;
    }

    public int size() {
        return labels.size();
    }

    /** Records one example of class {@code actual} predicted as {@code predicted}. */
    public void add(int actual, int predicted) {
        check(actual);
        check(predicted);
        counts[actual][predicted]++;
        total++;
    }

    /**
     * Records a batch: arg-max of {@code labels} is the actual class, arg-max of {@code output} the prediction. Works
     * for {@code [batch, classes]} and {@code [batch, classes, T]}; with a mask ({@code [batch, T]} or
     * {@code [batch, 1]}), only entries whose mask is non-zero count.
     */
    public void add(INDArray labels, INDArray output, INDArray mask) {
        if (labels.rank() != output.rank()) {
            throw new IllegalArgumentException("labels and outputs differ in rank");
        }
        long[] actual = Nd4j.toFlattened('c', Nd4j.argMax(labels, 1)).toLongVector();
        long[] predicted = Nd4j.toFlattened('c', Nd4j.argMax(output, 1)).toLongVector();
        double[] m = mask == null ? null
                : Nd4j.toFlattened('c', mask.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE)).toDoubleVector();
        if (m != null && m.length != actual.length) {
            throw new IllegalArgumentException("mask has " + m.length + " entries for " + actual.length + " outputs");
        }
        for (int i = 0; i < actual.length; i++) {
            if (m == null || m[i] != 0) {
                add((int) actual[i], (int) predicted[i]);
            }
        }
    }

    /** Adds all counts of another matrix with the same classes. */
    public void addAll(ConfusionMatrix other) {
        if (!other.labels.equals(labels)) {
            throw new IllegalArgumentException("confusion matrices have different classes");
        }
        for (int a = 0; a < counts.length; a++) {
            for (int p = 0; p < counts.length; p++) {
                counts[a][p] += other.counts[a][p];
            }
        }
        total += other.total;
    }

    public long count(int actual, int predicted) {
        check(actual);
        check(predicted);
        return counts[actual][predicted];
    }

    public long total() {
        return total;
    }

    /** Number of examples whose actual class is {@code c}. */
    public long actualCount(int c) {
        check(c);
        long n = 0;
        for (int p = 0; p < counts.length; p++) {
            n += counts[c][p];
        }
        return n;
    }

    /** Number of examples predicted as class {@code c}. */
    public long predictedCount(int c) {
        check(c);
        long n = 0;
        for (long[] row : counts) {
            n += row[c];
        }
        return n;
    }

    /** Fraction of examples on the diagonal (NaN when empty). */
    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < counts.length; i++) {
            correct += counts[i][i];
        }
        return total == 0 ? Double.NaN : (double) correct / total;
    }

    /** Of the examples predicted as {@code c}, the fraction that are {@code c}. */
    public double precision(int c) {
        long predicted = predictedCount(c);
        return predicted == 0 ? Double.NaN : (double) counts[c][c] / predicted;
    }

    /** Of the examples of class {@code c}, the fraction predicted as {@code c}. */
    public double recall(int c) {
        long actual = actualCount(c);
        return actual == 0 ? Double.NaN : (double) counts[c][c] / actual;
    }

    /** Harmonic mean of precision and recall of class {@code c}. */
    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Matthews correlation coefficient of class {@code c} against the rest (Matthews 1975), the usual per-state
     * figure in secondary-structure prediction.
     */
    public double matthews(int c) {
        double tp = counts[c][c];
        double fp = predictedCount(c) - tp;
        double fn = actualCount(c) - tp;
        double tn = total - tp - fp - fn;
        double denominator = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        return denominator == 0 ? Double.NaN : (tp * tn - fp * fn) / denominator;
    }

    /**
     * A plain-text table: one row per actual class with its counts per predicted class and its recall, a row of
     * precisions, and the overall accuracy.
     */
    public String format() {
        int first = "actual\\pred".length();
        int width = "precision".length() - 1;
        for (String l : labels) {
            first = Math.max(first, l.length());
            width = Math.max(width, l.length());
        }
        for (long[] row : counts) {
            for (long v : row) {
                width = Math.max(width, Long.toString(v).length());
            }
        }
        String head = "%-" + first + "s";
        String cell = " %" + width + "s";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, head, "actual\\pred"));
        for (String l : labels) {
            sb.append(String.format(Locale.ROOT, cell, l));
        }
        sb.append(String.format(Locale.ROOT, cell, "recall")).append('\n');
        for (int a = 0; a < counts.length; a++) {
            sb.append(String.format(Locale.ROOT, head, labels.get(a)));
            for (int p = 0; p < counts.length; p++) {
                sb.append(String.format(Locale.ROOT, cell, counts[a][p]));
            }
            sb.append(String.format(Locale.ROOT, cell, fraction(recall(a)))).append('\n');
        }
        sb.append(String.format(Locale.ROOT, head, "precision"));
        for (int p = 0; p < counts.length; p++) {
            sb.append(String.format(Locale.ROOT, cell, fraction(precision(p))));
        }
        sb.append('\n');
        sb.append("accuracy ").append(fraction(accuracy())).append(" (").append(total).append(" examples)\n");
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    private static String fraction(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

    private void check(int c) {
        if (c < 0 || c >= counts.length) {
            throw new IndexOutOfBoundsException("class " + c + " outside [0, " + counts.length + ")");
        }
    }
}
