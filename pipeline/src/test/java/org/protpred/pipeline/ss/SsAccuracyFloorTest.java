package org.protpred.pipeline.ss;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.DataLocation;
import org.protpred.pipeline.data.Cb513Ts115Dataset;

/** The shipped model's accuracy floors on the independent test sets (skipped without the data). */
class SsAccuracyFloorTest {

    /**
     * The project's Q3 floor for the shipped single-sequence model (an ensemble of three networks), on CB513 and on
     * TS115 (residues with disorder = 1; CB513 also on its original residues). Measured: CB513 0.7109 (0.7122 on the
     * original residues), TS115 0.7390 (ss3-birnn.MODEL_CARD.md).
     */
    static final double TS115_FLOOR = 0.71;
    static final double CB513_FLOOR = 0.71;

    private static SecondaryStructureModel model;

    @BeforeAll
    static void load() {
        RequiresData.assume(DataLocation.folder(Cb513Ts115Dataset.FOLDER).isPresent(), "no CB513/TS115 data");
        model = SecondaryStructureModel.bundled();
    }

    @Test
    void cb513() {
        List<SsEvaluation> e = SsEvaluator.evaluate(model, Cb513Ts115Dataset.cb513().readAll(), "cb513");
        assertTrue(e.get(0).q3() >= CB513_FLOOR, e.get(0).report());
        assertTrue(e.get(0).sov() > 60, e.get(0).report());
        assertTrue(e.get(1).q3() >= CB513_FLOOR, e.get(1).report());
    }

    @Test
    void ts115() {
        List<SsEvaluation> e = SsEvaluator.evaluate(model, Cb513Ts115Dataset.ts115().readAll(), "ts115");
        assertTrue(e.get(0).q3() >= TS115_FLOOR, e.get(0).report());
    }
}
