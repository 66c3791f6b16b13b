package org.protpred.models.demo;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.protpred.models.data.IrisData;
import org.protpred.models.data.Standardizer;

/**
 * A two-class problem cut from the Iris flowers: chosen measurements, a positive species against one other species
 * (or against all others), the fixed stratified split of {@link IrisDemo#SPLIT_SEED} (10 flowers per species in
 * the test part, the same test flowers as the {@code iris} demo), features standardised with the training part's
 * statistics. Labels are 1 (positive) and 0.
 */
record BinaryIrisTask(String description, INDArray trainX, int[] trainY, INDArray testX, int[] testY) {

    /** Column names of the Iris measurements. */
    static final List<String> MEASUREMENTS = List.of("sepal length", "sepal width", "petal length", "petal width");

    /**
     * @param positive species index counted as class 1
     * @param negative species index counted as class 0, or -1 for all other species
     * @param columns  measurement columns used
     */
    static BinaryIrisTask of(int positive, int negative, int[] columns) {
        IrisData iris = IrisData.load();
        IrisData.Split split = iris.stratifiedSplit(10, IrisDemo.SPLIT_SEED);
        int[] train = keep(iris, split.train(), positive, negative);
        int[] test = keep(iris, split.test(), positive, negative);
        INDArray trainX = iris.featureMatrix(train).getColumns(columns);
        INDArray testX = iris.featureMatrix(test).getColumns(columns);
        Standardizer standardizer = Standardizer.fit(trainX);
        String against = negative < 0 ? "the other species" : IrisData.SPECIES.get(negative);
        String features = String.join(", ", Arrays.stream(columns).mapToObj(MEASUREMENTS::get).toList());
        String description = String.format("Iris %s vs %s on %s: %d training, %d test flowers",
                IrisData.SPECIES.get(positive), against, features, train.length, test.length);
        return new BinaryIrisTask(description, standardizer.apply(trainX), binary(iris, train, positive),
                standardizer.apply(testX), binary(iris, test, positive));
    }

    private static int[] keep(IrisData iris, int[] rows, int positive, int negative) {
        return Arrays.stream(rows)
                .filter(i -> negative < 0 || iris.label(i) == positive || iris.label(i) == negative)
                .toArray();
    }

    private static int[] binary(IrisData iris, int[] rows, int positive) {
        return Arrays.stream(rows).map(i -> iris.label(i) == positive ? 1 : 0).toArray();
    }
}
