package org.protpred.pipeline.ss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.cli.CliRun;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * 8-state models in {@code eval ss} and {@code predict ss}, ensembles and the model checks, with models of known
 * output ({@link ConstantModels}: every residue G, i.e. H in 3 states).
 */
class EightStateCommandsTest {

    @TempDir
    Path tmp;

    private static final int G = 1;
    private static final int T = 5;

    private Path model8() {
        return ConstantModels.write(tmp.resolve("g8.zip"), 8, G, SsLabels.NAMES8);
    }

    private Path model3() {
        return ConstantModels.write(tmp.resolve("h3.zip"), 3, SsLabels.H, SsLabels.NAMES);
    }

    private Path sequences() throws IOException {
        return Files.writeString(tmp.resolve("seqs.fasta"), ">a\nACDEFGHIKL\n>b\nMNPQRSTV\n");
    }

    private Path labels8() throws IOException {
        return Files.writeString(tmp.resolve("labels.fasta"), ">a\nHHGGEETTSC\n>b\nBBIISSXC\n");
    }

    @Test
    void evaluationCountsEightStatesOnHandMadeLabels() {
        Ss8Evaluation e = new Ss8Evaluation("x");
        e.add("HGIEBTSC", "HHHEETCC", null);
        e.add("HHT", "GHT", new boolean[] {true, false, true});
        assertEquals(10, e.residues());
        assertEquals(2, e.chains());
        assertEquals(0.5, e.q8(), 1e-12);            // H, E, T, C right in the first; T in the second: 5 of 10
        assertEquals(1, e.confusion().count(1, 0));   // G observed, H predicted
        assertEquals(1, e.confusion().count(0, 1));   // H observed, G predicted
        assertEquals(2, e.confusion().count(5, 5));   // T right twice
        assertEquals(1, e.confusion().count(6, 7));   // S observed, C predicted
    }

    @Test
    void evalPrintsQ8AndTheConfusionMatrixOfAnEightStateModel() throws IOException {
        CliRun r = CliRun.run("eval", "ss", "--model", model8().toString(), "--set", sequences().toString(),
                "--labels", labels8().toString());
        assertEquals(0, r.status(), r.err());
        // 17 scored residues (X is not scored), all predicted G (8 states) and H (3 states):
        // observed H 6 of 17 in 3 states (H, G, I), G 2 of 17 in 8 states
        assertTrue(r.out().contains("  Q3   0.3529\n"), r.out());
        assertTrue(r.out().contains(": 8 states, 2 chains, 17 scored residues\n  Q8   0.1176\n"), r.out());
        assertTrue(r.out().contains("\n  G         0.1176  1.0000"), r.out());
        // rows: observed state, columns H G I E B T S C: every count in column G
        assertTrue(r.out().matches("(?s).*\n    H\\s+0\\s+2(\\s+0){6}\\s+0\\.0000\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\n    S\\s+0\\s+3(\\s+0){6}\\s+0\\.0000\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\n    G\\s+0\\s+2(\\s+0){6}\\s+1\\.0000\n.*"), r.out());
        assertFalse(r.out().contains("not available"), r.out());
    }

    @Test
    void evalWithAThreeStateModelSaysWhyQ8IsMissing() throws IOException {
        CliRun r = CliRun.run("eval", "ss", "--model", model3().toString(), "--set", sequences().toString(),
                "--labels", labels8().toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("  Q3   0.3529\n"), r.out());
        assertTrue(r.out().endsWith("  Q8   not available: the model predicts 3 states (use an 8-state model, "
                + "e.g. --states 8)\n"), r.out());

        Path labels3 = Files.writeString(tmp.resolve("l3.fasta"), ">a\nHHHHEECCCC\n>b\nEEHHCCXC\n");
        CliRun r3 = CliRun.run("eval", "ss", "--model", model8().toString(), "--set", sequences().toString(),
                "--labels", labels3.toString());
        assertEquals(0, r3.status(), r3.err());
        assertTrue(r3.out().contains("  Q3   0.3529\n"), r3.out());
        assertTrue(r3.out().endsWith("  Q8   not available: " + sequences() + " has no 8-state labels\n"),
                r3.out());
    }

