package org.protpred.models.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.protpred.models.data.Labels;
import org.protpred.models.data.MnistData;

/**
 * Multi-class logistic (softmax) regression on MNIST written from first principles, as in the TensorFlow
 * "MNIST for ML beginners" tutorial: {@code p = softmax(X W + b)} with W [784, 10], mean cross-entropy loss, whose
 * gradients are {@code dL/dW = X^T (p - Y) / n} and {@code dL/db = mean over rows of (p - Y)}, minimised by
 * mini-batch gradient descent. The tutorial reports about 92% test accuracy.
 */
public final class SoftmaxRegressionDemo {

    /** Settings of one run. */
    public record Config(Path dataFolder, int epochs, int batchSize, double learningRate, long seed) {
        public static Config defaults(Path dataFolder) {
            return new Config(dataFolder, 5, 100, 0.5, 42);
        }
    }

    /** Learned weights [784, 10], bias [1, 10] and the test accuracy. */
    public record Result(INDArray weights, INDArray bias, double testAccuracy) {
    }

    private SoftmaxRegressionDemo() {
    }

    public static Result run(Config config, PrintWriter out) {
        MnistData.TrainTest data = MnistData.load(config.dataFolder());
        return run(config, data, out);
    }

    /** Trains on already loaded data. */
    public static Result run(Config config, MnistData.TrainTest data, PrintWriter out) {
        MnistData.Split train = data.train();
        INDArray x = train.features();
        INDArray y = train.oneHot();
        int n = train.size();
        INDArray w = Nd4j.zeros(x.dataType(), x.columns(), MnistData.CLASSES);
        INDArray b = Nd4j.zeros(x.dataType(), 1, MnistData.CLASSES);
        Random random = new Random(config.seed());
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        out.printf("softmax regression 784 -> 10 on %d MNIST training images%n", n);
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            long start = System.nanoTime();
            shuffle(order, random);
            double lossSum = 0;
            int batches = 0;
            for (int from = 0; from < n; from += config.batchSize()) {
                int[] rows = java.util.Arrays.copyOfRange(order, from, Math.min(n, from + config.batchSize()));
                INDArray xb = x.getRows(rows);
                INDArray yb = y.getRows(rows);
                INDArray p = softmax(xb.mmul(w).addiRowVector(b));
                lossSum += crossEntropy(p, yb);
                batches++;
                INDArray diff = p.subi(yb);
                double step = config.learningRate() / rows.length;
                w.subi(xb.transpose().mmul(diff).muli(step));
                b.subi(diff.sum(true, 0).muli(step));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "epoch %d/%d: training cross-entropy %.4f (%.2f s)%n",
                    epoch, config.epochs(), lossSum / batches, seconds);
            out.flush();
        }
        int[] predicted = Labels.argMax(data.test().features().mmul(w).addiRowVector(b));
        double accuracy = Labels.accuracy(predicted, data.test().labels());
        DemoOutput.printAccuracy(out, accuracy);
        return new Result(w, b, accuracy);
    }

    /** Row-wise softmax, stabilised by subtracting each row's maximum. */
    static INDArray softmax(INDArray logits) {
        INDArray shifted = logits.subColumnVector(logits.max(true, 1));
        INDArray e = Transforms.exp(shifted, false);
        return e.diviColumnVector(e.sum(true, 1));
    }

    private static double crossEntropy(INDArray p, INDArray oneHot) {
        INDArray picked = p.mul(oneHot).sum(1);
        return -Transforms.log(Transforms.max(picked, 1e-12, false), false).meanNumber().doubleValue();
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
