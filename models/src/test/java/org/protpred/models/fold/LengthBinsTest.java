package org.protpred.models.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LengthBinsTest {

    @Test
    void binsAndPaddedLengthsWithTheDefaults() {
        LengthBins bins = LengthBins.defaults();
        assertEquals(15, bins.width());
        assertEquals(30, bins.minPadded());
        int[] lengths = {1, 15, 16, 30, 31, 45, 46, 100};
        int[] index = {0, 0, 1, 1, 2, 2, 3, 6};
        int[] padded = {30, 30, 30, 30, 45, 45, 60, 105};
        for (int i = 0; i < lengths.length; i++) {
            assertEquals(index[i], bins.binIndex(lengths[i]), "bin of " + lengths[i]);
            assertEquals(padded[i], bins.paddedLength(lengths[i]), "padded length of " + lengths[i]);
        }
    }

    @Test
    void summaryCountsRealAndPaddedResidues() {
        LengthBins.Summary s = LengthBins.defaults().summarize(40, 7, 31, 45, 100, 16, 33);
        assertEquals(List.of(
                new LengthBins.Bin(1, 15, 30, 1, 7, 30),
                new LengthBins.Bin(16, 30, 30, 1, 16, 30),
                new LengthBins.Bin(31, 45, 45, 4, 40 + 31 + 45 + 33, 180),
                new LengthBins.Bin(91, 105, 105, 1, 100, 105)), s.bins());
        assertEquals(7 + 16 + 149 + 100, s.realResidues());
        assertEquals(30 + 30 + 180 + 105, s.paddedResidues());
        assertEquals(345.0 / 272.0, s.overhead(), 1e-12);
    }

    @Test
    void otherWidthAndMinimum() {
        LengthBins bins = new LengthBins(10, 5);
        assertEquals(10, bins.paddedLength(3));
        assertEquals(20, bins.paddedLength(11));
        LengthBins.Summary s = bins.summarize(3, 9, 20, 21);
        assertEquals(List.of(
                new LengthBins.Bin(1, 10, 10, 2, 12, 20),
                new LengthBins.Bin(11, 20, 20, 1, 20, 20),
                new LengthBins.Bin(21, 30, 30, 1, 21, 30)), s.bins());
        assertEquals(53, s.realResidues());
        assertEquals(70, s.paddedResidues());
        // a minimum above several bins' edges
        assertEquals(50, new LengthBins(15, 50).paddedLength(31));
        assertEquals(60, new LengthBins(15, 50).paddedLength(46));
    }

    @Test
    void emptyAndInvalid() {
        LengthBins.Summary empty = LengthBins.defaults().summarize();
        assertTrue(empty.bins().isEmpty());
        assertEquals(0, empty.paddedResidues());
        assertTrue(Double.isNaN(empty.overhead()));
        assertEquals("sequence length must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> LengthBins.defaults().summarize(5, 0)).getMessage());
        assertEquals("bin width must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new LengthBins(0, 30)).getMessage());
        assertEquals("minimum padded length must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new LengthBins(15, 0)).getMessage());
    }
}