    @Test
    void predictWritesEightStateStringsAndProbabilities() throws IOException {
        Path out = tmp.resolve("out");
        CliRun r = CliRun.run("predict", "ss", "--model", model8().toString(), sequences().toString(), "-o",
                out.toString(), "--format", "json");
        assertEquals(0, r.status(), r.err());
        assertEquals(">a\nGGGGGGGGGG\n>b\nGGGGGGGG\n", Files.readString(out.resolve("ss8.fasta")));
        assertEquals(">a\nHHHHHHHHHH\n>b\nHHHHHHHH\n", Files.readString(out.resolve("ss.fasta")));
        String top = String.format(Locale.ROOT, "%.4f", ConstantModels.top(8));
        String rest = String.format(Locale.ROOT, "%.4f", ConstantModels.rest(8));
        String json = Files.readString(out.resolve("b.ss.json"));
        assertTrue(json.contains(",\"states8\":\"GGGGGGGG\",\"labels8\":[\"H\",\"G\",\"I\",\"E\",\"B\",\"T\",\"S\","
                + "\"C\"],\"probabilities8\":[[" + rest + "," + top + "," + rest + "," + rest + "," + rest + ","
                + rest + "," + rest + "," + rest + "],"), json);
        // the 3-state columns are the sums: H = G + H + I
        String ss2 = Files.readString(out.resolve("a.ss2"));
        assertTrue(ss2.contains(String.format(Locale.ROOT, "   1 A H  %6.3f %6.3f %6.3f\n",
                3 * ConstantModels.rest(8), ConstantModels.top(8) + 2 * ConstantModels.rest(8),
                2 * ConstantModels.rest(8))), ss2);

        Path out3 = tmp.resolve("out3");
        CliRun r3 = CliRun.run("predict", "ss", "--model", model3().toString(), sequences().toString(), "-o",
                out3.toString());
        assertEquals(0, r3.status(), r3.err());
        assertTrue(Files.exists(out3.resolve("ss.fasta")));
        assertFalse(Files.exists(out3.resolve("ss8.fasta")));
    }

    @Test
    void statesOptionChecksTheModelOrPicksTheBundledOne() throws IOException {
        CliRun r = CliRun.run("predict", "ss", "--states", "8", "--model", model3().toString(),
                sequences().toString(), "-o", tmp.resolve("o").toString());
        assertEquals(2, r.status());
        assertEquals("protpred: error: " + tmp.resolve("h3.zip") + ": predicts 3 states; an 8-state model is needed\n",
                r.err());
        CliRun e = CliRun.run("eval", "ss", "--states", "3", "--model", model8().toString(), "--set",
                sequences().toString(), "--labels", labels8().toString());
        assertEquals(2, e.status());
        assertTrue(e.err().startsWith("protpred: error: " + tmp.resolve("g8.zip") + ": predicts 8 states, not 3"),
                e.err());
        CliRun bad = CliRun.run("eval", "ss", "--states", "4", "--set", "cb513");
        assertEquals("protpred: error: --states must be 3 or 8, not 4\n", bad.err());

        if (SecondaryStructureModel.class.getResource(SecondaryStructureModel.BUNDLED_RESOURCE_8) == null) {
            CliRun b = CliRun.run("predict", "ss", "--states", "8", sequences().toString(), "-o",
                    tmp.resolve("b").toString());
            assertEquals(2, b.status());
            assertEquals("protpred: error: the bundled 8-state secondary-structure model (classpath "
                    + SecondaryStructureModel.BUNDLED_RESOURCE_8 + ") is missing from this build; pass --model FILE\n",
                    b.err());
        } else {
            assertTrue(SecondaryStructureModel.bundled(8).eightState());
        }
    }

    @Test
    void modelsWithOtherLabelsAreRefused() {
        Path twoLabels = ConstantModels.write(tmp.resolve("two.zip"), 3, 0, List.of("H", "E"));
        assertEquals(twoLabels + ": model labels [H, E], expected [H, E, C] (3 states) or [H, G, I, E, B, T, S, C] "
                + "(8 states)", assertThrows(InputException.class,
                        () -> SecondaryStructureModel.load(twoLabels)).getMessage());
        Path mismatch = ConstantModels.write(tmp.resolve("mismatch.zip"), 8, 0, SsLabels.NAMES);
        assertEquals(mismatch + ": damaged model file (the network has 8 outputs but the labels [H, E, C] name 3)",
                assertThrows(InputException.class, () -> SecondaryStructureModel.load(mismatch)).getMessage());
        SecondaryStructureModel three = SecondaryStructureModel.load(model3());
        assertFalse(three.eightState());
        assertEquals(model3() + ": predicts 3 states; an 8-state model is needed", assertThrows(
                InputException.class, () -> three.predictEightState(List.of(ProteinRecord.of("x", "AC"))))
                .getMessage());
    }

    @Test
    void anEnsembleOfEightStateModelsAveragesTheirProbabilities() {
        Path g = model8();
        Path t = ConstantModels.write(tmp.resolve("t8.zip"), 8, T, SsLabels.NAMES8);
        Path ensemble = tmp.resolve("ens8.zip");
        CliRun r = CliRun.run("combine", "-o", ensemble.toString(), g.toString(), t.toString());
        assertEquals(0, r.status(), r.err());
        SecondaryStructureModel m = SecondaryStructureModel.load(ensemble);
        assertTrue(m.eightState());
        assertEquals(2, m.networkCount());
        float[][] p = m.predictEightState(List.of(ProteinRecord.of("x", "ACDW"))).get(0);
        double half = (ConstantModels.top(8) + ConstantModels.rest(8)) / 2;
        for (float[] row : p) {
            for (int k = 0; k < 8; k++) {
                assertEquals(k == G || k == T ? half : ConstantModels.rest(8), row[k], 1e-6);
            }
        }
        float[][] p3 = m.predictThreeStates(List.of(ProteinRecord.of("x", "ACDW"))).get(0);
        assertEquals(half + 2 * ConstantModels.rest(8), p3[0][SsLabels.H], 1e-6);
        assertEquals(half + 2 * ConstantModels.rest(8), p3[0][SsLabels.C], 1e-6);
    }
}
