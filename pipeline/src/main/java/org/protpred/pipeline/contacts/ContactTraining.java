package org.protpred.pipeline.contacts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.protpred.models.core.InputException;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.models.core.NetworkOptions;
import org.protpred.models.dbn.AdaBoost;
import org.protpred.models.dbn.BoostedEnsemble;
import org.protpred.models.dbn.BoostingConfig;
import org.protpred.models.dbn.DbnConfig;
import org.protpred.models.dbn.DeepBeliefNetwork;
import org.protpred.models.dbn.ProbabilityModel;
import org.protpred.models.dbn.WeakLearner;
import org.protpred.pipeline.align.HomologyFilter;
import org.protpred.pipeline.align.LocalAlignment;
import org.protpred.pipeline.data.Bm5Dataset;
import org.protpred.pipeline.data.Casp13Dataset;
import org.protpred.pipeline.data.Pfam40Dataset;
import org.protpred.pipeline.data.Psicov150Dataset;
import org.protpred.pipeline.data.Ts50Dataset;
import org.protpred.pipeline.features.FeatureGroup;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.features.PairBlock;
import org.protpred.pipeline.features.PairFeatureStream;
import org.protpred.pipeline.labels.ContactMap;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.TrainedModel;

/**
 * Trains a contact model DNcon's way: sampled residue pairs (all contacts, negatives sampled per range), pair
 * features scaled to [0, 1], deep belief networks (greedy RBM pretraining by CD-1, unrolled, fine-tuned by
 * back-propagation with binary cross-entropy), boosted by AdaBoost with weighted resampling; written as one
 * weighted ensemble file ({@link ModelFile#combine(Path, List, List, Map)}) whose metadata holds the scaler and the
 * provenance. Boosting does not fit the epoch-based {@code TrainingRecipe}/{@code TaskTraining} (several networks,
 * each pretrained and fine-tuned, on resamples), so this class records the same provenance as
 * {@code TaskTraining.save} itself.
 *
 * <p><b>Sampling.</b> Per chain and range (short 6-11, medium 12-23, long &gt;= 24) every true contact between
 * residues with coordinates is kept, and each non-contact is kept with probability
 * {@code min(1, ratio * contacts_range / noncontacts_range)} (at least one contact assumed), drawn from a
 * {@code Random} seeded by (seed, chain index): about {@code ratio} negatives per positive in every range and chain,
 * so short-range pairs (many contacts) and long-range pairs (few, in many pairs) are balanced alike.
 */
public final class ContactTraining {

    /**
     * Settings of one run.
     *
     * @param rounds       boosting rounds, or members of a seed ensemble
     * @param seedEnsemble instead of AdaBoost: {@code rounds} members trained on the same sample with the same
     *                     (uniform) weights and different seeds, averaged with equal weights
     */
    public record Settings(int[] hidden, int pretrainEpochs, int fineTuneEpochs, int batchSize, double learningRate,
                           int rounds, double negativeRatio, long seed, boolean compareRandom, boolean seedEnsemble) {

        /** Settings of a boosted run. */
        public Settings(int[] hidden, int pretrainEpochs, int fineTuneEpochs, int batchSize, double learningRate,
                        int rounds, double negativeRatio, long seed, boolean compareRandom) {
            this(hidden, pretrainEpochs, fineTuneEpochs, batchSize, learningRate, rounds, negativeRatio, seed,
                    compareRandom, false);
        }
    }

    /** The chains of a run and the counts of what was filtered out. */
    public record Chains(List<ProteinRecord> train, List<ProteinRecord> validation, Map<String, String> counts) {
    }

    /** What a run gives. */
    public record Outcome(Map<String, String> extra, String summary) {
    }

    /** Identity (over the shorter chain) from which two training chains are duplicates. */
    public static final double DUPLICATE_IDENTITY = 0.9;
    /** Validation share of {@code train contacts} (single-sequence) unless {@code --validation} says otherwise. */
    public static final double DEFAULT_VALIDATION = 0.1;
    /** Seed of the single-sequence split into training and validation chains. */
    public static final long SPLIT_SEED = 11;
    /** Shortest training chain. */
    public static final int MIN_LENGTH = 30;

    private ContactTraining() {
    }

