package org.protpred.pipeline.ss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.pipeline.cli.CliRun;
import org.protpred.pipeline.protein.ProteinRecord;

/** {@code protpred train ss --states 8} end to end on a tiny PISCES-format file, with a homology filter. */
class TrainSs8CommandTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final PrivateFeatureCache cache = new PrivateFeatureCache();

    @Test
    void trainsAnEightStateModelWithoutTheHomologsOfTheTestChains() throws IOException {
        Path json = TinyPisces.write(tmp.resolve("pisces.json"));
        // the "test set": ubiquitin with 11 of its 76 residues changed (65/76 = 0.8553 identical): the PISCES copy
        // must go
        StringBuilder mutant = new StringBuilder(TinyPisces.UBIQUITIN);
        for (int i = 3; i < 76; i += 7) {
            mutant.setCharAt(i, 'W');
        }
        Path tests = tmp.resolve("tests.fasta");
        Files.writeString(tests, ">ubq-mutant\n" + mutant + "\n");
        Path model = tmp.resolve("ss8.zip");
        Path checkpoints = tmp.resolve("ck");
        String[] common = {"train", "ss", "--states", "8", "--data", json.toString(), "--homologs-of",
            tests.toString(), "--conv-channels", "8", "--lstm-size", "4", "--batch-size", "4", "--crop", "16",
            "--seed", "5"};
        CliRun r = CliRun.run(concat(common, "--epochs", "2", "--checkpoint-dir", checkpoints.toString(), "-o",
                model.toString()));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("wrote " + model + ": validation Q8 0."), r.out());
        // 17 chains, ubiquitin removed; of the 16 left, round(1.6) = 2 validate
        assertTrue(r.err().contains("homology filter: 1 of 17 chains removed"), r.err());
        assertTrue(r.err().contains("training on 14 chains"), r.err());
        assertTrue(r.err().contains("validating on 2 chains"), r.err());
        assertTrue(Files.isRegularFile(checkpoints.resolve("checkpoint.zip")));
        List<Path> lists;
        try (var s = Files.list(cache.folder().resolve("features"))) {
            lists = s.filter(p -> p.getFileName().toString().contains("-homologs-")).toList();
        }
        assertEquals(1, lists.size());
        assertTrue(Files.readString(lists.get(0)).contains("\n6ABS_A\tubq-mutant\t0.8553\t76\n"),
                Files.readString(lists.get(0)));

        ModelMetadata meta = ModelFile.readMetadata(model);
        assertEquals(SecondaryStructureModel.KIND, meta.kind());
        assertEquals(SsLabels.NAMES8, meta.labels());
        assertTrue(meta.extra().containsKey("validationQ8"), meta.extra().toString());
        assertTrue(meta.extra().get("network").contains("outputStates=8"), meta.extra().toString());

        SecondaryStructureModel loaded = SecondaryStructureModel.load(model);
        assertTrue(loaded.eightState());
        List<ProteinRecord> records = List.of(ProteinRecord.of("x", "ALEKALEKGPNDVIYTVIY"));
        float[][] p8 = loaded.predictEightState(records).get(0);
        float[][] p3 = loaded.predictThreeStates(records).get(0);
        assertEquals(19, p8.length);
        assertEquals(8, p8[0].length);
        assertEquals(3, p3[0].length);
        for (int t = 0; t < 19; t++) {
            assertEquals(p8[t][0] + p8[t][1] + p8[t][2], p3[t][SsLabels.H], 1e-6);
            assertEquals(p8[t][3] + p8[t][4], p3[t][SsLabels.E], 1e-6);
            assertEquals(p8[t][5] + p8[t][6] + p8[t][7], p3[t][SsLabels.C], 1e-6);
        }

        // a second run reads the cached features of the filtered split: nothing is aligned again
        CliRun again = CliRun.run(concat(common, "--epochs", "1", "-o", tmp.resolve("again.zip").toString()));
        assertEquals(0, again.status(), again.err());
        assertTrue(again.err().contains("training on 14 chains"), again.err());
        assertTrue(!again.err().contains("homology filter"), again.err());
    }

    @Test
    void statesOtherThanThreeOrEightAreAUserError() {
        CliRun r = CliRun.run("train", "ss", "--states", "5", "-o", tmp.resolve("m.zip").toString());
        assertEquals(2, r.status());
        assertEquals("protpred: error: --states must be 3 or 8, not 5\n", r.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
