package org.protpred.models.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fisher's Iris flowers (Fisher 1936; 150 flowers, 50 per species, four measurements in cm: sepal length, sepal
 * width, petal length, petal width), read from the copy {@code iris.dat} that deeplearning4j-core ships on the
 * classpath (no download).
 */
public final class IrisData {

    /** Classpath location of the data inside the deeplearning4j-core jar. */
    public static final String RESOURCE = "/iris.dat";
    /** Species names in label order 0, 1, 2. */
    public static final List<String> SPECIES = List.of("setosa", "versicolor", "virginica");
    /** Number of measurements per flower. */
    public static final int FEATURES = 4;

    private final double[][] features;
    private final int[] labels;

    private IrisData(double[][] features, int[] labels) {
        this.features = features;
        this.labels = labels;
    }

    /** Reads the 150 flowers from the classpath. */
    public static IrisData load() {
        InputStream in = IrisData.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " not on the classpath (it ships in deeplearning4j-core)");
        }
        List<double[]> rows = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split(",");
                double[] x = new double[FEATURES];
                for (int j = 0; j < FEATURES; j++) {
                    x[j] = Double.parseDouble(f[j]);
                }
                rows.add(x);
                classes.add(Integer.parseInt(f[FEATURES].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IrisData(rows.toArray(double[][]::new), classes.stream().mapToInt(Integer::intValue).toArray());
    }

    public int size() {
        return labels.length;
    }

    /** Measurements of flower {@code i} (a copy). */
    public double[] features(int i) {
        return features[i].clone();
    }

    public int label(int i) {
        return labels[i];
    }

    /** The flowers at {@code indices} as a [n, 4] FLOAT matrix. */
    public INDArray featureMatrix(int[] indices) {
        float[] v = new float[indices.length * FEATURES];
        for (int i = 0; i < indices.length; i++) {
            for (int j = 0; j < FEATURES; j++) {
                v[i * FEATURES + j] = (float) features[indices[i]][j];
            }
        }
        return Nd4j.create(v, new long[] {indices.length, FEATURES}, DataType.FLOAT);
    }

    /** The labels at {@code indices}. */
    public int[] labels(int[] indices) {
        return Arrays.stream(indices).map(i -> labels[i]).toArray();
    }

    /** Indices 0..size-1. */
    public int[] all() {
        int[] idx = new int[size()];
        Arrays.setAll(idx, i -> i);
        return idx;
    }

    /** A train/test partition given as row indices. */
    public record Split(int[] train, int[] test) {
    }

    /**
     * Stratified split of all flowers: within each class the flowers are shuffled with {@code seed} and
     * {@code testPerClass} of them go to the test part (so 10 per class gives the usual 120/30 split with 10 flowers of
     * each species).
     */
    public Split stratifiedSplit(int testPerClass, long seed) {
        return stratifiedSplit(all(), testPerClass, seed);
    }

    /** Stratified split of the flowers {@code rows} (e.g. a training part split again for validation). */
    public Split stratifiedSplit(int[] rows, int testPerClass, long seed) {
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int c = 0; c < SPECIES.size(); c++) {
            List<Integer> members = new ArrayList<>();
            for (int i : rows) {
                if (labels[i] == c) {
                    members.add(i);
                }
            }
            java.util.Collections.sort(members);
            if (members.size() < testPerClass) {
                throw new IllegalArgumentException("only " + members.size() + " flowers of " + SPECIES.get(c)
                        + ", cannot hold out " + testPerClass);
            }
            java.util.Collections.shuffle(members, random);
            test.addAll(members.subList(0, testPerClass));
            train.addAll(members.subList(testPerClass, members.size()));
        }
        java.util.Collections.shuffle(train, random);
        return new Split(train.stream().mapToInt(Integer::intValue).toArray(),
                test.stream().mapToInt(Integer::intValue).sorted().toArray());
    }
}
