package org.protpred.pipeline.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.pipeline.cli.CliRun;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.labels.ContactRange;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.protein.ResidueStructure;
import org.protpred.pipeline.task.EvaluationRun;
import org.protpred.pipeline.task.LabelledSet;

/**
 * A tiny boosted DBN trained on synthetic chains (random compact walks) goes end to end: written as a weighted
 * ensemble with its scaler, loaded, predicted through the CLI (RR files) and the library (threads), scored through
 * the evaluator; a 1,000-residue chain streams through; bad inputs give one-line errors and no files.
 */
class ContactTaskTest {

    private static final String AMINO = "ACDEFGHIKLMNPQRSTVWY";

    @TempDir
    static Path tmp;

    static Path model;
    static ContactTraining.Chains chains;

    static List<ProteinRecord> synthetic(int n, long seed) {
        Random random = new Random(seed);
        List<ProteinRecord> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int length = 40 + random.nextInt(30);
            StringBuilder s = new StringBuilder();
            double[][] ca = new double[length][];
            String[] numbers = new String[length];
            boolean[] observed = new boolean[length];
            double[] p = {0, 0, 0};
            for (int i = 0; i < length; i++) {
                s.append(AMINO.charAt(random.nextInt(AMINO.length())));
                double[] d = {random.nextGaussian() - 0.08 * p[0], random.nextGaussian() - 0.08 * p[1],
                        random.nextGaussian() - 0.08 * p[2]};
                double norm = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
                for (int a = 0; a < 3; a++) {
                    p[a] += 3.8 * d[a] / norm;
                }
                ca[i] = p.clone();
                numbers[i] = Integer.toString(i + 1);
                observed[i] = true;
            }
            out.add(ProteinRecord.of("syn" + seed + "_" + k, s.toString())
                    .withStructure(new ResidueStructure(numbers, ca, ca, observed)));
        }
        return out;
    }

    @BeforeAll
    static void train() {
        chains = new ContactTraining.Chains(synthetic(12, 1), synthetic(4, 2), Map.of("trainChains", "12"));
        model = tmp.resolve("tiny.zip");
        ContactTraining.Outcome outcome = ContactTraining.train(chains, FeatureSpec.contactsSingleSequence(),
                new ContactTraining.Settings(new int[] {16}, 1, 1, 64, 0.003, 2, 2, 7, true), model,
                tmp.resolve("work"), "test", line -> { });
        assertTrue(outcome.summary().startsWith("wrote"), outcome.summary());
    }

    @Test
    void theModelFileIsAWeightedEnsembleWithItsScalerAndProvenance() {
        ModelMetadata meta = ModelFile.readMetadata(model);
        assertEquals(ContactModel.KIND, meta.kind());
        assertTrue(meta.extra().containsKey(PairScaler.MIN_KEY));
        assertTrue(meta.extra().containsKey("validationLongL5.member1"));
        assertTrue(meta.extra().containsKey("validationLongL5.member1RandomInit"));
        ContactModel m = ContactModel.load(model);
        assertEquals(m.trainedModel().networkCount(), Integer.parseInt(meta.extra().getOrDefault(
                ModelFile.MEMBERS_EXTRA, "1")));
    }

    @Test
    void aSeedEnsembleAveragesMembersTrainedWithConsecutiveSeeds() {
        Path seeds = tmp.resolve("seeds.zip");
        List<String> log = new ArrayList<>();
        ContactTraining.train(chains, FeatureSpec.contactsSingleSequence(),
                new ContactTraining.Settings(new int[] {16}, 1, 1, 64, 0.003, 2, 2, 7, false, true), seeds,
                tmp.resolve("work-seeds"), "test", log::add);
        assertTrue(log.contains("seed ensemble: member 1 of 2 (seed 7)"), String.join("\n", log));
        assertTrue(log.contains("seed ensemble: member 2 of 2 (seed 8)"), String.join("\n", log));
        assertTrue(log.stream().noneMatch(l -> l.startsWith("boosting round")), String.join("\n", log));
        ModelMetadata meta = ModelFile.readMetadata(seeds);
        assertEquals("2", meta.extra().get("membersBoosted"));
        assertEquals("[1.0, 1.0]", meta.extra().get("boostingWeights"));
        assertTrue(meta.extra().get("network").endsWith(", seed ensemble"), meta.extra().get("network"));
        ContactModel m = ContactModel.load(seeds);
        assertTrue(m.trainedModel().weights().stream().allMatch(w -> w == 1.0), m.trainedModel().weights().toString());
    }

    @Test
    void predictWriteAndEvaluateThroughTheLayer() throws IOException {
        Path fasta = tmp.resolve("in.fasta");
        StringBuilder sb = new StringBuilder();
        for (ProteinRecord r : chains.validation()) {
            sb.append('>').append(r.id()).append('\n').append(r.sequence()).append('\n');
        }
        Files.writeString(fasta, sb.toString());
        Path out = tmp.resolve("out");
        CliRun run = CliRun.run("predict", "contacts", fasta.toString(), "--model", model.toString(), "-o",
                out.toString());
        assertEquals(0, run.status(), run.err());
        ProteinRecord first = chains.validation().get(0);
        List<String> rr = Files.readAllLines(out.resolve(first.id() + ".rr"));
        assertEquals("PFRMAT RR", rr.get(0));
        assertEquals("TARGET " + first.id(), rr.get(1));
        assertEquals("END", rr.get(rr.size() - 1));
        long pairs = rr.stream().filter(l -> l.matches("\\d+ \\d+ 0 8 [0-9.]+")).count();
        assertTrue(pairs > 0 && pairs <= 5L * first.length());

        ContactModel m = ContactModel.load(model);
        String report = EvaluationRun.run(new LabelledSet("synthetic", chains.validation()), m,
                new ContactEvaluator("synthetic"));
        assertTrue(report.contains("mean over 4 chains"), report);
        assertTrue(report.contains("one-shift"), report);
    }

    @Test
    void threadsShareOnePredictor() throws Exception {
        ContactModel m = ContactModel.load(model);
        ProteinRecord r = chains.validation().get(1);
        ContactPrediction alone = m.predict(r);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ContactPrediction>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> m.predict(r)));
            }
            for (Future<ContactPrediction> f : futures) {
                assertEquals(alone.pairs(ContactRange.LONG), f.get().pairs(ContactRange.LONG));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aThousandResidueChainStreams() {
        ContactModel m = ContactModel.load(model);
        ProteinRecord big = synthetic(1, 9).get(0);
        StringBuilder s = new StringBuilder();
        Random random = new Random(3);
        for (int i = 0; i < 1000; i++) {
            s.append(AMINO.charAt(random.nextInt(AMINO.length())));
        }
        long before = System.nanoTime();
        ContactPrediction p = m.predict(ProteinRecord.of("big", s.toString()));
        assertEquals(994L * 995 / 2, p.pairsScored());
        for (ContactRange range : ContactRange.values()) {
            assertEquals(5000, p.pairs(range).size());
        }
        assertTrue((System.nanoTime() - before) / 1e9 < 60);
        assertFalse(big.sequence().isEmpty());
    }

    @Test
    void badInputsAreOneLineErrorsWithoutFiles() throws IOException {
        Path out = tmp.resolve("bad");
        Path one = tmp.resolve("one.fasta");
        Files.writeString(one, ">tiny\nM\n");
        CliRun r = CliRun.run("predict", "contacts", one.toString(), "--model", model.toString(), "-o",
                out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("record 'tiny'"), r.err());
        assertFalse(Files.exists(out.resolve("tiny.rr")));

        Path fasta = tmp.resolve("q.fasta");
        Files.writeString(fasta, ">q\nACDEFGHIKLMNPQRSTVWY\n");
        Path wrong = tmp.resolve("wrong.a3m");
        Files.writeString(wrong, ">x\nACDEFGHIKL\n>y\nACDEFGHIKL\n");
        r = CliRun.run("predict", "contacts", fasta.toString(), "--msa", wrong.toString(), "--model",
                model.toString(), "-o", out.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("protpred: error:")).count(), r.err());
        assertFalse(Files.exists(out.resolve("q.rr")));

        Path other = tmp.resolve("other.a3m");
        Files.writeString(other, ">x\nACDEFGHIKLMNPQRSTVWA\n>y\nACDEFGHIKLMNPQRSTVWA\n");
        r = CliRun.run("predict", "contacts", fasta.toString(), "--msa", other.toString(), "--model",
                model.toString(), "-o", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(other + ": no row of the alignment is the query sequence"), r.err());
        assertFalse(Files.exists(out.resolve("q.rr")));

        Path empty = tmp.resolve("empty.a3m");
        Files.writeString(empty, "");
        r = CliRun.run("predict", "contacts", fasta.toString(), "--msa", empty.toString(), "--model",
                model.toString(), "-o", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("protpred: error:"), r.err());
        assertFalse(Files.exists(out.resolve("q.rr")));

        r = CliRun.run("predict", "contacts", fasta.toString(), "--msa", tmp.resolve("missing.a3m").toString(),
                "--model", model.toString(), "-o", out.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());

        r = CliRun.run("eval", "contacts", "--set", tmp.resolve("nothing.pdb").toString(), "--model",
                model.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
