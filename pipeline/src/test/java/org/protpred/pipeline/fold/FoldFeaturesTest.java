package org.protpred.pipeline.fold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.features.ResidueFeatures;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.ss.SecondaryStructureModel;

/**
 * The fold feature specs, and the {@code predicted_ss} group: the bundled secondary-structure models' probabilities
 * as columns, the same whether records are extracted together (one batched prediction) or alone.
 */
class FoldFeaturesTest {

    @Test
    void withSsAddsThreeAndEightStateColumns() {
        FeatureSpec spec = FoldFeatures.spec(FoldFeatures.WITH_SS);
        assertEquals(45, spec.width());
        assertEquals(List.of("pss3_H", "pss3_E", "pss3_C", "pss8_H", "pss8_G", "pss8_I", "pss8_E", "pss8_B",
                "pss8_T", "pss8_S", "pss8_C"), spec.columnNames().subList(34, 45));
        assertEquals(FeatureSpec.singleSequence(), FoldFeatures.spec(FoldFeatures.SINGLE));
        assertEquals(spec, FeatureSpec.fromJson(spec.toJson()));
    }

    @Test
    void predictedSsColumnsAreTheBundledModelsProbabilitiesTogetherOrAlone() {
        FeatureSpec spec = FoldFeatures.withSs();
        List<ProteinRecord> records = List.of(ProteinRecord.of("a", "MKVLAAGIVGLLLAVSTPAHAEEKKLLEELLKK"),
                ProteinRecord.of("b", "MQIFVKTLTGKTITLEVEPSDTIENVKAKIQDKEGIPPDQQRLIFAGKQLEDGRTLSDYNIQKESTLHLVLRLRGG"),
                ProteinRecord.of("c", "ACDEFGHIK"));
        List<float[][]> together = ResidueFeatures.extractAll(records, spec);
        float[][] p3 = SecondaryStructureModel.bundled(3).predictThreeStates(List.of(records.get(1))).get(0);
        float[][] p8 = SecondaryStructureModel.bundled(8).predictEightState(List.of(records.get(1))).get(0);
        for (int n = 0; n < records.size(); n++) {
            float[][] alone = ResidueFeatures.extract(records.get(n), spec);
            assertEquals(records.get(n).length(), alone.length);
            for (int i = 0; i < alone.length; i++) {
                assertArrayEquals(alone[i], together.get(n)[i], 1e-5f, "record " + n + " residue " + i);
            }
        }
        for (int i = 0; i < p3.length; i++) {
            float[] row = together.get(1)[i];
            assertArrayEquals(p3[i], java.util.Arrays.copyOfRange(row, 34, 37), 1e-5f);
            assertArrayEquals(p8[i], java.util.Arrays.copyOfRange(row, 37, 45), 1e-5f);
        }
    }
}
