package org.protpred.pipeline.features;

import java.util.stream.IntStream;

/**
 * Coevolution scores between the columns of an alignment.
 *
 * <p>Mutual information with the average product correction (Dunn, Wahl &amp; Gloor 2008, Bioinformatics
 * 24:333-340), over the 21 states of {@link AlignmentStatistics} (20 residues and the gap), with the sequence
 * weights {@code w_s} of {@link AlignmentStatistics} and {@code Meff = sum_s w_s}:
 * <pre>
 *   f_i(a)    = (1 - lambda) * sum_s w_s [x_si = a] / Meff                  + lambda / 21
 *   f_ij(a,b) = (1 - lambda) * sum_s w_s [x_si = a][x_sj = b] / Meff        + lambda / 21^2
 *   MI(i,j)   = sum_{a,b : f_ij(a,b) > 0} f_ij(a,b) ln( f_ij(a,b) / (f_i(a) f_j(b)) )
 *   APC(i,j)  = MI(i,j) - MI(i,.) MI(.,j) / MI(.,.)
 * </pre>
 * where {@code MI(i,.)} is the mean of {@code MI(i,k)} over {@code k != i} and {@code MI(.,.)} the mean over all
 * pairs {@code i != j}; {@code lambda} is the pseudocount fraction (0 = plain weighted frequencies). Natural
 * logarithms. The result is a symmetric L x L matrix with a zero diagonal (all zero when {@code MI(.,.) = 0}).
 *
 * <p>Mean-field direct coupling analysis ({@link #dcaApc}; Morcos et al. 2011, PNAS 108:E1293-E1301): the same
 * weighted frequencies with pseudocount fraction {@code lambda} (0.5 by default, the paper's choice), and
 * {@code f_ii(a,b) = f_i(a) [a = b]}; the connected correlations {@code C_ij(a,b) = f_ij(a,b) - f_i(a) f_j(b)} over
 * the 20 residue states (the gap is the reference state) form a 20L x 20L matrix whose inverse gives the couplings
 * {@code e_ij(a,b) = -(C^-1)_ij(a,b)} (gap couplings 0). Each 21 x 21 coupling block is put in the zero-sum gauge
 * (row, column and overall means subtracted) and scored by its Frobenius norm; APC as above (Ekeberg et al. 2013,
 * Phys Rev E 87:012707). The inversion is LAPACK's Cholesky ({@code dpotrf/dpotri}); {@link #MAX_DCA_LENGTH} bounds L (the matrix takes
 * 8 (20L)^2 bytes, twice while LAPACK works on a copy).
 */
public final class Coevolution {

    /** Longest alignment {@link #dcaApc} accepts (a 10,000 x 10,000 matrix, 800 MB). */
    public static final int MAX_DCA_LENGTH = 500;

    private Coevolution() {
    }

    /**
     * What both scores start from: the alignment column by column, the sequence weights, the factor
     * {@code keep = (1 - pseudocount) / Meff} that turns weighted counts into frequencies, and the single-column
     * frequencies {@code f_i(a) = keep c_i(a) + pseudocount / q}.
     */
    private record Columns(byte[][] cols, double[] weights, double keep, double[][] frequencies) {

        static Columns of(AlignmentStatistics a, double pseudocount) {
            int l = a.length();
            int n = a.depth();
            int q = AlignmentStatistics.STATES;
            byte[][] rows = a.rows();
            byte[][] cols = new byte[l][n];
            double[] w = new double[n];
            double meff = 0;
            for (int s = 0; s < n; s++) {
                w[s] = a.weight(s);
                meff += w[s];
                for (int i = 0; i < l; i++) {
                    cols[i][s] = rows[s][i];
                }
            }
            double keep = (1 - pseudocount) / meff;
            double[][] fi = new double[l][q];
            for (int i = 0; i < l; i++) {
                for (int s = 0; s < n; s++) {
                    fi[i][cols[i][s]] += w[s];
                }
                for (int k = 0; k < q; k++) {
                    fi[i][k] = keep * fi[i][k] + pseudocount / q;
                }
            }
            return new Columns(cols, w, keep, fi);
        }
    }

