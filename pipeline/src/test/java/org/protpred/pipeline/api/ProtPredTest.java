package org.protpred.pipeline.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.biojava.nbio.core.sequence.AccessionID;
import org.biojava.nbio.core.sequence.ProteinSequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.cli.CliRun;
import org.protpred.pipeline.contacts.ContactTask;
import org.protpred.pipeline.fold.FoldPrediction;
import org.protpred.pipeline.fold.FoldTask;
import org.protpred.pipeline.io.FastaReader;
import org.protpred.pipeline.labels.ContactRange;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.ss.SsTask;
import org.protpred.pipeline.task.PredictionWriter;

/** The library facade predicts what the command line writes, the same from many threads as from one. */
class ProtPredTest {

    private static final Path EXAMPLE = Path.of("..", "resources", "examples", "example.fasta");

    @TempDir
    Path tmp;

    /**
     * The facade's predictions of the example FASTA, written by the command line's own writers, are byte for byte the
     * files of {@code protpred predict ss|fold|contacts} on that file (ss2, horiz, JSON with full-precision
     * probabilities, rank, folds.tsv, rr).
     */
    @Test
    void predictionsEqualTheCommandLineOutputsForTheExampleFasta() throws IOException {
        Path cli = tmp.resolve("cli");
        Path lib = tmp.resolve("lib");
        for (String task : List.of("ss", "fold", "contacts")) {
            List<String> args = new ArrayList<>(List.of("predict", task, EXAMPLE.toString(), "-o",
                    cli.resolve(task).toString()));
            if (!task.equals("contacts")) {
                args.addAll(List.of("--format", "json"));
            }
            CliRun run = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, run.status(), run.err());
        }

        List<ProteinRecord> records = FastaReader.readAll(EXAMPLE);
        ProtPred protpred = ProtPred.bundled();
        for (String task : List.of("ss", "fold", "contacts")) {
            Files.createDirectories(lib.resolve(task));
        }
        PredictionWriter<org.protpred.pipeline.ss.SsPrediction> ss = SsTask.INSTANCE.writer(lib.resolve("ss"),
                Set.of("json"));
        PredictionWriter<FoldPrediction> fold = FoldTask.standard().writer(lib.resolve("fold"), Set.of("json"));
        PredictionWriter<org.protpred.pipeline.contacts.ContactPrediction> rr = ContactTask.INSTANCE.writer(
                lib.resolve("contacts"), Set.of());
        for (ProteinRecord r : records) {
            ProteinPrediction p = protpred.predict(r.id(), r.sequence());
            assertEquals(r.id(), p.id());
            ss.write(p.secondaryStructure().toSsPrediction());
            fold.write(p.fold());
            rr.write(p.contacts());
        }
        ss.finish();
        fold.finish();
        rr.finish();

