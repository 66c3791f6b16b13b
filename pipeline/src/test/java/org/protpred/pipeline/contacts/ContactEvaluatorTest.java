package org.protpred.pipeline.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.protpred.pipeline.labels.ContactMap;
import org.protpred.pipeline.labels.ContactRange;
import org.protpred.pipeline.labels.DistanceMatrix;

/** Exact precisions on a hand-made map of 40 residues with four true contacts. */
class ContactEvaluatorTest {

    static final int L = 40;

    /** Residues 1000 A apart on a line, except four partners moved 5 A next to residue i. */
    static ContactMap handMap() {
        double[][] p = new double[L][];
        for (int i = 0; i < L; i++) {
            p[i] = new double[] {1000.0 * i, 0, 0};
        }
        int[][] contacts = {{0, 10}, {12, 25}, {2, 30}, {5, 35}};
        for (int[] c : contacts) {
            p[c[1]] = new double[] {p[c[0]][0], 5, 0};
        }
        return new ContactMap(DistanceMatrix.of(p), 8.0);
    }

    /** Every pair at 0.01 except a few. */
    static ContactPrediction handPrediction() {
        ContactPrediction.Collector c = new ContactPrediction.Collector(5 * L);
        for (int i = 0; i < L; i++) {
            for (int j = i + 6; j < L; j++) {
                double prob = 0.01;
                if (i == 0 && j == 10) {
                    prob = 0.95;
                } else if (i == 12 && j == 25) {
                    prob = 0.5;
                } else if (i == 2 && j == 30) {
                    prob = 0.9;
                } else if (i == 3 && j == 30) {
                    prob = 0.8;
                } else if (i == 5 && j == 35) {
                    prob = 0.7;
                } else if (i == 1 && j == 33) {
                    prob = 0.6;
                }
                c.add(i, j, prob);
            }
        }
        return c.finish("hand", "A".repeat(L));
    }

    @Test
    void exactPrecisionsOnAHandMadeMap() {
        ContactMap map = handMap();
        assertEquals(4, map.contacts(6).count());
        boolean[] all = new boolean[L];
        Arrays.fill(all, true);
        ContactEvaluator.Scores s = ContactEvaluator.score("hand", map, all, handPrediction());
        assertEquals(40, s.length());
        // long: top 4 = (2,30) yes, (3,30) no (one-shift yes), (5,35) yes, (1,33) no
        assertEquals(0.5, s.precision(ContactRange.LONG, 10), 1e-12);
        assertEquals(0.75, s.shifted(ContactRange.LONG, 10), 1e-12);
        // top 8: then (0,24), (0,25), (0,26), (0,27) at 0.01 (ties by i, j): none
        assertEquals(2.0 / 8, s.precision(ContactRange.LONG, 5), 1e-12);
        assertEquals(3.0 / 8, s.shifted(ContactRange.LONG, 5), 1e-12);
        assertEquals(2.0 / 20, s.precision(ContactRange.LONG, 2), 1e-12);
        // long range has 120 pairs; top 40 holds both long contacts
        assertEquals(2.0 / 40, s.precision(ContactRange.LONG, 1), 1e-12);
        // short: (0,10) then (0,6), (0,7), (0,8)
        assertEquals(0.25, s.precision(ContactRange.SHORT, 10), 1e-12);
        // one-shift: (0,6..8) are not within 1 of (0,10)
        assertEquals(0.25, s.shifted(ContactRange.SHORT, 10), 1e-12);
        assertEquals(0.25, s.precision(ContactRange.MEDIUM, 10), 1e-12);
        assertEquals(1.0 / 8, s.precision(ContactRange.MEDIUM, 5), 1e-12);
    }

    @Test
    void unobservedResiduesLeaveLAndTheRanking() {
        boolean[] observed = new boolean[L];
        Arrays.fill(observed, true);
        observed[3] = false;   // (3,30) no longer counts; L = 39, L/10 = 3
        ContactEvaluator.Scores s = ContactEvaluator.score("hand", handMap(), observed, handPrediction());
        assertEquals(39, s.length());
        // top 3 long: (2,30) yes, (5,35) yes, (1,33) no
        assertEquals(2.0 / 3, s.precision(ContactRange.LONG, 10), 1e-12);
    }

    @Test
    void meansAndReport() {
        boolean[] all = new boolean[L];
        Arrays.fill(all, true);
        ContactEvaluator.Scores s = ContactEvaluator.score("hand", handMap(), all, handPrediction());
        double[][] m = ContactEvaluator.mean(java.util.List.of(s, s), false);
        assertEquals(0.25, m[ContactRange.LONG.ordinal()][1], 1e-12);
        ContactPrediction p = handPrediction();
        assertEquals(0.95, p.probability(0, 10), 1e-12);
        assertEquals(0.95, p.top(1).get(0).probability(), 1e-12);
        assertTrue(Double.isNaN(p.probability(0, 3)));
    }
}