    /** Plain mutual information, symmetric, zero diagonal (formula in the class comment). */
    public static double[][] mutualInformation(AlignmentStatistics a, double pseudocount) {
        int l = a.length();
        int n = a.depth();
        int q = AlignmentStatistics.STATES;
        Columns columns = Columns.of(a, pseudocount);
        byte[][] cols = columns.cols();
        double[] w = columns.weights();
        double keep = columns.keep();
        double[][] fi = columns.frequencies();
        // MI(i,j) = H_i + H_j - H_ij with H = -sum f ln f: the marginals of f_ij are f_i and f_j, pseudocount
        // included, so this equals the sum in the class comment while taking one logarithm per joint cell.
        double[] entropy = new double[l];
        for (int i = 0; i < l; i++) {
            for (int k = 0; k < q; k++) {
                entropy[i] -= fi[i][k] > 0 ? fi[i][k] * Math.log(fi[i][k]) : 0;
            }
        }
        double[][] mi = new double[l][l];
        double pairPseudo = pseudocount / (q * q);
        boolean sparse = pseudocount == 0;
        IntStream.range(0, l).parallel().forEach(i -> {
            double[] joint = new double[q * q];
            int[] touched = new int[q * q];
            byte[] ci = cols[i];
            for (int j = i + 1; j < l; j++) {
                byte[] cj = cols[j];
                int nTouched = 0;
                for (int s = 0; s < n; s++) {
                    int cell = ci[s] * q + cj[s];
                    if (joint[cell] == 0) {
                        touched[nTouched++] = cell;
                    }
                    joint[cell] += w[s];
                }
                double h = 0;
                if (sparse) {
                    for (int t = 0; t < nTouched; t++) {
                        double f = keep * joint[touched[t]];
                        h -= f * Math.log(f);
                        joint[touched[t]] = 0;
                    }
                } else {
                    for (int cell = 0; cell < q * q; cell++) {
                        double f = keep * joint[cell] + pairPseudo;
                        h -= f * Math.log(f);
                        joint[cell] = 0;
                    }
                }
                double v = entropy[i] + entropy[j] - h;
                mi[i][j] = v;
                mi[j][i] = v;
            }
        });
        return mi;
    }

    /** The average product correction of a symmetric score matrix (formula in the class comment). */
    public static double[][] averageProductCorrection(double[][] s) {
        int l = s.length;
        double[][] out = new double[l][l];
        if (l < 3) {
            return out;
        }
        double[] rowMean = new double[l];
        double total = 0;
        for (int i = 0; i < l; i++) {
            double r = 0;
            for (int j = 0; j < l; j++) {
                if (j != i) {
                    r += s[i][j];
                }
            }
            rowMean[i] = r / (l - 1);
            total += r;
        }
        double mean = total / ((double) l * (l - 1));
        if (mean == 0) {
            return out;
        }
        for (int i = 0; i < l; i++) {
            for (int j = 0; j < l; j++) {
                if (j != i) {
                    out[i][j] = s[i][j] - rowMean[i] * rowMean[j] / mean;
                }
            }
        }
        return out;
    }

    /** MI with APC. */
    public static double[][] miApc(AlignmentStatistics a, double pseudocount) {
        return averageProductCorrection(mutualInformation(a, pseudocount));
    }

