package org.protpred.pipeline.ss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.pipeline.cli.ProtpredCommand;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.protein.ProteinRecord;
import picocli.CommandLine;

/** {@code protpred train ss} end to end on a tiny NetSurfP-2.0-format folder written here. */
class TrainSsCommandTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final PrivateFeatureCache cache = new PrivateFeatureCache();

    /** 12 training and 4 validation chains whose states follow the residues (A/L/E helix, V/I/Y strand). */
    private Path tinySet() throws IOException {
        Random random = new Random(3);
        StringBuilder seqs = new StringBuilder();
        StringBuilder states = new StringBuilder();
        StringBuilder masks = new StringBuilder();
        String helix = "ALEK";
        String strand = "VIYT";
        String coil = "GPNDS";
        for (int n = 0; n < 16; n++) {
            StringBuilder s = new StringBuilder();
            StringBuilder ss = new StringBuilder();
            int length = 20 + random.nextInt(40);
            while (s.length() < length) {
                int kind = random.nextInt(3);
                String letters = kind == 0 ? helix : kind == 1 ? strand : coil;
                for (int k = 0; k < 4 + random.nextInt(5); k++) {
                    s.append(letters.charAt(random.nextInt(letters.length())));
                    ss.append("HEC".charAt(kind));
                }
            }
            String id = "c" + n;
            seqs.append('>').append(id).append('\n').append(s).append('\n');
            states.append('>').append(id).append(" SET=train VALIDATION=").append(n < 12 ? "False" : "True")
                    .append('\n').append(ss).append('\n');
            masks.append('>').append(id).append('\n').append("0").append("1".repeat(s.length() - 1)).append('\n');
        }
        Path dir = Files.createDirectories(tmp.resolve("netsurfp2"));
        Files.writeString(dir.resolve("sequences.fasta"), seqs);
        Files.writeString(dir.resolve("sampled.fasta"), states);
        Files.writeString(dir.resolve("mask.fasta"), masks);
        return dir;
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = ProtpredCommand.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void trainsCheckpointsResumesAndWritesAUsableModel() throws IOException {
        Path data = tinySet();
        Path model = tmp.resolve("tiny.zip");
        Path checkpoints = tmp.resolve("ck");
        String[] common = {"train", "ss", "--data", data.toString(), "--checkpoint-dir", checkpoints.toString(),
            "--conv-channels", "8", "--lstm-size", "4", "--batch-size", "4", "--crop", "16", "--seed", "5",
            "-o", model.toString()};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = run(out, err, concat(common, "--epochs", "2"));
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().startsWith("wrote " + model + ": validation Q3 0."), out.toString());
        assertTrue(Files.isRegularFile(checkpoints.resolve("checkpoint.zip")));

        ModelMetadata meta = ModelFile.readMetadata(model);
        assertEquals(SecondaryStructureModel.KIND, meta.kind());
        assertEquals(List.of("H", "E", "C"), meta.labels());
        assertEquals(FeatureSpec.singleSequence().toJson(), FeatureSpec.fromJson(meta.featureSpec()).toJson());
        assertEquals("5", meta.extra().get("seed"));
        assertTrue(meta.extra().get("command").startsWith("protpred train ss --data "), meta.extra().toString());

        SecondaryStructureModel loaded = SecondaryStructureModel.load(model);
        float[][] p = loaded.predictThreeStates(List.of(ProteinRecord.of("x", "ALEKALEKGPNDVIYTVIY"))).get(0);
        assertEquals(19, p.length);
        assertEquals(1.0, p[0][0] + p[0][1] + p[0][2], 1e-5);

        StringWriter out2 = new StringWriter();
        StringWriter err2 = new StringWriter();
        // resumed with a learning-rate drop from the third epoch on (as if the run had had it from the start)
        assertEquals(0, run(out2, err2, concat(common, "--epochs", "3", "--resume", "--lr-drop-epoch", "2",
                "--lr-drop-factor", "0.5")), err2.toString());
        assertTrue(err2.toString().contains("resuming after epoch 2 of 3"), err2.toString());
        assertTrue(err2.toString().matches("(?s).*train ss epoch 3/3: train loss [0-9.]+, validation accuracy [0-9.]+ "
                + "\\(best [0-9.]+ at epoch \\d\\), lr 0\\.00100, [0-9.]+ s \\(training [0-9.]+ s\\).*"), err2.toString());
    }

    @Test
    void resumeWithoutCheckpointFolderIsAUserError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, run(out, err, "train", "ss", "--resume", "-o", tmp.resolve("m.zip").toString()));
        assertEquals("protpred: error: --resume needs --checkpoint-dir DIR\n", err.toString());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
