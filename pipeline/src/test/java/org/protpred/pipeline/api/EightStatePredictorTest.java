package org.protpred.pipeline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.ss.ConstantModels;
import org.protpred.pipeline.ss.SecondaryStructureModel;
import org.protpred.pipeline.ss.SsLabels;

/** The library facade with 8-state models (of known output: every residue G) and 3-state ones. */
class EightStatePredictorTest {

    @TempDir
    Path tmp;

    @Test
    void eightStatePredictionsGiveBothAlphabets() {
        SecondaryStructurePredictor p = SecondaryStructurePredictor.load(
                ConstantModels.write(tmp.resolve("g.zip"), 8, 1, SsLabels.NAMES8));
        assertTrue(p.eightState());
        SecondaryStructurePrediction r = p.predict("ACDW");
        assertTrue(r.hasEightStates());
        assertEquals("GGGG", r.eightStates());
        assertEquals("HHHH", r.states());
        assertEquals(ConstantModels.top(8), r.probability8(2, 'G'), 1e-6);
        assertEquals(ConstantModels.rest(8), r.probability8(2, 'T'), 1e-6);
        assertEquals(ConstantModels.top(8) + 2 * ConstantModels.rest(8), r.probability(2, 'H'), 1e-6);
        assertEquals("state must be one of H, G, I, E, B, T, S, C, not 'Q'",
                assertThrows(IllegalArgumentException.class, () -> r.probability8(0, 'Q')).getMessage());
    }

    @Test
    void threeStatePredictionsRefuseEightStateQuestions() {
        SecondaryStructurePredictor p = SecondaryStructurePredictor.load(
                ConstantModels.write(tmp.resolve("h.zip"), 3, 0, SsLabels.NAMES));
        assertFalse(p.eightState());
        SecondaryStructurePrediction r = p.predict("ACDW");
        assertFalse(r.hasEightStates());
        assertEquals("HHHH", r.states());
        assertEquals("sequence1: predicted by a 3-state model; no 8-state probabilities",
                assertThrows(IllegalStateException.class, r::eightStates).getMessage());
        assertThrows(IllegalStateException.class, () -> r.probability8(0, 'H'));
    }

    @Test
    void theBundledEightStateModelOrAClearError() {
        if (SecondaryStructureModel.class.getResource(SecondaryStructureModel.BUNDLED_RESOURCE_8) == null) {
            assertTrue(assertThrows(InputException.class, SecondaryStructurePredictor::bundledEightState)
                    .getMessage().endsWith("is missing from this build; pass --model FILE"));
        } else {
            SecondaryStructurePredictor p = SecondaryStructurePredictor.bundledEightState();
            assertTrue(p.eightState());
            assertEquals(76, p.predict("MQIFVKTLTGKTITLEVEPSDTIENVKAKIQDKEGIPPDQQRLIFAGKQLEDGRTLSDYNIQKESTLHLVLRLRGG")
                    .eightStates().length());
        }
    }
}
