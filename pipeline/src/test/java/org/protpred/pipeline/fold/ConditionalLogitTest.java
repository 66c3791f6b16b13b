package org.protpred.pipeline.fold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConditionalLogitTest {

    /** Two alternatives, one feature (1 for the first, 0 for the second), the first chosen 3 times in 4. */
    @Test
    void aWorkedExampleFitsTheLogOddsExactly() {
        List<double[]> x = new ArrayList<>();
        int[] y = {0, 0, 0, 1};
        for (int e = 0; e < y.length; e++) {
            x.add(new double[] {1, 0});
        }
        double[] w = ConditionalLogit.fit(x, y, 2, 1, 0, new double[] {0}, -1);
        assertEquals(Math.log(3), w[0], 1e-9);
        // with a ridge r the optimum solves 3 - 4 sigmoid(w) = 2 r w
        double[] ridged = ConditionalLogit.fit(x, y, 2, 1, 0.5, new double[] {0}, -1);
        double s = 1 / (1 + Math.exp(-ridged[0]));
        assertEquals(3 - 4 * s, 2 * 0.5 * ridged[0], 1e-9);
        assertEquals(0.0, ConditionalLogit.fit(x, y, 2, 1, 0, new double[] {2}, 0)[0], "a fixed weight stays 0");
    }

    @Test
    void gradientAndHessianMatchFiniteDifferences() {
        Random random = new Random(7);
        int alternatives = 5;
        int d = 3;
        List<double[]> x = new ArrayList<>();
        int[] y = new int[20];
        for (int e = 0; e < y.length; e++) {
            double[] xe = new double[alternatives * d];
            for (int i = 0; i < xe.length; i++) {
                xe[i] = random.nextGaussian();
            }
            x.add(xe);
            y[e] = random.nextInt(alternatives);
        }
        double[] w = {0.3, -0.7, 1.1};
        double[] g = new double[d];
        double[][] h = new double[d][d];
        ConditionalLogit.evaluate(x, y, alternatives, d, 0.25, w, g, h);
        double eps = 1e-5;
        for (int k = 0; k < d; k++) {
            double[] plus = w.clone();
            double[] minus = w.clone();
            plus[k] += eps;
            minus[k] -= eps;
            double numeric = (ConditionalLogit.evaluate(x, y, alternatives, d, 0.25, plus, null, null)
                    - ConditionalLogit.evaluate(x, y, alternatives, d, 0.25, minus, null, null)) / (2 * eps);
            assertEquals(numeric, g[k], 1e-6, "gradient " + k);
            double[] gp = new double[d];
            double[] gm = new double[d];
            ConditionalLogit.evaluate(x, y, alternatives, d, 0.25, plus, gp, new double[d][d]);
            ConditionalLogit.evaluate(x, y, alternatives, d, 0.25, minus, gm, new double[d][d]);
            for (int j = 0; j < d; j++) {
                assertEquals((gp[j] - gm[j]) / (2 * eps), h[j][k], 1e-5, "hessian " + j + "," + k);
            }
        }
        // at the fitted weights the gradient vanishes
        double[] fitted = ConditionalLogit.fit(x, y, alternatives, d, 0.25, new double[d], -1);
        ConditionalLogit.evaluate(x, y, alternatives, d, 0.25, fitted, g, h);
        assertArrayEquals(new double[d], g, 1e-7);
    }

    @Test
    void solvesALinearSystem() {
        double[][] a = {{4, 1, 0}, {1, 3, 1}, {0, 1, 2}};
        double[] s = ConditionalLogit.solve(a, new double[] {1, 2, 3});
        for (int i = 0; i < 3; i++) {
            double v = 0;
            for (int j = 0; j < 3; j++) {
                v += a[i][j] * s[j];
            }
            assertEquals(new double[] {1, 2, 3}[i], v, 1e-12);
        }
    }
}
