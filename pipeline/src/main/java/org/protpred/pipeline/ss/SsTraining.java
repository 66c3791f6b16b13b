package org.protpred.pipeline.ss;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.models.core.train.Trainer;
import org.protpred.models.core.train.TrainerConfig;
import org.protpred.models.core.train.TrainingResult;
import org.protpred.models.core.train.ValidationMetric;
import org.protpred.models.ss.BiRnnInference;
import org.protpred.models.ss.BiRnnSecondaryStructureNetwork;
import org.protpred.models.ss.SsNetworkConfig;
import org.protpred.pipeline.data.CachedRecord;
import org.protpred.pipeline.data.FeatureCache;
import org.protpred.pipeline.data.ProteinDataset;
import org.protpred.pipeline.features.FeatureSpec;

/**
 * Trains the secondary-structure network, 3-state or 8-state ({@link SsNetworkConfig#outputStates()}): features come
 * from the shared {@link FeatureCache}, batches from {@link SsBatchIterator} (cropped and length-bucketed), the loop
 * (epochs, early stopping on validation Q3 or Q8, checkpoints, resume) from the core {@link Trainer}. Labels are the
 * records' {@code ss3} strings for 3 states and their {@code ss8} strings for 8 states. The model file records the
 * feature spec and the labels ({@link SsLabels#NAMES} or {@link SsLabels#NAMES8}).
 */
public final class SsTraining {

    /**
     * What to train.
     *
     * @param spec          residue features
     * @param network       architecture and optimiser (its {@code inputSize} must equal {@code spec.width()})
     * @param batchSize     chains per minibatch
     * @param cropLength    training windows of at most this many residues ({@code <= 0}: whole chains)
     * @param limit         use only the first this many training chains ({@code <= 0}: all), for quick runs
     */
    public record Settings(FeatureSpec spec, SsNetworkConfig network, int batchSize, int cropLength, int limit) {
        public Settings {
            if (network.inputSize() != spec.width()) {
                throw new IllegalArgumentException("network input " + network.inputSize() + " != feature width "
                        + spec.width());
            }
        }

        /** The label names the network predicts. */
        public List<String> labels() {
            return SsLabels.names(network.outputStates());
        }
    }

    /** A trained network and how it went. */
    public record Outcome(ComputationGraph network, TrainingResult result, double seconds, int trainChains,
                          long trainResidues) {
    }

    private SsTraining() {
    }

    /** Encodes cached records as 3-state examples (classes -1 where a residue is not scored). */
    public static List<SsBatchIterator.Example> examples(List<CachedRecord> records) {
        return examples(records, SsLabels.NAMES);
    }

    /** Encodes cached records as examples for a model with these labels (classes -1 where not scored). */
    public static List<SsBatchIterator.Example> examples(List<CachedRecord> records, List<String> labels) {
        List<SsBatchIterator.Example> out = new ArrayList<>(records.size());
        for (CachedRecord r : records) {
            out.add(new SsBatchIterator.Example(r.features(), SsLabels.classes(r, labels)));
        }
        return out;
    }

    /** Trains on {@code train}, choosing the epoch by Q3 (Q8 for 8 states) on {@code validation}. */
    public static Outcome train(ProteinDataset train, ProteinDataset validation, Settings settings,
                                TrainerConfig trainerConfig, FeatureCache cache, Consumer<String> log) {
        long start = System.nanoTime();
        log.accept("reading features of " + train.name() + " and " + validation.name() + " (cache "
                + cache.directory() + ")");
        List<CachedRecord> trainRecords = cache.load(train, settings.spec());
        if (settings.limit() > 0 && trainRecords.size() > settings.limit()) {
            trainRecords = trainRecords.subList(0, settings.limit());
        }
        List<CachedRecord> validationRecords = cache.load(validation, settings.spec());
        List<String> labels = settings.labels();
        List<SsBatchIterator.Example> trainExamples = examples(trainRecords, labels);
        SsBatchIterator trainIterator = SsBatchIterator.training(trainExamples, settings.batchSize(),
                settings.cropLength(), trainerConfig.seed(), labels);
        SsBatchIterator validationIterator = SsBatchIterator.evaluation(examples(validationRecords, labels), 32,
                labels);
        long residues = trainIterator.residuesPerEpoch();
        log.accept(String.format(Locale.ROOT, "training on %d chains (%d residues per epoch after cropping to %d, "
                        + "%d batches), validating on %d chains", trainExamples.size(), residues,
                settings.cropLength(), trainIterator.batchesPerEpoch(), validationRecords.size()));
        ComputationGraph net = BiRnnSecondaryStructureNetwork.build(settings.network());
        log.accept("network: " + settings.network() + ", " + net.numParams() + " parameters");
        TrainingResult result = new Trainer(trainerConfig).fit(net, trainIterator, validationIterator);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Outcome(net, result, seconds, trainExamples.size(), residues);
    }

    /** Writes the trained network with its metadata (kind {@link SecondaryStructureModel#KIND}). */
    public static void save(Path file, Outcome outcome, Settings settings, long seed, String command) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("network", settings.network().toString());
        extra.put("seed", Long.toString(seed));
        extra.put("batchSize", Integer.toString(settings.batchSize()));
        extra.put("cropLength", Integer.toString(settings.cropLength()));
        extra.put("trainChains", Integer.toString(outcome.trainChains()));
        extra.put("bestEpoch", Integer.toString(outcome.result().bestEpoch()));
        extra.put("epochsRun", Integer.toString(outcome.result().epochsRun()));
        extra.put(scoreName(settings), String.format(Locale.ROOT, "%.4f", outcome.result().bestScore()));
        extra.put("trainingSeconds", String.format(Locale.ROOT, "%.0f", outcome.seconds()));
        extra.put("command", command);
        ModelFile.save(file, outcome.network(), ModelMetadata.of(SecondaryStructureModel.KIND,
                settings.spec().toJson(), settings.labels(), extra));
    }

    /** The metadata entry of the validation score: {@code validationQ3} or {@code validationQ8}. */
    public static String scoreName(Settings settings) {
        return "validationQ" + settings.labels().size();
    }

    /**
     * The validation metric: Q3 (Q8 for an 8-state network) over scored residues, i.e. accuracy, with the network run
     * through {@link BiRnnInference} as in prediction (the same output, several times faster than DL4J's).
     */
    public static ValidationMetric q3() {
        return ValidationMetric.accuracy(
                (net, features, featureMask, labelMask) -> BiRnnInference.output((ComputationGraph) net, features,
                        featureMask)[0]);
    }
}