    /**
     * Mean-field DCA couplings scored by Frobenius norm with APC (see the class comment).
     *
     * @param pseudocount the pseudocount fraction lambda, in (0, 1) (0.5 is usual)
     * @throws org.protpred.models.core.InputException if the alignment is longer than {@link #MAX_DCA_LENGTH}
     */
    public static double[][] dcaApc(AlignmentStatistics a, double pseudocount) {
        int l = a.length();
        if (l > MAX_DCA_LENGTH) {
            throw new org.protpred.models.core.InputException("coevolution method dca handles at most "
                    + MAX_DCA_LENGTH + " alignment columns, this alignment has " + l + ": use method mi_apc");
        }
        int n = a.depth();
        int q = AlignmentStatistics.STATES;
        int r = q - 1;
        Columns columns = Columns.of(a, pseudocount);
        byte[][] cols = columns.cols();
        double[] w = columns.weights();
        double keep = columns.keep();
        double[][] fi = columns.frequencies();
        int dim = l * r;
        double[] c = new double[dim * dim];
        double pairPseudo = pseudocount / (q * q);
        IntStream.range(0, l).parallel().forEach(i -> {
            double[] joint = new double[q * q];
            for (int x = 0; x < r; x++) {
                for (int y = 0; y < r; y++) {
                    double f = (x == y ? fi[i][x] : 0) - fi[i][x] * fi[i][y];
                    c[(i * r + x) * dim + i * r + y] = f;
                }
            }
            for (int j = i + 1; j < l; j++) {
                java.util.Arrays.fill(joint, 0.0);
                byte[] ci = cols[i];
                byte[] cj = cols[j];
                for (int s = 0; s < n; s++) {
                    joint[ci[s] * q + cj[s]] += w[s];
                }
                for (int x = 0; x < r; x++) {
                    for (int y = 0; y < r; y++) {
                        double v = keep * joint[x * q + y] + pairPseudo - fi[i][x] * fi[j][y];
                        c[(i * r + x) * dim + j * r + y] = v;
                        c[(j * r + y) * dim + i * r + x] = v;
                    }
                }
            }
        });
        double[] inv = invertSymmetricPositiveDefinite(c, dim);
        double[][] fn = new double[l][l];
        IntStream.range(0, l).parallel().forEach(i -> {
            double[][] e = new double[q][q];
            for (int j = i + 1; j < l; j++) {
                for (int x = 0; x < q; x++) {
                    for (int y = 0; y < q; y++) {
                        e[x][y] = x < r && y < r ? -inv[(i * r + x) * dim + j * r + y] : 0.0;
                    }
                }
                double v = Math.sqrt(zeroSumSquares(e));
                fn[i][j] = v;
                fn[j][i] = v;
            }
        });
        return averageProductCorrection(fn);
    }

    /**
     * Inverts a symmetric positive definite matrix (row-major, n x n) in place with LAPACK's Cholesky routines
     * ({@code dpotrf}, {@code dpotri} from the OpenBLAS that ND4J ships); only the upper triangle of the result is
     * filled.
     */
    static double[] invertSymmetricPositiveDefinite(double[] a, int n) {
        int info = org.bytedeco.openblas.global.openblas.LAPACKE_dpotrf(
                org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR, (byte) 'U', n, a, n);
        if (info == 0) {
            info = org.bytedeco.openblas.global.openblas.LAPACKE_dpotri(
                    org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR, (byte) 'U', n, a, n);
        }
        if (info != 0) {
            throw new IllegalStateException("covariance matrix is not positive definite (LAPACK info " + info
                    + "); raise the pseudocount");
        }
        return a;
    }

    /** Sum of squares of a q x q block after subtracting its row means and column means and adding its mean. */
    private static double zeroSumSquares(double[][] e) {
        int q = e.length;
        double[] rowMean = new double[q];
        double[] colMean = new double[q];
        double mean = 0;
        for (int x = 0; x < q; x++) {
            for (int y = 0; y < q; y++) {
                rowMean[x] += e[x][y] / q;
                colMean[y] += e[x][y] / q;
                mean += e[x][y] / (q * q);
            }
        }
        double sum = 0;
        for (int x = 0; x < q; x++) {
            for (int y = 0; y < q; y++) {
                double v = e[x][y] - rowMean[x] - colMean[y] + mean;
                sum += v * v;
            }
        }
        return sum;
    }
}
