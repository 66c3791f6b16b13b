package org.protpred.pipeline.ss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protpred.pipeline.data.CachedRecord;

/** The 3- and 8-state class encodings and the 8-to-3 reduction of probabilities. */
class SsLabelsTest {

    @Test
    void eightStatesAreTheDsspOrder() {
        assertEquals("HGIEBTSC", SsLabels.STATES8);
        assertEquals(List.of("H", "G", "I", "E", "B", "T", "S", "C"), SsLabels.NAMES8);
        assertEquals(SsLabels.STATES8, SsAlphabet.of(SsLabels.NAMES8).letters());
        assertEquals("HEC", SsAlphabet.of(SsLabels.NAMES).letters());
        assertEquals(SsLabels.NAMES8, SsAlphabet.ofStates(8).names());
        assertEquals(8, SsAlphabet.EIGHT.size());
        assertEquals(SsLabels.SS8, SsAlphabet.EIGHT.labelKind());
        assertEquals(SsLabels.SS3, SsAlphabet.THREE.labelKind());
        assertThrows(IllegalArgumentException.class, () -> SsAlphabet.of(List.of("H", "E")));
        assertEquals("secondary structure has 3 or 8 states, not 4", assertThrows(
                org.protpred.models.core.InputException.class, () -> SsAlphabet.ofStates(4)).getMessage());
    }

    @Test
    void encodesEightStateClassesWithUnscoredResiduesAsMinusOne() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 7, -1},
                SsLabels.classes8("HGIEBTSC-H", new boolean[] {true, true, true, true, true, true, true, true, true,
                    false}));
        CachedRecord r = new CachedRecord("x", "ACDE", null, new float[4][1],
                Map.of("ss8", "GBTH", "ss3", "HECH"), new boolean[] {true, false, true, true});
        assertArrayEquals(new int[] {1, -1, 5, 0}, SsLabels.classes(r, SsAlphabet.EIGHT));
        assertArrayEquals(new int[] {0, -1, 2, 0}, SsLabels.classes(r, SsAlphabet.THREE));
        CachedRecord noEight = new CachedRecord("y", "A", null, new float[1][1], Map.of("ss3", "H"), null);
        assertEquals("y: no ss8 label", assertThrows(IllegalArgumentException.class,
                () -> SsLabels.classes(noEight, SsAlphabet.EIGHT)).getMessage());
    }

    @Test
    void reducesEightStateProbabilitiesBySumming() {
        float[] p8 = {0.25f, 0.125f, 0.0625f, 0.25f, 0.0625f, 0.125f, 0.0625f, 0.0625f};
        // H = H+G+I = 0.4375, E = E+B = 0.3125, C = T+S+C = 0.25 (binary fractions: exact in float)
        assertArrayEquals(new float[] {0.4375f, 0.3125f, 0.25f}, SsLabels.reduce(p8));
        float[][] rows = SsLabels.reduce(new float[][] {p8, {0, 0, 0, 0, 0, 0, 0, 1}});
        assertArrayEquals(new float[] {0, 0, 1}, rows[1]);
        assertEquals(new SsPrediction("x", "AA", rows).states(), "HC");
        assertEquals(SsLabels.C, SsLabels.threeOfEight(5));
        assertEquals(SsLabels.E, SsLabels.threeOfEight(4));
        assertEquals(SsLabels.H, SsLabels.threeOfEight(2));
        assertThrows(IllegalArgumentException.class, () -> SsLabels.reduce(new float[3]));
    }

    @Test
    void eightStatePredictionsCarryBothAlphabets() {
        float[][] p8 = {{0.1f, 0.6f, 0, 0.1f, 0, 0.1f, 0, 0.1f}, {0, 0, 0, 0.3f, 0.3f, 0, 0, 0.4f}};
        SsPrediction p = SsPrediction.ofEightStates("x", "AC", p8);
        assertEquals("GC", p.eightStates());
        assertEquals("HE", p.states());       // H 0.7 vs C 0.2; E 0.6 vs C 0.4
        assertEquals(0.6f, p.probability8(0, 1));
        SsPrediction three = new SsPrediction("y", "A", new float[][] {{1, 0, 0}});
        assertEquals("y: predicted by a 3-state model; no 8-state probabilities",
                assertThrows(IllegalStateException.class, three::eightStates).getMessage());
    }
}
