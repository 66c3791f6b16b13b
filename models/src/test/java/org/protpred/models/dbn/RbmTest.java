package org.protpred.models.dbn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One CD-1 step against a hand computation, free energy and reconstruction error over training (binary and Gaussian
 * visible units), reproducibility and the configuration's messages.
 */
class RbmTest {

    private static final double[][] W = {{0.5, -0.3}, {0.2, 0.4}, {-0.1, 0.6}};
    private static final double[] B = {0.1, -0.2, 0.05};
    private static final double[] C = {-0.1, 0.2};

    /** A sampler whose "uniform" numbers are all {@code u} and whose Gaussian numbers are all {@code g}. */
    static Sampler constant(double u, double g) {
        return new Sampler() {
            @Override
            public INDArray uniform(long rows, long columns, DataType type) {
                return Nd4j.valueArrayOf(new long[] {rows, columns}, u, type);
            }

            @Override
            public INDArray gaussian(long rows, long columns, DataType type) {
                return Nd4j.valueArrayOf(new long[] {rows, columns}, g, type);
            }
        };
    }

    static Sampler constant(double u) {
        return constant(u, 0);
    }

    private static Rbm tiny(VisibleType type, double momentum) {
        RbmConfig config = RbmConfig.builder(3, 2).visibleType(type).learningRate(0.1).momentum(momentum).l2(0.01)
                .dataType(DataType.DOUBLE).build();
        return new Rbm(config, Nd4j.createFromArray(W), Nd4j.createFromArray(B), Nd4j.createFromArray(C),
                constant(0.6));
    }

    @Test
    void oneCd1StepMatchesTheHandComputation() {
        Rbm rbm = tiny(VisibleType.BINARY, 0.9);
        // v0 = (1, 0, 1): p(h|v0) = sigmoid(c + v0 W) = sigmoid(0.3, 0.5) = (0.574443, 0.622459);
        // with every uniform number 0.6, h0 = (0.6 < p) = (0, 1);
        // v1 = sigmoid(b + W h0) = sigmoid(-0.2, 0.2, 0.65) = (0.450166, 0.549834, 0.657010);
        // p(h|v1) = sigmoid(c + v1 W) = (0.542236, 0.663536);
        // W' = W + 0.1 (v0ᵀ p(h|v0) - v1ᵀ p(h|v1) - 0.01 W), b' = b + 0.1 (v0 - v1), c' = c + 0.1 (p(h|v0) - p(h|v1));
        // momentum does not matter in the first step (the velocity starts at 0)
        double error = rbm.cdStep(Nd4j.createFromArray(new double[][] {{1, 0, 1}}));
        assertEquals(0.7222766719166832, error, 1e-12); // |v0 - v1|²
        assertMatrix(new double[][] {
                {0.5325346171099931, -0.26732418291563015},
                {0.16998600500908767, 0.3631165578872905},
                {-0.0780812402652561, 0.6180509511809901}}, rbm.weights());
        assertArrayEquals(new double[] {0.1549833997312478, -0.25498339973124784, 0.08429895373265012},
                rbm.visibleBias().toDoubleVector(), 1e-12);
        assertArrayEquals(new double[] {-0.0967793778809193, 0.1958923749716604},
                rbm.hiddenBias().toDoubleVector(), 1e-12);
    }

    @Test
    void theSecondStepAddsMomentumTimesTheFirstUpdate() {
        INDArray v0 = Nd4j.createFromArray(new double[][] {{1, 0, 1}});
        Rbm withMomentum = tiny(VisibleType.BINARY, 0.9);
        Rbm without = tiny(VisibleType.BINARY, 0);
        withMomentum.cdStep(v0);
        without.cdStep(v0);
        INDArray firstUpdate = without.weights().sub(Nd4j.createFromArray(W));
        INDArray beforeSecond = without.weights();
        without.cdStep(v0);
        withMomentum.cdStep(v0);
        // same parameters after step 1, so the same gradient in step 2; momentum adds 0.9 x the first update
        INDArray expected = without.weights().add(firstUpdate.mul(0.9));
        assertMatrix(expected.toDoubleMatrix(), withMomentum.weights());
        assertNotEquals(beforeSecond, withMomentum.weights());
    }