        // ss: ss2, horiz, json each and ss.fasta; fold: rank, json each and folds.tsv; contacts: rr each
        // (the command line's run.json, its provenance record, has no library counterpart)
        int[] expectedFiles = {3 * 3 + 1, 3 * 2 + 1, 3};
        List<String> tasks = List.of("ss", "fold", "contacts");
        for (int t = 0; t < 3; t++) {
            assertTrue(Files.isRegularFile(cli.resolve(tasks.get(t)).resolve("run.json")));
            List<String> names = fileNames(cli.resolve(tasks.get(t))).stream().filter(n -> !n.equals("run.json"))
                    .toList();
            assertEquals(names, fileNames(lib.resolve(tasks.get(t))));
            assertEquals(expectedFiles[t], names.size(), names.toString());
            for (String name : names) {
                assertEquals(Files.readString(cli.resolve(tasks.get(t)).resolve(name)),
                        Files.readString(lib.resolve(tasks.get(t)).resolve(name)), tasks.get(t) + "/" + name);
            }
        }
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Eight threads predicting at the same time (from the same start) get exactly the sequential predictions. */
    @Test
    void threadsPredictingTogetherGetTheSequentialPredictions() throws Exception {
        List<ProteinRecord> records = FastaReader.readAll(EXAMPLE).subList(0, 2);   // the 140- and 102-residue chains
        ProtPred protpred = ProtPred.bundled();
        List<ProteinPrediction> sequential = new ArrayList<>();
        for (ProteinRecord r : records) {
            sequential.add(protpred.predict(r.id(), r.sequence()));
        }
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ProteinPrediction>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                ProteinRecord r = records.get(t % records.size());
                Callable<ProteinPrediction> call = () -> {
                    start.await();
                    return protpred.predict(r.id(), r.sequence());
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            for (int t = 0; t < threads; t++) {
                assertSamePrediction(sequential.get(t % records.size()), futures.get(t).get(), 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** predictAll (batched) equals one call per sequence; ids come from the accessions. */
    @Test
    void predictAllEqualsOneCallEach() throws Exception {
        List<ProteinRecord> records = FastaReader.readAll(EXAMPLE).subList(0, 2);
        List<ProteinSequence> sequences = new ArrayList<>();
        for (ProteinRecord r : records) {
            ProteinSequence s = new ProteinSequence(r.sequence().toLowerCase(java.util.Locale.ROOT));
            s.setAccession(new AccessionID(r.id()));
            sequences.add(s);
        }
        ProtPred protpred = ProtPred.bundled();
        List<ProteinPrediction> all = protpred.predictAll(sequences);
        assertEquals(2, all.size());
        for (int n = 0; n < 2; n++) {
            assertEquals(records.get(n).id(), all.get(n).id());
            assertEquals(records.get(n).sequence(), all.get(n).sequence());
            // batched with padding: the same probabilities to float rounding (the networks are exact under masking)
            assertSamePrediction(protpred.predict(records.get(n).id(), records.get(n).sequence()), all.get(n), 1e-6);
        }
        ProteinPrediction single = protpred.predict(sequences.get(0));
        assertEquals("TS115_0", single.id());
        ProteinPrediction anonymous = protpred.predict(new ProteinSequence(records.get(1).sequence()));
        assertEquals("sequence", anonymous.id());
        assertSamePrediction(all.get(1), anonymous, 1e-6);

        // the convenience views agree with the parts they come from
        ProteinPrediction p = all.get(0);
        assertEquals(140, p.length());
        assertEquals(p.fold().top(3), p.topFolds(3));
        assertEquals(p.fold().best(), p.bestFold());
        assertEquals(p.contacts().top(ContactRange.LONG, 140 / 5), p.topContacts(ContactRange.LONG, 5));
        assertEquals(28, p.topContacts(ContactRange.LONG, 5).size());
    }

    @Test
    void sharedModelsAndBadSequences() {
        ProtPred protpred = ProtPred.bundled();
        assertSame(protpred, ProtPred.bundled());
        assertSame(SecondaryStructurePredictor.bundled(), protpred.secondaryStructure());
        assertSame(FoldClassifier.bundled(), protpred.fold());
        assertSame(ContactPredictor.bundled(), protpred.contacts());

        InputException bad = assertThrows(InputException.class, () -> protpred.predict("q1", "MKV1LAAGIV"));
        assertEquals("q1: illegal character '1' at residue 4; expected amino-acid letters", bad.getMessage());
        InputException shortChain = assertThrows(InputException.class, () -> protpred.predict("q2", "MKVLAA"));
        assertEquals("record 'q2': 6 residues; contacts need a chain of more than 6 residues (pairs at least 6 "
                + "apart)", shortChain.getMessage());
        assertEquals("sequence is empty", assertThrows(InputException.class, () -> protpred.predict(null, ""))
                .getMessage());
    }

    /** Model files in place of the shipped ones: the same files predict the same; bad ones are refused at once. */
    @Test
    void customModelFiles() {
        Path models = Path.of("..", "resources", "models");
        ProtPred custom = ProtPred.load(models.resolve("ss/ss3-birnn.zip"), null,
                models.resolve("contacts/contacts-single.zip"));
        ProteinRecord r = FastaReader.readAll(EXAMPLE).get(1);
        assertSamePrediction(ProtPred.bundled().predict(r.id(), r.sequence()), custom.predict(r.id(), r.sequence()), 0);
        assertSame(FoldClassifier.bundled(), custom.fold());

        InputException msa = assertThrows(InputException.class,
                () -> ProtPred.load(null, null, models.resolve("contacts/contacts-msa.zip")));
        assertEquals(models.resolve("contacts/contacts-msa.zip") + ": needs an alignment per sequence; ProtPred "
                + "predicts from the sequence alone (use ContactPredictor for alignments)", msa.getMessage());
        InputException wrongKind = assertThrows(InputException.class,
                () -> ProtPred.load(models.resolve("contacts/contacts-single.zip"), null, null));
        assertTrue(wrongKind.getMessage().startsWith(models.resolve("contacts/contacts-single.zip") + ": "),
                wrongKind.getMessage());
    }

    /** Equal predictions; probabilities of SS and fold within {@code delta} (0: bit for bit). */
    static void assertSamePrediction(ProteinPrediction expected, ProteinPrediction actual, double delta) {
        assertEquals(expected.sequence(), actual.sequence());
        assertEquals(expected.secondaryStructure().states(), actual.secondaryStructure().states());
        double[][] p = expected.secondaryStructure().probabilities();
        double[][] q = actual.secondaryStructure().probabilities();
        assertEquals(p.length, q.length);
        for (int i = 0; i < p.length; i++) {
            assertArrayEquals(p[i], q[i], delta, "residue " + i);
        }
        FoldPrediction f = expected.fold();
        FoldPrediction g = actual.fold();
        assertArrayEquals(f.probability(), g.probability(), (float) delta);
        if (delta == 0) {
            assertArrayEquals(f.order(), g.order());
        } else {
            // folds whose probabilities differ by float rounding only may swap ranks (the tail of 1,230 folds has
            // near-ties); at every rank the probability must agree
            assertEquals(f.order().length, g.order().length);
            for (int i = 0; i < f.order().length; i++) {
                assertEquals(f.probability()[f.order()[i]], g.probability()[g.order()[i]], (float) delta, "rank " + i);
            }
        }
        assertEquals(f.hits(), g.hits());
        for (ContactRange range : ContactRange.values()) {
            assertEquals(expected.contacts().pairs(range), actual.contacts().pairs(range), range.toString());
        }
        assertTrue(expected.contacts().pairsScored() > 0);
        assertEquals(expected.contacts().pairsScored(), actual.contacts().pairsScored());
    }
}
