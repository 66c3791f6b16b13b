package org.protpred.models.dbn;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Synthetic data sets and scores shared by the tests of this package. */
final class Synthetic {

    /** Features {@code [n, d]} and 0/1 labels {@code [n, 1]}. */
    record Data(INDArray x, INDArray y) {
        int size() {
            return (int) x.rows();
        }
    }

    /**
     * Binary patterns from clusters: {@code prototypes} random prototypes of {@code bits} bits, each of a class drawn
     * at random (half of them per class); an example is a prototype with each bit flipped with probability
     * {@code flip}, labelled with the prototype's class. The prototypes and their classes depend only on
     * {@code structureSeed}, the examples on {@code sampleSeed}.
     */
    static Data clusters(int n, int prototypes, int bits, double flip, long structureSeed, long sampleSeed) {
        Random structure = new Random(structureSeed);
        boolean[][] proto = new boolean[prototypes][bits];
        for (boolean[] p : proto) {
            for (int i = 0; i < bits; i++) {
                p[i] = structure.nextBoolean();
            }
        }
        int[] classes = new int[prototypes];
        for (int k = 0; k < prototypes; k++) {
            classes[k] = k % 2;
        }
        for (int k = prototypes - 1; k > 0; k--) {
            int j = structure.nextInt(k + 1);
            int t = classes[k];
            classes[k] = classes[j];
            classes[j] = t;
        }
        Random random = new Random(sampleSeed);
        double[][] x = new double[n][bits];
        double[][] y = new double[n][1];
        for (int e = 0; e < n; e++) {
            int k = random.nextInt(prototypes);
            for (int i = 0; i < bits; i++) {
                x[e][i] = proto[k][i] ^ (random.nextDouble() < flip) ? 1 : 0;
            }
            y[e][0] = classes[k];
        }
        return new Data(Nd4j.createFromArray(x).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT),
                Nd4j.createFromArray(y).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT));
    }

    /** Fraction of examples whose probability is on the right side of 0.5. */
    static double accuracy(INDArray probabilities, INDArray labels) {
        double[] p = probabilities.toDoubleVector();
        double[] y = labels.toDoubleVector();
        int right = 0;
        for (int i = 0; i < p.length; i++) {
            right += (p[i] >= 0.5) == (y[i] == 1) ? 1 : 0;
        }
        return right / (double) p.length;
    }

    /** Area under the ROC curve: the probability that a random positive scores above a random negative (ties ½). */
    static double auc(INDArray probabilities, INDArray labels) {
        double[] p = probabilities.toDoubleVector();
        double[] y = labels.toDoubleVector();
        double pairs = 0;
        double wins = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    wins += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }

    private Synthetic() {
    }
}