    @Test
    void gaussianReconstructionsAreTheMeanOrTheMeanPlusUnitNoise() {
        INDArray v0 = Nd4j.createFromArray(new double[][] {{1, 0, 1}});
        // h0 = (0, 1) as above; Gaussian visible mean b + W h0 = (-0.2, 0.2, 0.65)
        assertEquals(1.2 * 1.2 + 0.2 * 0.2 + 0.35 * 0.35, tiny(VisibleType.GAUSSIAN, 0).cdStep(v0), 1e-12);
        // sampled: the mean plus the sampler's standard normal numbers (here all 1) = (0.8, 1.2, 1.65)
        RbmConfig sampled = RbmConfig.builder(3, 2).visibleType(VisibleType.GAUSSIAN).sampleVisible(true)
                .dataType(DataType.DOUBLE).build();
        Rbm rbm = new Rbm(sampled, Nd4j.createFromArray(W), Nd4j.createFromArray(B), Nd4j.createFromArray(C),
                constant(0.6, 1));
        assertEquals(0.2 * 0.2 + 1.2 * 1.2 + 0.65 * 0.65, rbm.cdStep(v0), 1e-12);
    }

    @Test
    void freeEnergyFollowsTheFormulaOfEachVisibleType() {
        INDArray v0 = Nd4j.createFromArray(new double[][] {{1, 0, 1}, {1, 0, 1}});
        // F = -v·b - Σ_j log(1 + exp(c_j + v·W_j)) = -0.15 - log(1 + e^0.3) - log(1 + e^0.5)
        assertArrayEquals(new double[] {-1.978432228648634, -1.978432228648634},
                tiny(VisibleType.BINARY, 0).freeEnergy(v0).toDoubleVector(), 1e-12);
        // F = ½|v - b|² - Σ_j log(1 + exp(c_j + v·W_j)) = ½ (0.81 + 0.04 + 0.9025) - ...
        assertArrayEquals(new double[] {-0.9521822286486339, -0.9521822286486339},
                tiny(VisibleType.GAUSSIAN, 0).freeEnergy(v0).toDoubleVector(), 1e-12);
        // no overflow for large pre-activations: softplus(1000) = 1000
        Rbm big = new Rbm(RbmConfig.builder(1, 1).dataType(DataType.DOUBLE).build(),
                Nd4j.createFromArray(new double[][] {{1000}}), null, null, constant(0.5));
        assertEquals(-1000, big.freeEnergy(Nd4j.createFromArray(new double[][] {{1}})).getDouble(0), 1e-9);
    }

