package org.protpred.models.demo;

import java.io.PrintWriter;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Binary logistic regression written from first principles: {@code p = sigmoid(X w + b)}, mean cross-entropy
 * loss {@code -mean(y log p + (1 - y) log(1 - p))}, whose gradients are {@code dL/dw = X^T (p - y) / n} and
 * {@code dL/db = mean(p - y)}, minimised by full-batch gradient descent. The task is Iris versicolor against
 * virginica on all four measurements, the pair of species that overlap.
 */
public final class LogisticRegressionDemo {

    /** Settings of one run. */
    public record Config(double learningRate, int steps) {
        public static Config defaults() {
            return new Config(0.5, 1000);
        }
    }

    /** Learned weights and bias, final training loss and the test accuracy. */
    public record Result(double[] weights, double bias, double trainLoss, double testAccuracy) {
    }

    private LogisticRegressionDemo() {
    }

    public static Result run(Config config, PrintWriter out) {
        BinaryIrisTask task = BinaryIrisTask.of(2, 1, new int[] {0, 1, 2, 3});
        out.println(task.description() + " (class 1 = virginica)");
        INDArray x = task.trainX();
        INDArray y = Nd4j.createFromArray(task.trainY()).castTo(x.dataType()).reshape(x.rows(), 1);
        INDArray w = Nd4j.zeros(x.dataType(), x.columns(), 1);
        double b = 0;
        int every = Math.max(1, config.steps() / 5);
        double loss = Double.NaN;
        for (int step = 1; step <= config.steps(); step++) {
            INDArray p = Transforms.sigmoid(x.mmul(w).addi(b));
            INDArray diff = p.sub(y);
            INDArray gradW = x.transpose().mmul(diff).divi(x.rows());
            double gradB = diff.meanNumber().doubleValue();
            w.subi(gradW.muli(config.learningRate()));
            b -= config.learningRate() * gradB;
            if (step % every == 0 || step == config.steps()) {
                loss = crossEntropy(p, y);
                out.printf(Locale.ROOT, "step %d: cross-entropy %.4f%n", step, loss);
            }
        }
        int[] predicted = predict(task.testX(), w, b);
        double accuracy = DemoOutput.accuracy(predicted, task.testY());
        out.printf(Locale.ROOT, "weights %s bias %.4f (standardised measurements)%n",
                DemoOutput.format(w.toDoubleVector()), b);
        DemoOutput.printAccuracy(out, accuracy);
        return new Result(w.toDoubleVector(), b, loss, accuracy);
    }

    private static int[] predict(INDArray x, INDArray w, double b) {
        INDArray p = Transforms.sigmoid(x.mmul(w).addi(b));
        return p.gt(0.5).castTo(org.nd4j.linalg.api.buffer.DataType.INT).toIntVector();
    }

    private static double crossEntropy(INDArray p, INDArray y) {
        INDArray clipped = Transforms.max(Transforms.min(p, 1 - 1e-7), 1e-7);
        INDArray ll = y.mul(Transforms.log(clipped)).addi(y.rsub(1).muli(Transforms.log(clipped.rsub(1))));
        return -ll.meanNumber().doubleValue();
    }
}