    /** The single-sequence model's features: contacts-single with predicted SS and windows of 5 (392 columns). */
    public static FeatureSpec singleSequenceSpec() {
        return singleSequenceSpec(2);
    }

    /** The single-sequence features with windows of {@code 2 window + 1} residues around i and j. */
    public static FeatureSpec singleSequenceSpec(int window) {
        FeatureSpec base = FeatureSpec.contactsSingleSequence();
        List<FeatureGroup> residue = new ArrayList<>(base.residueGroups());
        residue.add(FeatureGroup.of("predicted_ss", "states", "3"));
        return new FeatureSpec(residue, List.of(
                FeatureGroup.of("window", "size", Integer.toString(window)),
                FeatureGroup.of("separation"),
                FeatureGroup.of("length_bins"),
                FeatureGroup.of("potential", "table", "mj1996")), base.minSeparation());
    }

    /**
     * The alignment model's features: {@code contacts-dca} (profile from the alignment, MI-APC, mean-field DCA, Neff)
     * with predicted secondary structure in the residue features.
     */
    public static FeatureSpec msaSpec() {
        FeatureSpec base = FeatureSpec.contactsWithDca();
        List<FeatureGroup> residue = new ArrayList<>(base.residueGroups());
        residue.add(FeatureGroup.of("predicted_ss", "states", "3"));
        return new FeatureSpec(residue, base.pairGroups(), base.minSeparation());
    }

    /**
     * The Pfam40 domains with only the residues that have an alignment column scored (as the coevolution figures of
     * the data layer count them).
     */
    public static List<ProteinRecord> pfam40Scored() {
        List<ProteinRecord> out = new ArrayList<>();
        for (ProteinRecord r : Pfam40Dataset.shared().readAll()) {
            out.add(r.withScored(alignmentColumns(r)));
        }
        return out;
    }

    /** Residues of the query for which some row besides the query has a residue or gap mapped (not all '-'). */
    static boolean[] alignmentColumns(ProteinRecord r) {
        boolean[] mapped = new boolean[r.length()];
        List<String> rows = r.alignment().rows();
        for (int k = 1; k < rows.size(); k++) {
            String row = rows.get(k);
            for (int i = 0; i < mapped.length; i++) {
                mapped[i] |= row.charAt(i) != '-';
            }
        }
        return mapped;
    }

    /** Result of a cross-validation: per domain the held-out scores of the model and of DCA alone. */
    public record CrossValidation(List<ContactEvaluator.Scores> model, List<ContactEvaluator.Scores> dca,
                                  String report, Sample all) {
    }