    /** The 30 distinct 4x4 bars-and-stripes patterns (rows all on or off, or columns all on or off). */
    static INDArray barsAndStripes() {
        java.util.Set<java.util.List<Double>> patterns = new java.util.LinkedHashSet<>();
        for (int mask = 0; mask < 16; mask++) {
            for (boolean rows : new boolean[] {true, false}) {
                java.util.List<Double> p = new java.util.ArrayList<>();
                for (int r = 0; r < 4; r++) {
                    for (int c = 0; c < 4; c++) {
                        p.add(((mask >> (rows ? r : c)) & 1) == 1 ? 1.0 : 0.0);
                    }
                }
                patterns.add(p);
            }
        }
        double[][] x = patterns.stream().map(p -> p.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        return Nd4j.createFromArray(x);
    }

    @Test
    void binaryRbmLowersFreeEnergyAndReconstructionErrorOnBarsAndStripes() {
        INDArray data = barsAndStripes();
        assertEquals(30, data.rows());
        Rbm rbm = new Rbm(RbmConfig.builder(16, 16).learningRate(0.1).momentum(0.5).seed(3).build());
        double freeBefore = rbm.freeEnergy(data).meanNumber().doubleValue();
        double errorBefore = rbm.reconstructionError(data);
        double[] epochErrors = rbm.fit(data, 100, 5);
        double freeAfter = rbm.freeEnergy(data).meanNumber().doubleValue();
        double errorAfter = rbm.reconstructionError(data);
        Random random = new Random(5);
        double[][] noise = new double[200][16];
        for (double[] row : noise) {
            for (int i = 0; i < 16; i++) {
                row[i] = random.nextBoolean() ? 1 : 0;
            }
        }
        double freeNoise = rbm.freeEnergy(Nd4j.createFromArray(noise)).meanNumber().doubleValue();
        System.out.printf("bars and stripes: free energy %.3f -> %.3f (random patterns %.3f), "
                + "reconstruction error %.3f -> %.3f, CD error epoch 1 %.3f, epoch 100 %.3f%n",
                freeBefore, freeAfter, freeNoise, errorBefore, errorAfter, epochErrors[0], epochErrors[99]);
        assertTrue(freeAfter < freeBefore - 5, "free energy of the data should fall clearly");
        assertTrue(freeAfter < freeNoise - 2, "data should have lower free energy than random patterns");
        assertTrue(errorAfter < 0.5 * errorBefore, "reconstruction error should at least halve");
        assertTrue(epochErrors[99] < 0.5 * epochErrors[0]);
    }

    /** Standardised 6-dimensional data driven by two hidden factors (strong correlations between features). */
    static INDArray correlatedGaussian(int n, long seed) {
        Random random = new Random(seed);
        double[][] loadings = {{1, 0}, {0.9, 0.2}, {0.8, -0.3}, {0, 1}, {0.2, 0.9}, {-0.3, 0.8}};
        double[][] x = new double[n][6];
        for (double[] row : x) {
            double z1 = random.nextGaussian();
            double z2 = random.nextGaussian();
            for (int i = 0; i < 6; i++) {
                row[i] = loadings[i][0] * z1 + loadings[i][1] * z2 + 0.3 * random.nextGaussian();
            }
        }
        INDArray data = Nd4j.createFromArray(x);
        INDArray mean = data.mean(true, 0);
        INDArray std = data.std(true, 0);
        return data.subRowVector(mean).diviRowVector(std);
    }

    @Test
    void gaussianRbmLearnsStandardisedCorrelatedData() {
        INDArray data = correlatedGaussian(500, 9);
        Rbm rbm = new Rbm(RbmConfig.builder(6, 12).visibleType(VisibleType.GAUSSIAN).learningRate(0.01)
                .momentum(0.5).seed(4).build());
        double before = rbm.reconstructionError(data);
        double[] epochs = rbm.fit(data, 20, 25);
        double after = rbm.reconstructionError(data);
        System.out.printf("Gaussian RBM: reconstruction error %.3f -> %.3f (CD error epoch 1 %.3f, epoch 20 %.3f)%n",
                before, after, epochs[0], epochs[19]);
        // with near-zero weights the reconstruction is the bias, so the error is about the total variance, 6
        assertEquals(6, before, 0.5);
        assertTrue(after < 0.5 * before, "reconstruction error should at least halve");
        assertTrue(Double.isFinite(rbm.freeEnergy(data).sumNumber().doubleValue()));
    }

    @Test
    void theSameSeedGivesIdenticalWeights() {
        INDArray data = barsAndStripes();
        RbmConfig config = RbmConfig.builder(16, 8).cdK(2).sampleVisible(true).seed(11).build();
        Rbm a = new Rbm(config);
        Rbm b = new Rbm(config);
        a.fit(data, 5, 4);
        b.fit(data, 5, 4);
        assertEquals(a.weights(), b.weights());
        assertEquals(a.visibleBias(), b.visibleBias());
        assertEquals(a.hiddenBias(), b.hiddenBias());
        Rbm other = new Rbm(config.toBuilder().seed(12).build());
        other.fit(data, 5, 4);
        assertNotEquals(a.weights(), other.weights());
        // training in two calls continues the epoch count, so it equals one call
        Rbm split = new Rbm(config);
        split.fit(data, 2, 4);
        split.fit(data, 3, 4);
        assertEquals(5, split.epochsTrained());
        assertEquals(a.weights(), split.weights());
    }

    @Test
    void invalidSettingsAreRefusedWithTheirName() {
        assertEquals("CD-k needs k >= 1 Gibbs steps, got 0",
                assertThrows(IllegalArgumentException.class, () -> RbmConfig.builder(3, 2).cdK(0).build())
                        .getMessage());
        assertEquals("number of hidden units must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> RbmConfig.builder(3, 0).build()).getMessage());
        assertEquals("momentum must be in [0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> RbmConfig.builder(3, 2).momentum(1).build())
                        .getMessage());
        assertEquals("learning rate must be > 0, got NaN",
                assertThrows(IllegalArgumentException.class,
                        () -> RbmConfig.builder(3, 2).learningRate(Double.NaN).build()).getMessage());
        Rbm rbm = tiny(VisibleType.BINARY, 0);
        assertEquals("batch must be [n, 3], got [1, 4]", assertThrows(IllegalArgumentException.class,
                () -> rbm.cdStep(Nd4j.zeros(DataType.DOUBLE, 1, 4))).getMessage());
    }

    private static void assertMatrix(double[][] expected, INDArray actual) {
        double[][] a = actual.toDoubleMatrix();
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], a[i], 1e-12, "row " + i);
        }
    }
}
