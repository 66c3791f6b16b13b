package org.protpred.pipeline.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protpred.pipeline.protein.Alignment;

class CoevolutionTest {

    /**
     * Four distinct rows (weights 1 at 80% identity), four columns:
     * <pre>
     *   A A A D
     *   A A C D
     *   C C A D
     *   C D C E
     * </pre>
     * By hand, with a = ln 2 and b = ln 3: MI(0,1) = a, MI(0,2) = 0, MI(0,3) = 1.5a - 0.75b, MI(1,2) = 0.5a,
     * MI(1,3) = 2a - 0.75b, MI(2,3) = 1.5a - 0.75b. Row means over the three others: r0 = (2.5a - 0.75b)/3,
     * r1 = (3.5a - 0.75b)/3, r2 = (2a - 0.75b)/3, r3 = (5a - 2.25b)/3; overall mean m = (6.5a - 2.25b)/6;
     * APC(i,j) = MI(i,j) - r_i r_j / m.
     */
    @Test
    void miApcOnATinyAlignmentByHand() {
        Alignment aln = new Alignment(List.of("s1", "s2", "s3", "s4"), List.of("AAAD", "AACD", "CCAD", "CDCE"), "t");
        AlignmentStatistics st = AlignmentStatistics.of(aln, "AAAD", 0.8);
        assertEquals(4.0, st.neff(), 1e-12);
        double a = Math.log(2);
        double b = Math.log(3);
        double[][] mi = Coevolution.mutualInformation(st, 0.0);
        double[][] expected = {
            {0, a, 0, 1.5 * a - 0.75 * b},
            {a, 0, 0.5 * a, 2 * a - 0.75 * b},
            {0, 0.5 * a, 0, 1.5 * a - 0.75 * b},
            {1.5 * a - 0.75 * b, 2 * a - 0.75 * b, 1.5 * a - 0.75 * b, 0}};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[i][j], mi[i][j], 1e-12, "MI(" + i + "," + j + ")");
            }
        }
        double[] r = {(2.5 * a - 0.75 * b) / 3, (3.5 * a - 0.75 * b) / 3, (2 * a - 0.75 * b) / 3,
            (5 * a - 2.25 * b) / 3};
        double m = (6.5 * a - 2.25 * b) / 6;
        double[][] apc = Coevolution.miApc(st, 0.0);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double e = i == j ? 0 : expected[i][j] - r[i] * r[j] / m;
                assertEquals(e, apc[i][j], 1e-12, "APC(" + i + "," + j + ")");
            }
        }
        assertEquals(0.215788, apc[0][1], 1e-6);
    }

    @Test
    void identicalRowsShareTheirWeight() {
        Alignment aln = new Alignment(List.of("a", "b", "c", "d"), List.of("AAAAA", "AAAAA", "AAAAC", "CCCCC"), "t");
        AlignmentStatistics st = AlignmentStatistics.of(aln, "AAAAA", 0.8);
        // AAAAC is 80% identical to the two AAAAA rows: those three form one cluster
        assertEquals(1.0 / 3, st.weight(0), 1e-12);
        assertEquals(1.0 / 3, st.weight(2), 1e-12);
        assertEquals(1.0, st.weight(3), 1e-12);
        assertEquals(2.0, st.neff(), 1e-12);
    }

    @Test
    void choleskyInversionOfASmallMatrixByHand() {
        // [[4,1,0],[1,3,1],[0,1,2]] has determinant 18 and inverse [[5,-2,1],[-2,8,-4],[1,-4,11]] / 18
        double[] a = {4, 1, 0, 1, 3, 1, 0, 1, 2};
        double[] inv = Coevolution.invertSymmetricPositiveDefinite(a, 3);
        double[][] expected = {{5, -2, 1}, {-2, 8, -4}, {1, -4, 11}};
        for (int i = 0; i < 3; i++) {
            for (int j = i; j < 3; j++) {
                assertEquals(expected[i][j] / 18, inv[i * 3 + j], 1e-12);
            }
        }
    }

    @Test
    void dcaScoresTheCoupledColumnsOfAToyAlignmentHighest() {
        // columns 0 and 2 always agree (A-A or C-C); columns 1 and 3 vary independently of everything
        List<String> rows = new java.util.ArrayList<>();
        String[] free = {"AD", "CE", "DA", "EC", "AA", "CC", "DE", "ED"};
        for (int s = 0; s < 16; s++) {
            char x = s % 2 == 0 ? 'A' : 'C';
            String f = free[s % 8];
            rows.add("" + x + f.charAt(0) + x + (s < 8 ? f.charAt(1) : free[(s + 3) % 8].charAt(1)));
        }
        List<String> ids = new java.util.ArrayList<>();
        for (int s = 0; s < rows.size(); s++) {
            ids.add("s" + s);
        }
        AlignmentStatistics st = AlignmentStatistics.of(new Alignment(ids, rows, "toy"), rows.get(0), 1.0);
        double[][] dca = Coevolution.dcaApc(st, 0.5);
        for (int i = 0; i < 4; i++) {
            assertEquals(0.0, dca[i][i]);
            for (int j = 0; j < 4; j++) {
                assertEquals(dca[i][j], dca[j][i], 1e-12);
                if (i < j && !(i == 0 && j == 2)) {
                    org.junit.jupiter.api.Assertions.assertTrue(dca[0][2] > dca[i][j], i + "," + j);
                }
            }
        }
    }
}
