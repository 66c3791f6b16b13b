package org.protpred.pipeline.fold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.models.core.train.TrainerConfig;
import org.protpred.models.fold.DeepSfNetworkConfig;
import org.protpred.models.fold.LengthBins;
import org.protpred.pipeline.cli.CliRun;
import org.protpred.pipeline.data.FeatureCache;
import org.protpred.pipeline.data.ProteinDataset;
import org.protpred.pipeline.features.FeatureGroup;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.EvaluationRun;
import org.protpred.pipeline.task.LabelledSet;
import org.protpred.pipeline.task.PredictionRun;
import org.protpred.pipeline.task.TaskTraining;
import org.protpred.pipeline.task.TrainedModel;

/**
 * The fold task end to end on a toy problem: three "folds", each a motif planted in random sequence, learnt by a tiny
 * DeepSF network trained through the task layer ({@link TaskTraining} with {@link FoldTrainingRecipe}), saved with
 * its alignment library, then predicted, written and evaluated through the shared runs and the command line.
 */
class FoldTaskTest {

    private static final String AMINO = "ACDEFGHIKLMNPQRSTVWY";
    private static final String[] FOLDS = {"a.1", "a.2", "b.1"};
    private static final String[] MOTIFS = {"WCWHW", "PYPMP", "KFKCK"};
    private static final FeatureSpec SPEC = FeatureSpec.of(FeatureGroup.of("onehot"));

    @TempDir
    static Path tmp;
    static Path modelFile;
    static double validationTop1;

