package org.protpred.pipeline.ss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.pipeline.cli.CliRun;
import org.protpred.pipeline.cli.ProtpredCommand;
import org.protpred.pipeline.io.FastaEntry;
import org.protpred.pipeline.io.FastaReader;
import picocli.CommandLine;

/** {@code protpred predict ss} with the bundled model. */
class PredictSsCommandTest {

    private static final String UBIQUITIN = "MQIFVKTLTGKTITLEVEPSDTIENVKAKIQDKEGIPPDQQRLIFAGKQLEDGRTLSDYNIQKESTLHLVLRLRGG";
    private static final String VILLIN = "LSDEDFKAVFGMTRSAFANLPLWKQQNLKKEKGLF";

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void writesPsipredFilesAndCombinedFastaAndJson() throws IOException {
        Path in = tmp.resolve("in.fasta");
        Files.writeString(in, ">ubq human ubiquitin\n" + UBIQUITIN + "\n>sp|P02640|villin\n" + VILLIN.toLowerCase()
                + "\n");
        Path out = tmp.resolve("out");
        CliRun r = run("predict", "ss", in.toString(), "-o", out.toString(), "--format", "json");
        assertEquals(0, r.status(), r.err());
        for (String f : List.of("ubq.ss2", "ubq.horiz", "ubq.ss.json", "sp_P02640_villin.ss2", "ss.fasta")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String> ss2 = Files.readAllLines(out.resolve("ubq.ss2"));
        assertTrue(ss2.get(0).startsWith("# PSIPRED VFORMAT (protpred "), ss2.get(0));
        assertEquals("", ss2.get(1));
        assertEquals(UBIQUITIN.length() + 2, ss2.size());
        StringBuilder states = new StringBuilder();
        for (int i = 2; i < ss2.size(); i++) {
            String line = ss2.get(i);
            assertTrue(line.matches("^ {0,3}\\d+ [A-Z] [CHE]   [01]\\.\\d{3}  [01]\\.\\d{3}  [01]\\.\\d{3}$"), line);
            assertEquals(30, line.length(), line);
            assertEquals(i - 1, Integer.parseInt(line.substring(0, 4).trim()));
            assertEquals(UBIQUITIN.charAt(i - 2), line.charAt(5));
            String[] p = line.substring(9).trim().split("\\s+");
            double sum = Double.parseDouble(p[0]) + Double.parseDouble(p[1]) + Double.parseDouble(p[2]);
            assertEquals(1.0, sum, 0.0025, "probabilities of a residue sum to 1");
            states.append(line.charAt(7));
        }
        List<FastaEntry> combined = FastaReader.readAllRaw(out.resolve("ss.fasta"));
        assertEquals(List.of("ubq", "sp|P02640|villin"), combined.stream().map(FastaEntry::id).toList());
        assertEquals(states.toString(), combined.get(0).text());
        assertEquals(VILLIN.length(), combined.get(1).text().length());
        String horiz = Files.readString(out.resolve("ubq.horiz"));
        assertTrue(horiz.contains("\nPred: " + states.substring(0, 60) + "\n  AA: " + UBIQUITIN.substring(0, 60)
                + "\n"), horiz);
        String json = Files.readString(out.resolve("ubq.ss.json"));
        assertTrue(json.startsWith("{\"id\":\"ubq\",\"sequence\":\"" + UBIQUITIN + "\",\"states\":\"" + states
                + "\""), json);
        assertFalse(Files.exists(out.resolve("sp_P02640_villin.json.tmp")));
    }

    @Test
    void aBadRecordFailsAloneWithOneLineAndExit2() throws IOException {
        Path in = tmp.resolve("mixed.fasta");
        Files.writeString(in, ">good\n" + VILLIN + "\n>bad\nMKV1LL\n>empty\n>good2\n" + UBIQUITIN + "\n");
        Path out = tmp.resolve("out");
        CliRun r = run("predict", "ss", in.toString(), "-o", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("protpred: error: " + in + ":3: record 'bad': illegal character '1' at residue 4"),
                r.err());
        assertTrue(r.err().contains("protpred: error: " + in + ":5: record 'empty' has no sequence"), r.err());
        assertTrue(r.err().contains("2 of 4 records predicted into " + out + "; failed: bad, empty"), r.err());
        assertTrue(Files.exists(out.resolve("good.ss2")));
        assertTrue(Files.exists(out.resolve("good2.horiz")));
        assertFalse(Files.exists(out.resolve("bad.ss2")));
        assertEquals(List.of("good", "good2"),
                FastaReader.readAllRaw(out.resolve("ss.fasta")).stream().map(FastaEntry::id).toList());
    }

    @Test
    void aRepeatedIdFailsAloneAndTheFirstRecordKeepsItsFiles() throws IOException {
        Path in = tmp.resolve("dup.fasta");
        Files.writeString(in, ">v\n" + VILLIN + "\n>u\n" + UBIQUITIN + "\n>v second copy\nMKVLAAGIVG\n");
        Path out = tmp.resolve("out");
        CliRun r = run("predict", "ss", in.toString(), "-o", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("protpred: error: " + in + ":5: record 'v': duplicate id (first used at line 1)"),
                r.err());
        assertTrue(r.err().contains("2 of 3 records predicted into " + out + "; failed: v"), r.err());
        List<FastaEntry> predicted = FastaReader.readAllRaw(out.resolve("ss.fasta"));
        assertEquals(List.of("v", "u"), predicted.stream().map(FastaEntry::id).toList());
        assertEquals(VILLIN.length(), predicted.get(0).text().length());
        assertEquals(VILLIN.length() + 2, Files.readAllLines(out.resolve("v.ss2")).size());
    }

    @Test
    void aModelOfAnotherKindIsOneLineAndExit2() throws IOException {
        MultiLayerNetwork other = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().list()
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(4).nOut(3)
                        .activation(Activation.SOFTMAX).build())
                .build());
        other.init();
        Path model = tmp.resolve("iris.zip");
        ModelFile.save(model, other, ModelMetadata.of("iris-mlp", "", List.of("a", "b", "c"), Map.of()));
        Path in = tmp.resolve("in.fasta");
        Files.writeString(in, ">v\n" + VILLIN + "\n");
        Path out = tmp.resolve("out");
        CliRun r = run("predict", "ss", in.toString(), "-o", out.toString(), "--model", model.toString());
        assertEquals(2, r.status());
        assertEquals("protpred: error: " + model + ": is a iris-mlp model, expected ss-birnn\n", r.err());
        assertFalse(Files.exists(out));
        CliRun missing = run("predict", "ss", tmp.resolve("nope.fasta").toString(), "-o", out.toString());
        assertEquals(2, missing.status());
        assertEquals(1, missing.err().lines().count(), missing.err());
    }

    @Test
    void evalOnOwnLabelledChains() throws IOException {
        Path seqs = tmp.resolve("own.fasta");
        Files.writeString(seqs, ">v\n" + VILLIN + "\n");
        Path labels = tmp.resolve("v.ss3");
        // observed states with the first residue unknown (X): 34 residues scored
        Files.writeString(labels, ">v\nX" + "C".repeat(9) + "H".repeat(12) + "C".repeat(3) + "H".repeat(10) + "\n");
        CliRun r = run("eval", "ss", "--set", seqs.toString(), "--labels", labels.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith(seqs + ": 1 chains, 34 scored residues\n  Q3   0."), r.out());
        assertTrue(r.out().contains("  SOV  "), r.out());
        CliRun noLabels = run("eval", "ss", "--set", seqs.toString());
        assertEquals(2, noLabels.status());
        assertEquals("protpred: error: " + seqs + ": needs --labels FILE with the observed states of its chains\n",
                noLabels.err());
    }
}
