package org.protpred.pipeline.ss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SovTest {

    /**
     * Worked by hand from the SOV'99 definition (Zemla et al. 1999):
     * <pre>
     *   observed  CCHHHHCC   segments C[1-2] H[3-6] C[7-8]
     *   predicted CHHHCCCC   segments C[1]   H[2-4] C[5-8]
     * </pre>
     * H: H[3-6]/H[2-4]: minov 2, maxov 5, delta = min(3, 2, 4/2, 3/2) = 1, score (2+1)/5*4 = 2.4; N(H) = 4.
     * C: C[1-2]/C[1]: minov 1, maxov 2, delta = min(1, 1, 1, 0) = 0, score 1/2*2 = 1.0;
     *    C[7-8]/C[5-8]: minov 2, maxov 4, delta = min(2, 2, 1, 2) = 1, score 3/4*2 = 1.5; N(C) = 4.
     * SOV = 100 * (2.4 + 1.0 + 1.5) / 8 = 61.25; SOV(H) = 60; SOV(C) = 62.5.
     */
    @Test
    void workedExample() {
        Sov sov = new Sov();
        sov.add("CCHHHHCC", "CHHHCCCC", null);
        assertEquals(61.25, sov.score(), 1e-9);
        assertEquals(60.0, sov.score(SsLabels.H), 1e-9);
        assertEquals(62.5, sov.score(SsLabels.C), 1e-9);
        assertTrue(Double.isNaN(sov.score(SsLabels.E)), "no strand observed");
    }

    /** An observed segment no predicted segment of its state overlaps still counts in N (the S' term). */
    @Test
    void missedSegmentCountsInTheNormaliser() {
        Sov sov = new Sov();
        sov.add("CCEEEECC", "CCCCCCCC", null);
        // E: S' holds E[3-6], N(E) = 4, numerator 0. C: C[1-2] and C[7-8] each inside C[1-8]:
        // C[1-2]/C[1-8]: minov 2, maxov 8, delta = min(6, 2, 1, 4) = 1 -> 3/8*2 = 0.75; the same for C[7-8].
        assertEquals(100 * 1.5 / 8, sov.score(), 1e-9);
        assertEquals(0.0, sov.score(SsLabels.E), 1e-9);
        assertEquals(100 * 1.5 / 4, sov.score(SsLabels.C), 1e-9);
    }

    @Test
    void perfectPredictionScores100AndChainsAccumulate() {
        Sov sov = new Sov();
        sov.add("CHHHEEEC", "CHHHEEEC", null);
        assertEquals(100.0, sov.score(), 1e-9);
        sov.add("HHHH", "CCCC", null);      // adds N(H) = 4, nothing to the numerator
        assertEquals(100.0 * 8 / 12, sov.score(), 1e-9);
    }

    /** Unscored residues break segments and count nowhere. */
    @Test
    void unscoredResiduesAreLeftOut() {
        Sov masked = new Sov();
        masked.add("HHHHCC", "HHCCCC", new boolean[] {true, true, false, false, true, true});
        // H[1-2] vs H[1-2]: perfect, 2; C[5-6] vs C[5-6]: perfect, 2 -> 100.
        assertEquals(100.0, masked.score(), 1e-9);
    }
}
