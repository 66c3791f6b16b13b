package org.protpred.models.demo;

import java.io.PrintWriter;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Linear regression {@code y = W x + b} fitted by plain gradient descent with the gradients written out, as in the
 * TensorFlow "Getting started" example: {@code x = [1, 2, 3, 4]}, {@code y = [0, -1, -2, -3]}, start {@code W = 0.3},
 * {@code b = -0.3}, learning rate 0.01, 1000 steps.
 *
 * <p>With the loss {@code L = sum (W x + b - y)^2} the gradients are {@code dL/dW = 2 sum (W x + b - y) x} and
 * {@code dL/db = 2 sum (W x + b - y)}; after 1000 steps W is -0.999997 and b 0.999991, the example's published
 * figures (its loss, 5.7e-11, was computed in float32; in double precision, as here, it is 5.588e-11). With the mean instead of the sum, each step is four times smaller and after 1000 steps W and b
 * are still about 0.03 away from -1 and 1 (see {@link Loss#MEAN}).
 */
public final class LinearRegressionDemo {

    /** How the squared errors are combined into the loss. */
    public enum Loss {
        /** Sum of squared errors (TensorFlow's {@code reduce_sum(square(...))}). */
        SUM,
        /** Mean of squared errors. */
        MEAN
    }

    /** Settings of one run. */
    public record Config(double learningRate, int steps, Loss loss) {
        public static Config defaults() {
            return new Config(0.01, 1000, Loss.SUM);
        }
    }

    /** Fitted weight and bias and the final loss. */
    public record Result(double w, double b, double loss) {
        /** The summary line: {@code W: -0.999997 b: 0.999991 loss: 5.7e-11}. */
        public String line() {
            return String.format(Locale.ROOT, "W: %.6f b: %.6f loss: %.4g", w, b, loss);
        }
    }

    private LinearRegressionDemo() {
    }

    /** Runs the fit, printing progress every tenth of the steps and the result line last. */
    public static Result run(Config config, PrintWriter out) {
        INDArray x = Nd4j.createFromArray(1.0, 2.0, 3.0, 4.0);
        INDArray y = Nd4j.createFromArray(0.0, -1.0, -2.0, -3.0);
        double w = 0.3;
        double b = -0.3;
        double scale = config.loss() == Loss.MEAN ? 1.0 / x.length() : 1.0;
        int every = Math.max(1, config.steps() / 10);
        for (int step = 0; step < config.steps(); step++) {
            INDArray error = x.mul(w).addi(b).subi(y);
            double gradW = 2 * scale * error.mul(x).sumNumber().doubleValue();
            double gradB = 2 * scale * error.sumNumber().doubleValue();
            w -= config.learningRate() * gradW;
            b -= config.learningRate() * gradB;
            if ((step + 1) % every == 0 && step + 1 < config.steps()) {
                out.printf(Locale.ROOT, "step %d: W %.6f b %.6f loss %.4g%n", step + 1, w, b, loss(x, y, w, b, scale));
            }
        }
        Result result = new Result(w, b, loss(x, y, w, b, scale));
        out.println(result.line());
        out.flush();
        return result;
    }

    private static double loss(INDArray x, INDArray y, double w, double b, double scale) {
        INDArray error = x.mul(w).addi(b).subi(y);
        return scale * error.mul(error).sumNumber().doubleValue();
    }

}
