package org.protpred.models.core.train;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Builds training examples for per-position sequence labelling and merges them into padded minibatches.
 *
 * <p>Typical use, one protein per example:
 * <pre>{@code
 * List<DataSet> examples = new ArrayList<>();
 * for (Protein p : proteins) {
 *     INDArray features = ...;             // [nFeatures, length], column t = features of residue t
 *     int[] classes = ...;                 // length entries, class index per residue, -1 = no label (masked)
 *     examples.add(SequenceBatcher.example(features, classes, 3));
 * }
 * DataSetIterator train = new ShuffledDataSetIterator(examples, 16, seed);   // batches via merge(...)
 * }</pre>
 *
 * <p>Shapes follow DL4J's recurrent layout: a batch has features {@code [batch, nFeatures, T]}, labels
 * {@code [batch, nOut, T]}, and masks {@code [batch, T]} (1 = real step, 0 = padding or unlabelled), where {@code T}
 * is the longest sequence in the batch. Shorter sequences are padded with zeros at the END.
 */
public final class SequenceBatcher {

    private SequenceBatcher() {
    }

    /**
     * One sequence with a class per position.
     *
     * @param features {@code [nFeatures, T]} (column {@code t} describes position {@code t}); also accepted as
     *                 {@code [1, nFeatures, T]}
     * @param classes  {@code T} class indices in {@code [0, nClasses)}, or -1 for a position without a label (it is
     *                 masked out of the loss and of accuracy, but still seen as input)
     * @return a DataSet with features {@code [1, nFeatures, T]}, one-hot labels {@code [1, nClasses, T]}, a feature
     *         mask of ones and a label mask that is 0 where the class is -1
     */
    public static DataSet example(INDArray features, int[] classes, int nClasses) {
        INDArray f = asSequence(features);
        int length = (int) f.size(2);
        if (classes.length != length) {
            throw new IllegalArgumentException("sequence has " + length + " feature columns but " + classes.length + " labels");
        }
        DataType type = f.dataType();
        INDArray labels = Nd4j.zeros(type, 1, nClasses, length);
        INDArray labelMask = Nd4j.ones(type, 1, length);
        for (int t = 0; t < length; t++) {
            int c = classes[t];
            if (c == -1) {
                labelMask.putScalar(0, t, 0.0);
            } else if (c < 0 || c >= nClasses) {
                throw new IllegalArgumentException("class " + c + " at position " + t + " is outside [0, " + nClasses + ")");
            } else {
                labels.putScalar(new long[] {0, c, t}, 1.0);
            }
        }
        return new DataSet(f, labels, Nd4j.ones(type, 1, length), labelMask);
    }

    /**
     * One sequence with arbitrary per-position targets (regression, multi-label).
     *
     * @param features  {@code [nFeatures, T]} or {@code [1, nFeatures, T]}
     * @param labels    {@code [nOut, T]} or {@code [1, nOut, T]}
     * @param labelMask {@code T} flags, false = no target at that position; {@code null} = all positions labelled
     */
    public static DataSet example(INDArray features, INDArray labels, boolean[] labelMask) {
        INDArray f = asSequence(features);
        INDArray l = asSequence(labels);
        long length = f.size(2);
        if (l.size(2) != length) {
            throw new IllegalArgumentException("sequence has " + length + " feature columns but " + l.size(2) + " label columns");
        }
        INDArray mask = Nd4j.ones(f.dataType(), 1, length);
        if (labelMask != null) {
            if (labelMask.length != length) {
                throw new IllegalArgumentException("label mask has " + labelMask.length + " entries, sequence " + length);
            }
            for (int t = 0; t < length; t++) {
                if (!labelMask[t]) {
                    mask.putScalar(0, t, 0.0);
                }
            }
        }
        return new DataSet(f, l.castTo(f.dataType()), Nd4j.ones(f.dataType(), 1, length), mask);
    }