    /**
     * Leave-families-out cross-validation: the domains (one Pfam family each) are shuffled (seed) and cut into
     * {@code folds} groups; each group is predicted by a model trained on the others. Pairs are sampled once per
     * domain (seed + domain index), so a domain's training rows are the same in every fold that uses it.
     */
    public static CrossValidation crossValidate(List<ProteinRecord> domains, FeatureSpec spec, Settings settings,
                                                int folds, Path workDir, Consumer<String> log) {
        List<Integer> order = new ArrayList<>();
        for (int n = 0; n < domains.size(); n++) {
            order.add(n);
        }
        Collections.shuffle(order, new Random(settings.seed()));
        List<Sample> samples = new ArrayList<>();
        for (int n = 0; n < domains.size(); n++) {
            samples.add(sample(List.of(domains.get(n)), spec, settings.negativeRatio(), settings.seed() + n,
                    line -> { }));
            log.accept("sampled " + domains.get(n).id() + ": " + samples.get(n).rows() + " pairs");
        }
        ContactEvaluator model = new ContactEvaluator("pfam40 held out");
        ContactEvaluator dca = new ContactEvaluator("pfam40 DCA alone");
        ContactBaseline dcaAlone = ContactBaseline.named("dca");
        Settings fold = new Settings(settings.hidden(), settings.pretrainEpochs(), settings.fineTuneEpochs(),
                settings.batchSize(), settings.learningRate(), settings.rounds(), settings.negativeRatio(),
                settings.seed(), false);
        for (int f = 0; f < folds; f++) {
            List<ProteinRecord> test = new ArrayList<>();
            List<Sample> train = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                int n = order.get(k);
                if (k % folds == f) {
                    test.add(domains.get(n));
                } else {
                    train.add(samples.get(n));
                }
            }
            Path file = workDir.resolve("fold" + (f + 1) + ".zip");
            Chains chains = new Chains(List.of(), List.of(), Map.of("fold", Integer.toString(f + 1)));
            Outcome o = train(concat(train), chains, spec, fold, file, workDir.resolve("fold" + (f + 1)),
                    "cross-validation fold " + (f + 1), log, System.nanoTime());
            log.accept("fold " + (f + 1) + ": " + o.summary());
            ContactModel m = ContactModel.load(file);
            for (ProteinRecord r : test) {
                model.add(r, m.predict(r));
                dca.add(r, dcaAlone.predict(List.of(r)).get(0));
                ContactEvaluator.Scores s = model.scores().get(model.scores().size() - 1);
                ContactEvaluator.Scores d = dca.scores().get(dca.scores().size() - 1);
                log.accept(String.format(Locale.ROOT, "  held out %s: long L/5 model %.3f, DCA %.3f", r.id(),
                        s.precision(org.protpred.pipeline.labels.ContactRange.LONG, 5),
                        d.precision(org.protpred.pipeline.labels.ContactRange.LONG, 5)));
            }
        }
        String report = "leave-families-out cross-validation (" + folds + " folds over " + domains.size()
                + " Pfam40 domains)\n\nmodel:\n" + model.report() + "\nmean-field DCA alone:\n" + dca.report();
        return new CrossValidation(model.scores(), dca.scores(), report, concat(samples));
    }

    /**
     * The single-sequence training chains: BM5 (rows of INDEX.tsv with identity &lt; 0.3 to PSICOV150), TS50 and
     * the Pfam40 structures, less every chain homologous to a PSICOV150 or CASP13 chain ({@link HomologyFilter}:
     * Smith-Waterman, identity &gt;= 25% of the shorter chain, &gt;= 30 aligned pairs, score &gt;= 60), chains
     * shorter than {@value #MIN_LENGTH}, and duplicates (identity &gt;= {@value #DUPLICATE_IDENTITY} to a chain kept
     * before); a seeded share validates.
     *
     * @param fraction share of the training chains used (learning curve), in (0, 1]
     */
    public static Chains singleSequenceChains(double validationFraction, double fraction, long splitSeed,
                                              Consumer<String> log) {
        Map<String, String> counts = new LinkedHashMap<>();
        List<ProteinRecord> candidates = new ArrayList<>();
        List<String> origin = new ArrayList<>();
        for (var source : List.of(Map.entry("bm5", Bm5Dataset.independentOfPsicov150()),
                Map.entry("ts50", Ts50Dataset.shared()), Map.entry("pfam40", Pfam40Dataset.shared()))) {
            List<ProteinRecord> records = source.getValue().readAll();
            counts.put("chains." + source.getKey(), Integer.toString(records.size()));
            for (ProteinRecord r : records) {
                candidates.add(r);
                origin.add(source.getKey());
            }
        }
        List<ProteinRecord> references = new ArrayList<>(Psicov150Dataset.shared().readAll());
        references.addAll(Casp13Dataset.shared().readAll());
        log.accept("homology filter: " + candidates.size() + " candidate chains against " + references.size()
                + " PSICOV150 + CASP13 chains");
        HomologyFilter.Outcome homologs = new HomologyFilter(references).homologs(candidates, 1);
        Map<String, Integer> removed = new LinkedHashMap<>();
        List<ProteinRecord> kept = new ArrayList<>();
        int shortChains = 0;
        for (int n = 0; n < candidates.size(); n++) {
            ProteinRecord r = candidates.get(n);
            if (homologs.hits().get(n) != null) {
                removed.merge(origin.get(n), 1, Integer::sum);
                log.accept("  test-set homolog out: " + origin.get(n) + " " + r.id() + " ~ "
                        + homologs.hits().get(n).referenceId() + String.format(Locale.ROOT, " (identity %.2f)",
                        homologs.hits().get(n).alignment().identity()));
                continue;
            }
            if (r.length() < MIN_LENGTH || r.structureIfPresent().isEmpty()) {
                shortChains++;
                continue;
            }
            kept.add(r);
        }
        for (String s : List.of("bm5", "ts50", "pfam40")) {
            counts.put("homologsRemoved." + s, Integer.toString(removed.getOrDefault(s, 0)));
        }
        counts.put("shortRemoved", Integer.toString(shortChains));
        List<ProteinRecord> unique = dropDuplicates(kept, log);
        counts.put("duplicatesRemoved", Integer.toString(kept.size() - unique.size()));
        List<ProteinRecord> shuffled = new ArrayList<>(unique);
        Collections.shuffle(shuffled, new Random(splitSeed));
        int nValidation = (int) Math.round(validationFraction * shuffled.size());
        List<ProteinRecord> validation = List.copyOf(shuffled.subList(0, nValidation));
        List<ProteinRecord> train = shuffled.subList(nValidation, shuffled.size());
        int used = Math.max(1, (int) Math.round(fraction * train.size()));
        train = List.copyOf(train.subList(0, used));
        counts.put("trainChains", Integer.toString(train.size()));
        counts.put("validationChains", Integer.toString(validation.size()));
        log.accept("chains: " + counts);
        return new Chains(train, validation, counts);
    }

    /** Greedy: a chain is dropped when it shares &gt;= 90% identity (shorter chain) with a chain kept before. */
    static List<ProteinRecord> dropDuplicates(List<ProteinRecord> chains, Consumer<String> log) {
        List<ProteinRecord> kept = new ArrayList<>();
        List<Set<Integer>> words = new ArrayList<>();
        for (ProteinRecord r : chains) {
            Set<Integer> w = words(r.sequence());
            boolean duplicate = false;
            for (int k = 0; k < kept.size() && !duplicate; k++) {
                Set<Integer> other = words.get(k);
                int shared = 0;
                for (int x : w) {
                    shared += other.contains(x) ? 1 : 0;
                }
                if (shared < 0.5 * Math.min(w.size(), other.size())) {
                    continue;
                }
                LocalAlignment.Result a = LocalAlignment.align(r.sequence(), kept.get(k).sequence());
                if (a.identity() >= DUPLICATE_IDENTITY) {
                    duplicate = true;
                    log.accept("  duplicate out: " + r.id() + " ~ " + kept.get(k).id()
                            + String.format(Locale.ROOT, " (identity %.2f)", a.identity()));
                }
            }
            if (!duplicate) {
                kept.add(r);
                words.add(w);
            }
        }
        return kept;
    }

    private static Set<Integer> words(String s) {
        Set<Integer> out = new HashSet<>();
        for (int p = 0; p + 3 <= s.length(); p++) {
            out.add(s.substring(p, p + 3).hashCode());
        }
        return out;
    }

    /** Sampled pair rows (row-major, raw features) with labels. */
    public record Sample(float[] values, float[] labels, int rows, int width, int[] positivesPerRange,
                         int[] negativesPerRange) {
    }

    /** The rows of several samples, in order. */
    public static Sample concat(List<Sample> parts) {
        int rows = 0;
        int width = parts.isEmpty() ? 0 : parts.get(0).width();
        for (Sample p : parts) {
            rows += p.rows();
        }
        float[] values = new float[Math.multiplyExact(rows, width)];
        float[] labels = new float[rows];
        int[] pos = new int[3];
        int[] neg = new int[3];
        int at = 0;
        for (Sample p : parts) {
            System.arraycopy(p.values(), 0, values, at * width, p.rows() * width);
            System.arraycopy(p.labels(), 0, labels, at, p.rows());
            at += p.rows();
            for (int k = 0; k < 3; k++) {
                pos[k] += p.positivesPerRange()[k];
                neg[k] += p.negativesPerRange()[k];
            }
        }
        return new Sample(values, labels, rows, width, pos, neg);
    }

    /** Samples the pairs of {@code chains} as the class comment says. */
    public static Sample sample(List<ProteinRecord> chains, FeatureSpec spec, double ratio, long seed,
                                Consumer<String> log) {
        int width = spec.pairWidth();
        FloatBuffer values = new FloatBuffer(1 << 20);
        FloatBuffer labels = new FloatBuffer(1 << 16);
        int[] pos = new int[3];
        int[] neg = new int[3];
        long start = System.nanoTime();
        for (int c = 0; c < chains.size(); c++) {
            ProteinRecord r = chains.get(c);
            ContactMap map = ContactMap.of(r);
            boolean[] ok = r.structure().observed().clone();
            for (int i = 0; i < ok.length; i++) {
                ok[i] &= r.isScored(i);
            }
            long[] contacts = new long[3];
            long[] pairs = new long[3];
            int n = r.length();
            for (int i = 0; i < n; i++) {
                if (!ok[i]) {
                    continue;
                }
                for (int j = i + 6; j < n; j++) {
                    if (ok[j]) {
                        int range = range(j - i);
                        pairs[range]++;
                        if (map.isContact(i, j)) {
                            contacts[range]++;
                        }
                    }
                }
            }
            double[] keep = new double[3];
            for (int k = 0; k < 3; k++) {
                long negatives = pairs[k] - contacts[k];
                keep[k] = negatives == 0 ? 0 : Math.min(1.0, ratio * Math.max(1, contacts[k]) / negatives);
            }
            Random random = new Random(seed * 1_000_003L + c);
            PairFeatureStream stream = new PairFeatureStream(r, spec, ContactModel.BLOCK);
            while (stream.hasNext()) {
                PairBlock b = stream.next();
                for (int k = 0; k < b.size(); k++) {
                    int i = b.first()[k];
                    int j = b.second()[k];
                    if (!ok[i] || !ok[j]) {
                        continue;
                    }
                    int range = range(j - i);
                    boolean contact = map.isContact(i, j);
                    if (!contact && random.nextDouble() >= keep[range]) {
                        continue;
                    }
                    values.add(b.values(), k * width, width);
                    labels.add(contact ? 1f : 0f);
                    if (contact) {
                        pos[range]++;
                    } else {
                        neg[range]++;
                    }
                }
            }
            if ((c + 1) % 50 == 0 || c + 1 == chains.size()) {
                log.accept(String.format(Locale.ROOT, "sampled %d of %d chains: %d pairs (%.0f s)", c + 1,
                        chains.size(), labels.size, (System.nanoTime() - start) / 1e9));
            }
        }
        return new Sample(values.toArray(), labels.toArray(), labels.size, width, pos, neg);
    }

    private static int range(int separation) {
        return separation <= 11 ? 0 : separation <= 23 ? 1 : 2;
    }

    /** A growable float array. */
    private static final class FloatBuffer {
        float[] data;
        int size;

        FloatBuffer(int capacity) {
            data = new float[capacity];
        }

        void add(float v) {
            ensure(1);
            data[size++] = v;
        }

        void add(float[] src, int from, int count) {
            ensure(count);
            System.arraycopy(src, from, data, size, count);
            size += count;
        }

        private void ensure(int more) {
            if (size + more > data.length) {
                long grown = Math.max((long) size + more, (long) data.length * 3 / 2);
                if (grown > Integer.MAX_VALUE - 16) {
                    throw new InputException("too many sampled pairs for one array; lower the negative ratio");
                }
                data = Arrays.copyOf(data, (int) grown);
            }
        }

        float[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    /** Fine-tunes {@code net} by minibatch back-propagation (examples shuffled each epoch, seeded). */
    static void fineTune(MultiLayerNetwork net, INDArray x, INDArray y, int epochs, int batchSize, long seed) {
        int n = (int) x.rows();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < epochs; epoch++) {
            Random random = new Random(seed * 31 + epoch);
            for (int i = n - 1; i > 0; i--) {
                int k = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[k];
                order[k] = t;
            }
            for (int start = 0; start < n; start += batchSize) {
                int[] rows = Arrays.copyOfRange(order, start, Math.min(n, start + batchSize));
                net.fit(new DataSet(x.getRows(rows), y.getRows(rows)));
            }
        }
    }

    /**
     * Trains and writes the model.
     *
     * @return the provenance written and a summary of the validation figures
     */
    public static Outcome train(Chains chains, FeatureSpec spec, Settings settings, Path output, Path workDir,
                                String command, Consumer<String> log) {
        long start = System.nanoTime();
        Sample sample = sample(chains.train(), spec, settings.negativeRatio(), settings.seed(), log);
        return train(sample, chains, spec, settings, output, workDir, command, log, start);
    }

    /**
     * {@code settings.rounds()} members on the whole sample (uniform weights), member k with seed
     * {@code settings.seed() + k}, averaged with equal weights: the members share the sample and so the scaler.
     */
    static BoostedEnsemble seedEnsemble(INDArray x, INDArray y, WeakLearner learner, Settings settings,
                                        Consumer<String> log) {
        long n = x.size(0);
        INDArray uniform = Nd4j.valueArrayOf(new long[] {n}, 1.0 / n, DataType.FLOAT);
        List<ProbabilityModel> members = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int k = 0; k < settings.rounds(); k++) {
            members.add(learner.train(x, y, uniform, settings.seed() + k));
            weights.add(1.0);
            log.accept(String.format(Locale.ROOT, "seed ensemble: member %d of %d (seed %d)", k + 1,
                    settings.rounds(), settings.seed() + k));
        }
        return new BoostedEnsemble(members, weights);
    }

    /** Trains on an already drawn sample ({@code chains} gives the validation chains and the counts). */
    public static Outcome train(Sample sample, Chains chains, FeatureSpec spec, Settings settings, Path output,
                                Path workDir, String command, Consumer<String> log, long start) {
        log.accept(String.format(Locale.ROOT, "sample: %d pairs x %d features; positives short/medium/long %s, "
                        + "negatives %s", sample.rows(), sample.width(), Arrays.toString(sample.positivesPerRange()),
                Arrays.toString(sample.negativesPerRange())));
        if (sample.rows() == 0) {
            throw new InputException("no training pairs");
        }
        PairScaler scaler = PairScaler.fit(sample.values(), sample.rows(), sample.width());
        scaler.apply(sample.values(), sample.rows());
        INDArray x = Nd4j.create(sample.values(), new long[] {sample.rows(), sample.width()}, DataType.FLOAT);
        INDArray y = Nd4j.create(sample.labels(), new long[] {sample.rows(), 1}, DataType.FLOAT);
        double sampleSeconds = (System.nanoTime() - start) / 1e9;

        Map<String, String> base = new LinkedHashMap<>();
        base.put(PairScaler.MIN_KEY, scaler.minText());
        base.put(PairScaler.MAX_KEY, scaler.maxText());
        List<MultiLayerNetwork> nets = new ArrayList<>();
        Map<ProbabilityModel, MultiLayerNetwork> byModel = new java.util.IdentityHashMap<>();
        double[] randomBaseline = {Double.NaN};
        int[] sizes = new int[settings.hidden().length + 1];
        sizes[0] = sample.width();
        System.arraycopy(settings.hidden(), 0, sizes, 1, settings.hidden().length);
        NetworkOptions options = NetworkOptions.defaults().optimizer(NetworkOptions.Optimizer.ADAM)
                .learningRate(settings.learningRate()).l2(1e-5);
        WeakLearner learner = (features, labels, weights, seed) -> {
            long t0 = System.nanoTime();
            DbnConfig config = DbnConfig.builder(sizes).epochs(settings.pretrainEpochs())
                    .batchSize(settings.batchSize()).seed(seed).build();
            DeepBeliefNetwork dbn = DeepBeliefNetwork.pretrain(config, features, (layer, epoch, error) ->
                    log.accept(String.format(Locale.ROOT, "  member %d RBM %d epoch %d: reconstruction error %.4f",
                            nets.size() + 1, layer + 1, epoch, error)));
            MultiLayerNetwork net = dbn.toNetwork(options.seed(seed));
            fineTune(net, features, labels, settings.fineTuneEpochs(), settings.batchSize(), seed);
            log.accept(String.format(Locale.ROOT, "  member %d trained (%.0f s)", nets.size() + 1,
                    (System.nanoTime() - t0) / 1e9));
            if (nets.isEmpty() && settings.compareRandom()) {
                MultiLayerNetwork random = DeepBeliefNetwork.randomNetwork(sizes, options.seed(seed));
                fineTune(random, features, labels, settings.fineTuneEpochs(), settings.batchSize(), seed);
                randomBaseline[0] = validate(random, spec, base, chains.validation());
                log.accept(String.format(Locale.ROOT, "  random-init baseline of member 1: validation long L/5 "
                        + "%.4f", randomBaseline[0]));
            }
            nets.add(net);
            ProbabilityModel model = ProbabilityModel.of(net);
            byModel.put(model, net);
            return model;
        };
        BoostedEnsemble ensemble = settings.seedEnsemble() ? seedEnsemble(x, y, learner, settings, log)
                : AdaBoost.fit(x, y, learner,
                new BoostingConfig(settings.rounds(), true, settings.seed()), round -> log.accept(String.format(
                        Locale.ROOT, "boosting round %d: weighted error %.4f, weight %.4f%s", round.round(),
                        round.error(), round.weight(), round.kept() ? "" : " (discarded, boosting stops)")));
        x.close();
        y.close();
        List<MultiLayerNetwork> members = new ArrayList<>();
        for (ProbabilityModel m : ensemble.members()) {
            members.add(byModel.get(m));
        }
        double[] memberScores = new double[members.size()];
        for (int m = 0; m < members.size(); m++) {
            memberScores[m] = validate(members.get(m), spec, base, chains.validation());
            log.accept(String.format(Locale.ROOT, "member %d: weight %.4f, validation long L/5 %.4f", m + 1,
                    ensemble.weights().get(m), memberScores[m]));
        }
        // AdaBoost stopped early by validation: the prefix of members (1..M, in boosting order, with their weights)
        // with the best validation long-range top-L/5 precision is kept (ties: fewer members).
        int keep = members.size();
        Map<String, String> prefixScores = new LinkedHashMap<>();
        if (!chains.validation().isEmpty() && members.size() > 1) {
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int p = 1; p <= members.size(); p++) {
                double score = p == 1 ? memberScores[0] : validate(members.subList(0, p),
                        ensemble.weights().subList(0, p), spec, base, chains.validation());
                prefixScores.put("validationLongL5.first" + p + "Members", String.format(Locale.ROOT, "%.4f", score));
                log.accept(String.format(Locale.ROOT, "first %d members: validation long L/5 %.4f", p, score));
                if (score > bestScore + 1e-12) {
                    bestScore = score;
                    keep = p;
                }
            }
            log.accept("keeping the first " + keep + " of " + members.size() + " members (best on validation)");
        }
        List<MultiLayerNetwork> boosted = members;
        List<Double> boostedWeights = ensemble.weights();
        members = new ArrayList<>(members.subList(0, keep));
        List<Double> weights = new ArrayList<>(boostedWeights.subList(0, keep));
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, String> extra = new LinkedHashMap<>(base);
        extra.put("membersBoosted", Integer.toString(boosted.size()));
        extra.put("membersKept", Integer.toString(keep));
        extra.put("boostingWeights", boostedWeights.toString());
        extra.putAll(prefixScores);
        extra.put("network", "DBN " + Arrays.toString(sizes) + " -> 1 (sigmoid), "
                + (settings.seedEnsemble() ? "seed ensemble" : "boosted"));
        extra.put("pretrainEpochs", Integer.toString(settings.pretrainEpochs()));
        extra.put("fineTuneEpochs", Integer.toString(settings.fineTuneEpochs()));
        extra.put("batchSize", Integer.toString(settings.batchSize()));
        extra.put("learningRate", Double.toString(settings.learningRate()));
        extra.put("boostingRounds", Integer.toString(settings.rounds()));
        extra.put("negativeRatio", Double.toString(settings.negativeRatio()));
        extra.put("seed", Long.toString(settings.seed()));
        extra.put("trainPairs", Integer.toString(sample.rows()));
        extra.put("trainPositives", Arrays.toString(sample.positivesPerRange()));
        extra.put("trainNegatives", Arrays.toString(sample.negativesPerRange()));
        extra.putAll(chains.counts());
        extra.put("trainIds", String.join(",", chains.train().stream().map(ProteinRecord::id).toList()));
        extra.put("validationIds", String.join(",", chains.validation().stream().map(ProteinRecord::id).toList()));
        for (int m = 0; m < memberScores.length; m++) {
            extra.put("validationLongL5.member" + (m + 1), String.format(Locale.ROOT, "%.4f", memberScores[m]));
        }
        if (!Double.isNaN(randomBaseline[0])) {
            extra.put("validationLongL5.member1RandomInit", String.format(Locale.ROOT, "%.4f", randomBaseline[0]));
        }
        extra.put("samplingSeconds", String.format(Locale.ROOT, "%.0f", sampleSeconds));
        extra.put("trainingSeconds", String.format(Locale.ROOT, "%.0f", seconds));
        extra.put("command", command);
        extra.put("trainedAt", Instant.now().toString());
        extra.put("javaVersion", System.getProperty("java.version", "?"));
        String dl4j = MultiLayerNetwork.class.getPackage().getImplementationVersion();
        extra.put("dl4jVersion", dl4j == null ? "?" : dl4j);
        extra.put("protpredVersion", ModelFile.protpredVersion());
        try {
            Files.createDirectories(workDir);
            if (members.size() == 1) {
                ModelFile.save(output, members.get(0), ModelMetadata.of(ContactModel.KIND, spec.toJson(),
                        ContactModel.LABELS, extra));
            } else {
                List<Path> files = new ArrayList<>();
                for (int m = 0; m < members.size(); m++) {
                    Path f = workDir.resolve("member" + (m + 1) + ".zip");
                    Map<String, String> own = new LinkedHashMap<>(base);
                    own.put("validationLongL5", String.format(Locale.ROOT, "%.4f", memberScores[m]));
                    own.put("boostingWeight", String.format(Locale.ROOT, "%.6f", weights.get(m)));
                    ModelFile.save(f, members.get(m), ModelMetadata.of(ContactModel.KIND, spec.toJson(),
                            ContactModel.LABELS, own));
                    files.add(f);
                }
                Map<String, String> withoutMemberScaler = new LinkedHashMap<>(extra);
                ModelFile.combine(output, files, weights, withoutMemberScaler);
            }
        } catch (java.io.IOException e) {
            throw InputException.at(workDir, "cannot create: " + e.getMessage());
        }
        ContactModel saved = ContactModel.load(output);
        double ensembleScore = validate(saved, chains.validation());
        int best = 0;
        for (int m = 1; m < memberScores.length; m++) {
            if (memberScores[m] > memberScores[best]) {
                best = m;
            }
        }
        String summary = String.format(Locale.ROOT, "wrote %s: %d of " + boosted.size() + " boosted members kept; validation long-range top-L/5 precision "
                        + "ensemble %.4f, best member %.4f (member %d)%s; %d train / %d validation chains, %d pairs, "
                        + "%.0f s", output, members.size(), ensembleScore, memberScores[best], best + 1,
                Double.isNaN(randomBaseline[0]) ? "" : String.format(Locale.ROOT,
                        ", member 1 from random weights %.4f vs pretrained %.4f", randomBaseline[0], memberScores[0]),
                chains.train().size(), chains.validation().size(), sample.rows(), seconds);
        return new Outcome(extra, summary);
    }

    private static double validate(MultiLayerNetwork net, FeatureSpec spec, Map<String, String> scaler,
                                   List<ProteinRecord> validation) {
        if (validation.isEmpty()) {
            return Double.NaN;
        }
        ContactModel model = ContactModel.of(TrainedModel.of((Model) net, ModelMetadata.of(ContactModel.KIND,
                spec.toJson(), ContactModel.LABELS, scaler)));
        return validate(model, validation);
    }

    private static double validate(List<MultiLayerNetwork> nets, List<Double> weights, FeatureSpec spec,
                                   Map<String, String> scaler, List<ProteinRecord> validation) {
        ModelMetadata meta = ModelMetadata.of(ContactModel.KIND, spec.toJson(), ContactModel.LABELS, scaler);
        List<Model> models = new ArrayList<>(nets);
        ContactModel model = ContactModel.of(TrainedModel.of(new org.protpred.models.core.LoadedModel(models,
                weights, meta, "ensemble in memory")));
        return validate(model, validation);
    }

    /** Mean long-range top-L/5 precision over the chains. */
    static double validate(ContactModel model, List<ProteinRecord> validation) {
        if (validation.isEmpty()) {
            return Double.NaN;
        }
        ContactEvaluator evaluator = new ContactEvaluator("validation");
        for (ProteinRecord r : validation) {
            evaluator.add(r, model.predict(r));
        }
        return ContactEvaluator.mean(evaluator.scores(), false)[2][1];
    }
}
