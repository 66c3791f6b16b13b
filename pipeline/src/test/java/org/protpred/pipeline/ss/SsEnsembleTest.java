package org.protpred.pipeline.ss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.models.ss.BiRnnSecondaryStructureNetwork;
import org.protpred.models.ss.SsNetworkConfig;
import org.protpred.pipeline.cli.CliRun;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.protein.ProteinRecord;

/** Ensembles of secondary-structure networks: {@code protpred combine}, then prediction by mean probability. */
class SsEnsembleTest {

    @TempDir
    Path tmp;

    private Path member(String name, long seed, int lstmSize) {
        FeatureSpec spec = FeatureSpec.singleSequence();
        SsNetworkConfig config = SsNetworkConfig.builder(spec.width()).convLayers(1).convChannels(8).convKernel(5).lstmLayers(1).lstmSize(lstmSize).learningRate(0.002).l2(1e-5).seed(seed).build();
        Path file = tmp.resolve(name);
        ModelFile.save(file, BiRnnSecondaryStructureNetwork.build(config), ModelMetadata.of(
                SecondaryStructureModel.KIND, spec.toJson(), SsLabels.NAMES, Map.of("seed", Long.toString(seed))));
        return file;
    }

    @Test
    void ensemblePredictsTheMeanOfItsMembers() throws IOException {
        Path a = member("a.zip", 1, 4);
        Path b = member("b.zip", 2, 6);
        Path ensemble = tmp.resolve("ens.zip");
        CliRun r = CliRun.run("combine", "-o", ensemble.toString(), a.toString(), b.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("wrote " + ensemble + ": ss-birnn ensemble of 2 models\n", r.out());

        List<ProteinRecord> records = List.of(ProteinRecord.of("ubq",
                "MQIFVKTLTGKTITLEVEPSDTIENVKAKIQDKEGIPPDQQRLIFAGKQLEDGRTLSDYNIQKESTLHLVLRLRGG"),
                ProteinRecord.of("short", "ACDW"));
        SecondaryStructureModel model = SecondaryStructureModel.load(ensemble);
        assertEquals(2, model.networkCount());
        assertEquals("2", model.metadata().extra().get(ModelFile.MEMBERS_EXTRA));
        assertEquals("2", model.metadata().extra().get("member2.seed"));
        List<float[][]> mean = model.predictThreeStates(records);
        List<float[][]> pa = SecondaryStructureModel.load(a).predictThreeStates(records);
        List<float[][]> pb = SecondaryStructureModel.load(b).predictThreeStates(records);
        for (int n = 0; n < records.size(); n++) {
            assertNotEquals(pa.get(n)[0][0], pb.get(n)[0][0]);
            for (int t = 0; t < mean.get(n).length; t++) {
                float sum = 0;
                for (int c = 0; c < 3; c++) {
                    assertEquals((pa.get(n)[t][c] + pb.get(n)[t][c]) / 2, mean.get(n)[t][c], 1e-6);
                    sum += mean.get(n)[t][c];
                }
                assertEquals(1.0, sum, 1e-5);
            }
        }

        Path fasta = tmp.resolve("in.fasta");
        Files.writeString(fasta, ">ubq\n" + records.get(0).sequence() + "\n");
        CliRun predict = CliRun.run("predict", "ss", fasta.toString(), "-o", tmp.resolve("out").toString(),
                "--model", ensemble.toString());
        assertEquals(0, predict.status(), predict.err());
        assertTrue(Files.isRegularFile(tmp.resolve("out/ubq.ss2")));
    }

    @Test
    void combiningModelsOfDifferentKindsIsOneLineAndExit2() {
        Path a = member("a.zip", 1, 4);
        Path other = tmp.resolve("other.zip");
        ModelFile.save(other, BiRnnSecondaryStructureNetwork.build(SsNetworkConfig.builder(FeatureSpec.singleSequence().width()).convLayers(1).convChannels(8).convKernel(5).lstmLayers(1).lstmSize(4).learningRate(0.002).l2(1e-5).seed(3).build()),
                ModelMetadata.of("fold-cnn", FeatureSpec.singleSequence().toJson(), SsLabels.NAMES, Map.of()));
        Path out = tmp.resolve("ens.zip");
        CliRun r = CliRun.run("combine", "-o", out.toString(), a.toString(), other.toString());
        assertEquals(2, r.status());
        assertEquals("protpred: error: " + other + ": is a fold-cnn model, but " + a + " is a ss-birnn model\n",
                r.err());
        assertFalse(Files.exists(out));
        CliRun one = CliRun.run("combine", "-o", out.toString(), a.toString());
        assertEquals(2, one.status());
        assertFalse(Files.exists(out));
    }
}