    /**
     * Merges examples (DataSets of one or more rows each) into one minibatch.
     *
     * <p>Time series (rank-3 features) are padded at the end to the longest sequence; the batch always carries a
     * feature mask {@code [batch, T]} and, for rank-3 labels, a label mask {@code [batch, T]}, taken from the
     * examples' masks where present (ones over the real length otherwise) and 0 over padding. Rank-3 features with
     * rank-2 labels (one label per sequence) keep no label mask. Other ranks (flat vectors, images) are stacked along
     * the batch dimension and must have equal shapes.
     */
    public static DataSet merge(List<DataSet> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("cannot merge an empty list of examples");
        }
        if (examples.size() == 1 && examples.get(0).getFeatures().rank() != 3) {
            return examples.get(0);
        }
        int rank = examples.get(0).getFeatures().rank();
        for (DataSet d : examples) {
            if (d.getFeatures().rank() != rank) {
                throw new IllegalArgumentException("cannot merge examples of different ranks");
            }
        }
        return rank == 3 ? mergeSequences(examples) : stack(examples);
    }

    private static DataSet stack(List<DataSet> examples) {
        INDArray[] features = new INDArray[examples.size()];
        INDArray[] labels = new INDArray[examples.size()];
        for (int i = 0; i < features.length; i++) {
            features[i] = examples.get(i).getFeatures();
            labels[i] = examples.get(i).getLabels();
        }
        return new DataSet(Nd4j.concat(0, features), Nd4j.concat(0, labels));
    }

    private static DataSet mergeSequences(List<DataSet> examples) {
        List<INDArray> features = new ArrayList<>();
        List<INDArray> featureMasks = new ArrayList<>();
        List<INDArray> labels = new ArrayList<>();
        List<INDArray> labelMasks = new ArrayList<>();
        for (DataSet d : examples) {
            if (d.getLabels().rank() == 3 && d.getLabels().size(2) != d.getFeatures().size(2)) {
                throw new IllegalArgumentException("an example has " + d.getFeatures().size(2) + " feature steps but "
                        + d.getLabels().size(2) + " label steps");
            }
            features.add(d.getFeatures());
            featureMasks.add(d.getFeaturesMaskArray());
            labels.add(d.getLabels());
            // per-step labels without their own mask count where the features are real
            labelMasks.add(d.getLabelsMaskArray() != null ? d.getLabelsMaskArray() : d.getFeaturesMaskArray());
        }
        Padded f = pad(features, featureMasks);
        Padded l = pad(labels, labelMasks);
        return new DataSet(f.values, l.values, f.mask, l.mask);   // l.mask is null for one label per sequence
    }

    /** A batch array and its {@code [batch, T]} mask (null for non-sequence arrays). */
    private record Padded(INDArray values, INDArray mask) {
    }

    /**
     * Stacks arrays along the batch dimension. Rank 3 ({@code [n, channels, T]}): padded at the end to the longest
     * T, with a mask from {@code masks} (entries may be null: all real steps) and 0 over padding. Other ranks:
     * concatenated, equal shapes required, no mask.
     */
    private static Padded pad(List<INDArray> arrays, List<INDArray> masks) {
        INDArray first = arrays.get(0);
        int rank = first.rank();
        for (INDArray a : arrays) {
            if (a.rank() != rank || (rank > 1 && a.size(1) != first.size(1))) {
                throw new IllegalArgumentException("cannot merge arrays of shapes " + java.util.Arrays.toString(first.shape())
                        + " and " + java.util.Arrays.toString(a.shape()));
            }
        }
        if (rank != 3) {
            return new Padded(Nd4j.concat(0, arrays.toArray(INDArray[]::new)), null);
        }
        long rows = 0;
        long maxLength = 0;
        for (INDArray a : arrays) {
            rows += a.size(0);
            maxLength = Math.max(maxLength, a.size(2));
        }
        DataType type = first.dataType();
        INDArray values = Nd4j.zeros(type, rows, first.size(1), maxLength);
        INDArray mask = Nd4j.zeros(type, rows, maxLength);
        long row = 0;
        for (int k = 0; k < arrays.size(); k++) {
            INDArray a = arrays.get(k);
            long n = a.size(0);
            long length = a.size(2);
            INDArrayIndex rowRange = NDArrayIndex.interval(row, row + n);
            INDArrayIndex steps = NDArrayIndex.interval(0, length);
            values.get(rowRange, NDArrayIndex.all(), steps).assign(a);
            INDArray m = masks.get(k);
            if (m != null && m.size(m.rank() - 1) != length) {
                throw new IllegalArgumentException("a mask has " + m.size(m.rank() - 1) + " steps, its array " + length);
            }
            mask.get(rowRange, steps).assign(m != null ? m.reshape(n, length) : Nd4j.ones(type, n, length));
            row += n;
        }
        return new Padded(values, mask);
    }

    private static INDArray asSequence(INDArray a) {
        if (a.rank() == 2) {
            return a.reshape(1, a.size(0), a.size(1));
        }
        if (a.rank() == 3 && a.size(0) == 1) {
            return a;
        }
        throw new IllegalArgumentException("expected [n, T] or [1, n, T], got shape " + java.util.Arrays.toString(a.shape()));
    }
}