    static List<ProteinRecord> domains(int n, long seed, String prefix) {
        Random random = new Random(seed);
        List<ProteinRecord> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int fold = k % FOLDS.length;
            int length = 20 + random.nextInt(50);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < length; i++) {
                s.append(AMINO.charAt(random.nextInt(AMINO.length())));
            }
            int at = random.nextInt(length - MOTIFS[fold].length() + 1);
            s.replace(at, at + MOTIFS[fold].length(), MOTIFS[fold]);
            out.add(ProteinRecord.of(prefix + k, s.toString()).withFold(FOLDS[fold]));
        }
        return out;
    }

    @BeforeAll
    static void train() {
        List<ProteinRecord> train = domains(150, 1, "t");
        ProteinDataset trainSet = ProteinDataset.of("toyfold/train", train);
        ProteinDataset validationSet = ProteinDataset.of("toyfold/validation", domains(30, 2, "v"));
        DeepSfNetworkConfig network = DeepSfNetworkConfig.builder(SPEC.width(), FOLDS.length).kernelSizes(4, 6)
                .layersPerTower(2).filters(8).k(2).denseSize(16).dropout(0.1).learningRate(5e-3).seed(3).build();
        FoldTrainingRecipe recipe = new FoldTrainingRecipe(SPEC, network, List.of(FOLDS), LengthBins.defaults(), 16);
        StringWriter log = new StringWriter();
        TrainerConfig config = TrainerConfig.builder().epochs(8).seed(5).showProgress(false)
                .validationMetric(recipe.validationMetric()).log(line -> log.append(line).append('\n')).build();
        TaskTraining.Outcome outcome = TaskTraining.train(trainSet, validationSet, recipe, 0, config,
                new FeatureCache(tmp.resolve("cache")), line -> log.append(line).append('\n'));
        validationTop1 = outcome.result().bestScore();
        modelFile = tmp.resolve("toyfold.zip");
        FoldLibrary library = FoldTraining.library(train);
        TaskTraining.save(modelFile, outcome, recipe, 5, "test",
                FoldCombination.DEFAULT.metadata(),
                Map.of(FoldLibrary.ENTRY, library.toBytes()));
    }

    @Test
    void trainsThroughTheLayerAndTheFileHoldsNetworkLibraryAndCombination() {
        assertTrue(validationTop1 > 0.8, "validation top-1 " + validationTop1);
        ModelMetadata meta = ModelFile.readMetadata(modelFile);
        assertEquals(FoldTask.KIND, meta.kind());
        assertEquals(List.of(FOLDS), meta.labels());
        assertEquals(FoldCombination.DEFAULT.metadata().get(FoldCombination.WEIGHTS),
                meta.extra().get(FoldCombination.WEIGHTS));
        assertEquals("15", meta.extra().get("lengthBinWidth"));
        FoldModel model = FoldModel.load(modelFile, FoldMethod.COMBINED, 2);
        assertEquals(150, model.library().size());
        assertEquals(FoldCombination.DEFAULT, model.combination());
    }

    @Test
    void anEnsembleOfFoldModelsKeepsLibraryCombinationAndBins() {
        Path ensemble = tmp.resolve("toyfold-ensemble.zip");
        CliRun run = CliRun.run("combine", "-o", ensemble.toString(), modelFile.toString(), modelFile.toString());
        assertEquals(0, run.status(), run.err());
        FoldModel single = FoldModel.load(modelFile, FoldMethod.COMBINED, 1);
        FoldModel both = FoldModel.load(ensemble, FoldMethod.COMBINED, 1);
        assertEquals(2, both.trained().networkCount());
        assertEquals(150, both.library().size());
        assertEquals(FoldCombination.DEFAULT, both.combination());
        assertEquals(15, both.bins().width());
        List<ProteinRecord> test = domains(5, 12, "m");
        List<org.protpred.pipeline.fold.FoldPrediction> a = single.predict(test);
        List<org.protpred.pipeline.fold.FoldPrediction> b = both.predict(test);
        for (int n = 0; n < test.size(); n++) {
            assertEquals(a.get(n).hits(), b.get(n).hits(), "domain " + n);
            assertArrayEquals(a.get(n).probability(), b.get(n).probability(), 1e-6f, "domain " + n);
        }
    }

    /** An ASTRAL-style FASTA of toy domains (header: id, then the sccs whose first two fields are the fold). */
    private static Path astral(String name, List<ProteinRecord> records) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ProteinRecord r : records) {
            sb.append('>').append(r.id()).append(' ').append(r.fold()).append(".1.1 (A:) toy\n").append(r.sequence())
                    .append('\n');
        }
        return Files.writeString(tmp.resolve(name), sb.toString());
    }

    @Test
    void refittingTheCombinationKeepsNetworkAndLibraryAndRecordsTheDepth() throws IOException {
        Path astral = astral("refit-astral.fa", domains(150, 21, "r"));
        Path refitted = tmp.resolve("refitted.zip");
        String previous = System.getProperty(FeatureCache.VARIABLE);
        System.setProperty(FeatureCache.VARIABLE, tmp.resolve("refit-cache").toString());
        CliRun run;
        try {
            run = CliRun.run("train", "fold", "--data", astral.toString(), "--refit-combination", modelFile.toString(),
                    "--search-depth", "40", "--threads", "1", "-o", refitted.toString());
        } finally {
            if (previous == null) {
                System.clearProperty(FeatureCache.VARIABLE);
            } else {
                System.setProperty(FeatureCache.VARIABLE, previous);
            }
        }
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("combination fitted on validation: cnn top-1 "), run.out());
        ModelMetadata meta = ModelFile.readMetadata(refitted);
        assertEquals("40", meta.extra().get(FoldModel.SEARCH_DEPTH));
        assertTrue(meta.extra().get("combinationCommand").contains("--refit-combination"));
        FoldModel before = FoldModel.load(modelFile, FoldMethod.COMBINED, 1);
        FoldModel after = FoldModel.load(refitted, FoldMethod.COMBINED, 1);
        assertEquals(40, after.library().maxCandidates());
        assertEquals(FoldLibrary.MAX_CANDIDATES, before.library().maxCandidates());
        assertTrue(!after.combination().equals(before.combination()), "weights fitted anew");
        assertTrue(after.combination().weights(FoldMethod.COMBINED)[0] > 0, after.combination().toString());
        List<ProteinRecord> sample = domains(4, 22, "s");
        for (int n = 0; n < sample.size(); n++) {
            assertArrayEquals(before.cnnProbabilities(sample).get(n), after.cnnProbabilities(sample).get(n), 0f);
        }
        assertArrayEquals(before.library().toBytes(), after.library().toBytes());
        assertEquals(7, after.withSearchDepth(7).library().maxCandidates());
        assertEquals(40, after.withMethod(FoldMethod.ALIGN).library().maxCandidates());

        Path damaged = tmp.resolve("damaged-depth.zip");
        ModelFile.rewriteMetadata(refitted, damaged, Map.of(FoldModel.SEARCH_DEPTH, "-3"));
        org.protpred.models.core.InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.protpred.models.core.InputException.class, () -> FoldModel.load(damaged, FoldMethod.CNN, 1));
        assertEquals(damaged + ": damaged model file (searchDepth '-3' is not a positive whole number)", e.getMessage());

        CliRun noLibrary = CliRun.run("predict", "fold", "--model", modelFile.toString(), "--search-depth", "-1",
                astral.toString(), "-o", tmp.resolve("never").toString());
        assertEquals(2, noLibrary.status());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    @Test
    void aPaddedBatchPredictsWhatEachDomainPredictsAlone() {
        FoldModel model = FoldModel.load(modelFile, FoldMethod.CNN, 1);
        List<ProteinRecord> test = domains(40, 9, "q");   // lengths 20-69: several bins, up to 15 padded steps
        List<float[]> batched = model.cnnProbabilities(test);
        long[] residues = model.residues();
        long real = test.stream().mapToInt(ProteinRecord::length).sum();
        assertEquals(real, residues[1]);
        assertTrue(residues[0] > real && residues[0] < 1.5 * real, residues[0] + " for " + real);
        for (int n = 0; n < test.size(); n++) {
            float[] alone = model.cnnProbabilities(List.of(test.get(n))).get(0);
            assertArrayEquals(alone, batched.get(n), 1e-5f, "domain " + n);
        }
    }

    @Test
    void predictsWritesAndEvaluatesThroughTheSharedRuns() throws IOException {
        FoldTask task = new FoldTask(FoldMethod.COMBINED, 2);
        FoldModel predictor = task.predictor(TrainedModel.load(modelFile, FoldTask.KIND));
        Path fasta = tmp.resolve("in.fasta");
        String good = domains(1, 11, "x").get(0).sequence();
        Files.writeString(fasta, ">good\n" + good + "\n>bad\nMK1V\n>empty\n\n>also_good\nMKPYPMPLLAGHKR\n");
        StringWriter err = new StringWriter();
        Path out = tmp.resolve("out");
        PredictionRun.Summary summary = PredictionRun.run(fasta, out, predictor, task.writer(out, Set.of("json")),
                "predict fold", new PrintWriter(err, true));
        assertEquals(2, summary.exitStatus());
        assertEquals(List.of("bad", "empty"), summary.failed());
        String rank = Files.readString(out.resolve("good.rank"));
        String[] lines = rank.split("\n");
        assertTrue(lines[0].startsWith("# protpred "), lines[0]);
        assertEquals("# model " + modelFile + ", method combined", lines[1]);
        assertEquals("Rank Fold Probability Evidence", lines[2]);
        assertEquals(3 + FOLDS.length, lines.length, "every fold of a 3-fold model");
        assertTrue(lines[3].startsWith("1 "), lines[3]);
        assertTrue(Files.exists(out.resolve("also_good.rank")));
        assertTrue(Files.exists(out.resolve("good.fold.json")));
        assertFalse(Files.exists(out.resolve("bad.rank")));
        List<String> table = Files.readAllLines(out.resolve("folds.tsv"));
        assertEquals("id\tlength\ttop_fold\tprobability\ttop5", table.get(0));
        assertEquals(3, table.size());
        assertTrue(table.get(2).startsWith("also_good\t14\t"), table.get(2));
        assertTrue(err.toString().contains("protpred: error: "), err.toString());

        List<ProteinRecord> test = domains(30, 3, "e");
        for (FoldMethod m : FoldMethod.values()) {
            FoldModel p = FoldModel.load(modelFile, m, 2);
            String report = EvaluationRun.run(new LabelledSet("toy/test", test), p, task.evaluator("toy/test", p));
            assertTrue(report.startsWith("toy/test: 30 domains, method " + m.label() + "\n"), report);
            String all = report.lines().filter(l -> l.trim().startsWith("all")).findFirst().orElseThrow();
            double top1 = Double.parseDouble(all.trim().split("\\s+")[2]);
            assertTrue(top1 >= 0.7, m + ": " + report);
        }
    }

    @Test
    void theCommandLineFailsBadRecordsAloneWithExitTwo() throws IOException {
        Path fasta = tmp.resolve("cli.fasta");
        Files.writeString(fasta, ">ok\nMKWCWHWLLAGHKRDE\n>broken\nMKV*LL\n>ok2\nACDKFKCKEF\n");
        Path out = tmp.resolve("cliout");
        CliRun run = CliRun.run("predict", "fold", "--model", modelFile.toString(), "--threads", "1", fasta.toString(),
                "-o", out.toString());
        assertEquals(2, run.status(), run.err());
        List<String> errors = run.err().lines().filter(l -> l.startsWith("protpred: error: ")).toList();
        assertEquals(1, errors.size(), run.err());
        assertTrue(errors.get(0).contains("'broken'"), errors.get(0));
        assertTrue(run.err().contains("predict fold: 2 of 3 records predicted"), run.err());
        assertTrue(Files.exists(out.resolve("ok.rank")) && Files.exists(out.resolve("ok2.rank")));

        Path astral = astral("astral.fa", domains(9, 4, "d"));
        CliRun eval = CliRun.run("eval", "fold", "--model", modelFile.toString(), "--method", "cnn", "--set",
                astral.toString());
        assertEquals(0, eval.status(), eval.err());
        assertTrue(eval.out().contains(": 9 domains, method cnn"), eval.out());
        assertTrue(eval.out().contains("class a"), eval.out());

        CliRun badMethod = CliRun.run("predict", "fold", "--model", modelFile.toString(), "--method", "psiblast",
                fasta.toString(), "-o", out.toString());
        assertEquals(2, badMethod.status());
        assertTrue(badMethod.err().contains("--method must be cnn, align or combined"), badMethod.err());
    }
}
