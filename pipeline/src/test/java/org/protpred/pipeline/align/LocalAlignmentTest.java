package org.protpred.pipeline.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Smith-Waterman scores, identities and aligned pairs on hand-computed examples (BLOSUM62, gaps 11 + k). */
class LocalAlignmentTest {

    private static final String ALL = "ACDEFGHIKLMNPQRSTVWY";

    @Test
    void identicalChainsScoreTheSumOfTheDiagonal() {
        // BLOSUM62 diagonal: A4 C9 D6 E5 F6 G6 H8 I4 K5 L4 M5 N6 P7 Q5 R5 S4 T5 V4 W11 Y7 = 116
        LocalAlignment.Result r = LocalAlignment.align(ALL, ALL);
        assertEquals(new LocalAlignment.Result(116, 20, 20, 20), r);
        assertEquals(1.0, r.identity());
    }

    @Test
    void anInsertionCostsOpenPlusOnePerResidue() {
        // "WW" inserted after L: 57 (ACDEFGHIKL) + 59 (MNPQRSTVWY) - (11 + 2)
        LocalAlignment.Result r = LocalAlignment.align("ACDEFGHIKLWWMNPQRSTVWY", ALL);
        assertEquals(new LocalAlignment.Result(103, 20, 20, 20), r);
        assertEquals(1.0, r.identity());
    }

    @Test
    void aSubstitutionIsAlignedButNotIdentical() {
        // nine W-W (11 each) and one W-A (-3)
        LocalAlignment.Result r = LocalAlignment.align("WWWWWWWWWW", "WWWWWAWWWW");
        assertEquals(new LocalAlignment.Result(96, 9, 10, 10), r);
        assertEquals(0.9, r.identity(), 1e-12);
    }

    @Test
    void identityIsOverTheShorterChainNotTheAlignment() {
        // A-C scores 0, so the local alignment is the five W only: 5 identities over 9 residues
        LocalAlignment.Result r = LocalAlignment.align("AAAAWWWWW", "CCCCWWWWWWWWWW");
        assertEquals(new LocalAlignment.Result(55, 5, 5, 9), r);
        assertEquals(5.0 / 9, r.identity(), 1e-12);
    }

    @Test
    void unknownResiduesNeverCountAsIdentical() {
        assertEquals(new LocalAlignment.Result(0, 0, 0, 5), LocalAlignment.align("XXXXX", "XXXXX"));
        // X-X scores -1 in BLOSUM62; B, Z, J and other letters are read as X
        assertEquals(-1, LocalAlignment.score('X', 'B'));
        assertEquals(11, LocalAlignment.score('W', 'W'));
        assertEquals(-4, LocalAlignment.score('W', 'D'));
        assertEquals(new LocalAlignment.Result(0, 0, 0, 0), LocalAlignment.align("", ALL));
    }

    @Test
    void bestUngappedSegmentOnADiagonal() {
        byte[] a = LocalAlignment.encode("WWAWW");
        assertEquals(48, LocalAlignment.bestUngapped(a, a, 0));      // 11 + 11 + 4 + 11 + 11
        // shifted by one: W-W, W-A, A-W, W-W = 11 - 3 - 3 + 11 = 16 (the run never drops below 0)
        assertEquals(16, LocalAlignment.bestUngapped(a, a, 1));
        assertEquals(16, LocalAlignment.bestUngapped(a, a, -1));
        assertEquals(11, LocalAlignment.bestUngapped(a, LocalAlignment.encode("WDDDDW"), 0));   // W-D scores -4
        assertEquals(0, LocalAlignment.bestUngapped(a, a, 5));       // no overlap
    }
}
