package org.protpred.pipeline.fold;

import java.util.List;

/**
 * A conditional-logit (softmax over alternatives) model with one weight vector shared by all alternatives, fitted by
 * Newton's method with a backtracking line search. Example {@code e} has {@code alternatives} feature vectors of
 * {@code d} values ({@code x[a * d + k]}) and a chosen alternative {@code y[e]}; the fit minimises
 * {@code -sum_e ln softmax(x_e w)[y_e] + ridge * |w|^2}, a convex problem, so the result does not depend on the
 * start beyond rounding.
 */
final class ConditionalLogit {

    private static final int MAX_ITERATIONS = 50;

    private ConditionalLogit() {
    }

    /**
     * The fitted weights.
     *
     * @param fixedZero index of a weight held at 0 (a feature the model must not use), or -1
     */
    static double[] fit(List<double[]> x, int[] y, int alternatives, int d, double ridge, double[] start,
                        int fixedZero) {
        double[] w = start.clone();
        if (fixedZero >= 0) {
            w[fixedZero] = 0;
        }
        double[] g = new double[d];
        double[][] h = new double[d][d];
        double loss = evaluate(x, y, alternatives, d, ridge, w, g, h);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            if (fixedZero >= 0) {
                g[fixedZero] = 0;
                for (int k = 0; k < d; k++) {
                    h[fixedZero][k] = 0;
                    h[k][fixedZero] = 0;
                }
                h[fixedZero][fixedZero] = 1;
            }
            double[] step = solve(h, g);
            double slope = 0;
            for (int k = 0; k < d; k++) {
                slope += g[k] * step[k];
            }
            double t = 1;
            double[] trial = new double[d];
            double next = Double.POSITIVE_INFINITY;
            for (int halvings = 0; halvings < 40; halvings++) {
                for (int k = 0; k < d; k++) {
                    trial[k] = w[k] - t * step[k];
                }
                next = evaluate(x, y, alternatives, d, ridge, trial, null, null);
                if (next <= loss - 1e-4 * t * slope) {
                    break;
                }
                t /= 2;
            }
            if (!(next < loss)) {
                break;   // no descent left: at the optimum to rounding
            }
            double moved = 0;
            for (int k = 0; k < d; k++) {
                moved = Math.max(moved, Math.abs(trial[k] - w[k]));
            }
            System.arraycopy(trial, 0, w, 0, d);
            double previous = loss;
            loss = evaluate(x, y, alternatives, d, ridge, w, g, h);
            if (moved < 1e-9 || previous - loss < 1e-12 * Math.max(1, Math.abs(loss))) {
                break;
            }
        }
        return w;
    }

    /**
     * The objective at {@code w}; with {@code g} and {@code h} non-null also its gradient and Hessian.
     */
    static double evaluate(List<double[]> x, int[] y, int alternatives, int d, double ridge, double[] w, double[] g,
                           double[][] h) {
        double loss = 0;
        if (g != null) {
            java.util.Arrays.fill(g, 0);
            for (double[] row : h) {
                java.util.Arrays.fill(row, 0);
            }
        }
        double[] z = new double[alternatives];
        double[] mean = new double[d];
        for (int e = 0; e < x.size(); e++) {
            double[] xe = x.get(e);
            double max = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < alternatives; a++) {
                double s = 0;
                int o = a * d;
                for (int k = 0; k < d; k++) {
                    s += w[k] * xe[o + k];
                }
                z[a] = s;
                max = Math.max(max, s);
            }
            double sum = 0;
            for (int a = 0; a < alternatives; a++) {
                z[a] = Math.exp(z[a] - max);
                sum += z[a];
            }
            int ye = y[e];
            loss -= Math.log(z[ye] / sum);
            if (g == null) {
                continue;
            }
            java.util.Arrays.fill(mean, 0);
            for (int a = 0; a < alternatives; a++) {
                double p = z[a] / sum;
                if (p < 1e-14) {
                    continue;
                }
                int o = a * d;
                for (int k = 0; k < d; k++) {
                    double pk = p * xe[o + k];
                    mean[k] += pk;
                    double[] hk = h[k];
                    for (int j = 0; j <= k; j++) {
                        hk[j] += pk * xe[o + j];
                    }
                }
            }
            int oy = ye * d;
            for (int k = 0; k < d; k++) {
                g[k] += mean[k] - xe[oy + k];
                for (int j = 0; j <= k; j++) {
                    h[k][j] -= mean[k] * mean[j];
                }
            }
        }
        for (int k = 0; k < d; k++) {
            loss += ridge * w[k] * w[k];
        }
        if (g != null) {
            for (int k = 0; k < d; k++) {
                g[k] += 2 * ridge * w[k];
                h[k][k] += 2 * ridge;
                for (int j = 0; j < k; j++) {
                    h[j][k] = h[k][j];
                }
            }
        }
        return loss;
    }

    /** Solves {@code a s = b} for a symmetric positive definite {@code a} (Gaussian elimination, partial pivots). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] tmp = m[c];
            m[c] = m[pivot];
            m[pivot] = tmp;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] s = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double v = m[r][n];
            for (int k = r + 1; k < n; k++) {
                v -= m[r][k] * s[k];
            }
            s[r] = v / m[r][r];
        }
        return s;
    }
}
