package org.protpred.models.demo;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Rosenblatt's perceptron (Rosenblatt 1958) with its learning rule: for each training example in turn, with target
 * {@code t} in {-1, +1}, if {@code t (w . x + b) <= 0} then {@code w += rate t x} and {@code b += rate t}. On
 * linearly separable data the rule stops making mistakes after finitely many updates (Novikoff 1962). The task is
 * Iris setosa against the other two species on sepal length and petal length, which is linearly separable.
 */
public final class PerceptronDemo {

    /** Settings of one run. */
    public record Config(double learningRate, int maxEpochs, long seed) {
        public static Config defaults() {
            return new Config(0.1, 100, 42);
        }
    }

    /** Weights, bias, epochs used, whether an error-free epoch was reached, test accuracy. */
    public record Result(double[] weights, double bias, int epochs, boolean converged, double testAccuracy) {
    }

    private PerceptronDemo() {
    }

    public static Result run(Config config, PrintWriter out) {
        BinaryIrisTask task = BinaryIrisTask.of(0, -1, new int[] {0, 2});
        out.println(task.description() + " (class 1 = setosa)");
        INDArray x = task.trainX();
        int n = x.rows();
        INDArray w = Nd4j.zeros(x.dataType(), x.columns());
        double b = 0;
        Random random = new Random(config.seed());
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int epoch = 0;
        boolean converged = false;
        while (epoch < config.maxEpochs() && !converged) {
            epoch++;
            shuffle(order, random);
            int mistakes = 0;
            for (int i : order) {
                INDArray xi = x.getRow(i);
                int target = task.trainY()[i] == 1 ? 1 : -1;
                double activation = xi.mul(w).sumNumber().doubleValue() + b;
                if (target * activation <= 0) {
                    w.addi(xi.mul(config.learningRate() * target));
                    b += config.learningRate() * target;
                    mistakes++;
                }
            }
            out.printf(Locale.ROOT, "epoch %d: %d mistakes%n", epoch, mistakes);
            converged = mistakes == 0;
        }
        out.println(converged ? "converged: no mistakes on the training flowers after " + epoch + " epochs"
                : "not converged after " + epoch + " epochs");
        INDArray scores = task.testX().mmul(w.reshape(w.length(), 1)).addi(b);
        int[] predicted = scores.gt(0).castTo(org.nd4j.linalg.api.buffer.DataType.INT).toIntVector();
        double accuracy = DemoOutput.accuracy(predicted, task.testY());
        out.printf(Locale.ROOT, "weights %s bias %.4f (standardised sepal length, petal length)%n",
                DemoOutput.format(w.toDoubleVector()), b);
        DemoOutput.printAccuracy(out, accuracy);
        return new Result(w.toDoubleVector(), b, epoch, converged, accuracy);
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
