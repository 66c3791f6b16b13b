package org.protpred.pipeline.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.models.core.train.TrainerConfig;
import org.protpred.pipeline.data.FeatureCache;
import org.protpred.pipeline.data.ProteinDataset;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * A new task plugs into the task layer with its own pieces only: the test-only {@link HydropathyTask} trains through
 * {@link TaskTraining} (with provenance in the model file), loads through {@link TrainedModel}, predicts a FASTA file
 * through {@link PredictionRun} (a bad record failing alone) and is scored through {@link EvaluationRun}.
 */
class TaskLayerTest {

    private static final String AMINO = "ACDEFGHIKLMNPQRSTVWY";

    @TempDir
    Path tmp;

    private static List<ProteinRecord> chains(int n, long seed) {
        Random random = new Random(seed);
        List<ProteinRecord> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            StringBuilder s = new StringBuilder();
            int length = 10 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                s.append(AMINO.charAt(random.nextInt(AMINO.length())));
            }
            out.add(ProteinRecord.of("c" + seed + "_" + k, s.toString())
                    .withLabel(HydropathyTask.LABEL, HydropathyTask.truth(s.toString())));
        }
        return out;
    }

    @Test
    void aToyTaskTrainsPredictsWritesAndEvaluatesThroughTheLayer() throws IOException {
        HydropathyTask task = new HydropathyTask();
        HydropathyTask.Recipe recipe = new HydropathyTask.Recipe();
        ProteinDataset train = ProteinDataset.of("toy/train", chains(40, 1));
        ProteinDataset validation = ProteinDataset.of("toy/validation", chains(10, 2));
        StringWriter log = new StringWriter();
        TrainerConfig config = TrainerConfig.builder().epochs(4).seed(5).showProgress(false)
                .validationMetric(recipe.validationMetric()).log(line -> log.append(line).append('\n')).build();
        TaskTraining.Outcome outcome = TaskTraining.train(train, validation, recipe, 0, config,
                new FeatureCache(tmp.resolve("cache")), line -> log.append(line).append('\n'));
        assertTrue(outcome.result().bestScore() > 0.95, log.toString());
        Path modelFile = tmp.resolve("toy.zip");
        TaskTraining.save(modelFile, outcome, recipe, 5, "test");

        ModelMetadata meta = ModelFile.readMetadata(modelFile);
        assertEquals(HydropathyTask.KIND, meta.kind());
        assertEquals(HydropathyTask.NAMES, meta.labels());
        assertEquals("5", meta.extra().get("seed"));
        assertEquals("40", meta.extra().get("trainChains"));
        assertTrue(meta.extra().get("trainData").startsWith("toy/train (40 records, sources "), meta.extra().toString());
        assertTrue(meta.extra().containsKey("trainedAt"));
        assertTrue(meta.extra().containsKey("dl4jVersion"));
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", outcome.result().bestScore()),
                meta.extra().get("validationAccuracy"));

        Predictor<HydropathyTask.Result> predictor = task.predictor(TrainedModel.load(modelFile, HydropathyTask.KIND));
        Path fasta = tmp.resolve("in.fasta");
        Files.writeString(fasta, ">good\nMKVLAAGIVGLLLAVSTPAHAEE\n>bad\nMK1V\n>also_good\nDEKRNQ\n");
        StringWriter err = new StringWriter();
        Path out = tmp.resolve("out");
        PredictionRun.Summary summary = PredictionRun.run(fasta, out, predictor, task.writer(out, java.util.Set.of()),
                "predict hydropathy", new PrintWriter(err, true));
        assertEquals(2, summary.exitStatus());
        assertEquals(List.of("bad"), summary.failed());
        assertEquals(HydropathyTask.truth("MKVLAAGIVGLLLAVSTPAHAEE") + "\n", Files.readString(out.resolve("good.hp")));
        assertEquals("PPPPPP\n", Files.readString(out.resolve("also_good.hp")));
        assertFalse(Files.exists(out.resolve("bad.hp")));
        assertEquals("good\t" + HydropathyTask.truth("MKVLAAGIVGLLLAVSTPAHAEE") + "\nalso_good\tPPPPPP\n",
                Files.readString(out.resolve("hydropathy.tsv")));
        assertTrue(err.toString().endsWith("predict hydropathy: 2 of 3 records predicted into " + out
                + "; failed: bad\n"), err.toString());

        List<ProteinRecord> test = chains(10, 3);
        String report = EvaluationRun.run(new LabelledSet("toy/test", test), predictor,
                task.evaluator("toy/test", predictor));
        long residues = test.stream().mapToInt(ProteinRecord::length).sum();
        assertEquals(String.format(java.util.Locale.ROOT, "toy/test: accuracy 1.0000 over %d residues%n", residues),
                report);
    }

    @Test
    void aWeightedEnsembleAveragesItsMembersByWeight() throws IOException {
        HydropathyTask.Recipe recipe = new HydropathyTask.Recipe();
        List<Path> members = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            org.deeplearning4j.nn.graph.ComputationGraph net =
                    (org.deeplearning4j.nn.graph.ComputationGraph) recipe.newNetwork();
            net.params().assign(0);
            net.getLayer("out").getParam("b").putScalar(1, k == 0 ? 2.0 : -2.0);   // P(H) = e^2/(1+e^2) or its complement
            Path file = tmp.resolve("m" + k + ".zip");
            ModelFile.save(file, net, ModelMetadata.of(HydropathyTask.KIND, HydropathyTask.SPEC.toJson(),
                    HydropathyTask.NAMES, null));
            members.add(file);
        }
        Path weighted = tmp.resolve("weighted.zip");
        ModelFile.combine(weighted, members, List.of(3.0, 1.0), java.util.Map.of());
        TrainedModel model = TrainedModel.load(weighted, HydropathyTask.KIND);
        assertEquals(List.of(3.0, 1.0), model.weights());
        double high = Math.exp(2) / (1 + Math.exp(2));
        float p = new HydropathyTask().predictor(model).predict(List.of(ProteinRecord.of("x", "AK"))).get(0)
                .hydrophobic()[0];
        assertEquals((3 * high + 1 * (1 - high)) / 4, p, 1e-6);

        Path mean = tmp.resolve("mean.zip");
        ModelFile.combine(mean, members, java.util.Map.of());
        float q = new HydropathyTask().predictor(TrainedModel.load(mean, HydropathyTask.KIND))
                .predict(List.of(ProteinRecord.of("x", "AK"))).get(0).hydrophobic()[0];
        assertEquals(0.5, q, 1e-6);
    }
}
