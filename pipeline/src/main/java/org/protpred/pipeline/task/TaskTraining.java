package org.protpred.pipeline.task;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.models.core.train.Trainer;
import org.protpred.models.core.train.TrainerConfig;
import org.protpred.models.core.train.TrainingResult;
import org.protpred.pipeline.data.CachedRecord;
import org.protpred.pipeline.data.FeatureCache;
import org.protpred.pipeline.data.ProteinDataset;

/**
 * Trains any task's network the same way: features of the training and validation sets from the shared
 * {@link FeatureCache}, batches and network from the task's {@link TrainingRecipe}, the loop (epochs, early stopping
 * on the recipe's validation metric, checkpoints, resume, training curves) from the core {@link Trainer}; then
 * {@link #save} writes the model with its provenance: the recipe's settings, the seed, the data sets with the stamps
 * of their source files (the feature cache's keys), the versions of protpred, DL4J and Java, when it finished and
 * how long it took, and the command.
 */
public final class TaskTraining {

    /**
     * A trained network and how it went.
     *
     * @param network         the network, holding the best epoch's parameters
     * @param result          the trainer's record of the run
     * @param seconds         wall time of the whole training, feature reading included
     * @param trainRecords    records trained on
     * @param data            provenance of the data: per set, its name, size and the key of its source files
     */
    public record Outcome(Model network, TrainingResult result, double seconds, int trainRecords,
                          Map<String, String> data) {
    }

    private TaskTraining() {
    }

    /**
     * Trains on {@code train}, choosing the epoch by the recipe's metric on {@code validation}.
     *
     * @param limit use only the first this many training records ({@code <= 0}: all)
     */
    public static Outcome train(ProteinDataset train, ProteinDataset validation, TrainingRecipe recipe, int limit,
                                TrainerConfig config, FeatureCache cache, Consumer<String> log) {
        long start = System.nanoTime();
        log.accept("reading features of " + train.name() + " and " + validation.name() + " (cache "
                + cache.directory() + ")");
        List<CachedRecord> trainRecords;
        if (limit > 0) {   // read only what is used: a quick run should not hold the whole training set
            try (java.util.stream.Stream<CachedRecord> first = cache.stream(train, recipe.spec())) {
                trainRecords = first.limit(limit).toList();
            }
        } else {
            trainRecords = cache.load(train, recipe.spec());
        }
        List<CachedRecord> validationRecords = cache.load(validation, recipe.spec());
        DataSetIterator trainBatches = recipe.trainingBatches(trainRecords, config.seed());
        DataSetIterator validationBatches = recipe.validationBatches(validationRecords);
        log.accept(recipe.describe(trainBatches, trainRecords.size(), validationRecords.size()));
        Model net = recipe.newNetwork();
        log.accept("network: " + recipe.settings().getOrDefault("network", net.getClass().getSimpleName()) + ", "
                + net.numParams() + " parameters");
        TrainingResult result = new Trainer(config).fit(net, trainBatches, validationBatches);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, String> data = new LinkedHashMap<>();
        data.put("trainData", stamp(train, recipe, trainRecords.size()));
        data.put("validationData", stamp(validation, recipe, validationRecords.size()));
        return new Outcome(net, result, seconds, trainRecords.size(), data);
    }

    private static String stamp(ProteinDataset dataset, TrainingRecipe recipe, int used) {
        return dataset.name() + " (" + used + " records, sources " + FeatureCache.key(dataset, recipe.spec()) + ")";
    }

    /** Writes the trained network with the recipe's kind, spec and labels, and its provenance. */
    public static void save(Path file, Outcome outcome, TrainingRecipe recipe, long seed, String command) {
        save(file, outcome, recipe, seed, command, Map.of(), Map.of());
    }

    /**
     * Like {@link #save(Path, Outcome, TrainingRecipe, long, String)}, with the task's own facts added to the
     * metadata ({@code more}) and extra zip entries the model needs besides its network ({@code entries}, e.g. a
     * reference library; see {@link ModelFile#save(Path, Model, ModelMetadata, Map)}).
     */
    public static void save(Path file, Outcome outcome, TrainingRecipe recipe, long seed, String command,
                            Map<String, String> more, Map<String, byte[]> entries) {
        Map<String, String> extra = new LinkedHashMap<>(recipe.settings());
        extra.put("seed", Long.toString(seed));
        extra.put("trainChains", Integer.toString(outcome.trainRecords()));
        extra.put("bestEpoch", Integer.toString(outcome.result().bestEpoch()));
        extra.put("epochsRun", Integer.toString(outcome.result().epochsRun()));
        extra.put(recipe.scoreName(), String.format(Locale.ROOT, "%.4f", outcome.result().bestScore()));
        extra.put("trainingSeconds", String.format(Locale.ROOT, "%.0f", outcome.seconds()));
        extra.put("command", command);
        extra.putAll(outcome.data());
        extra.put("trainedAt", Instant.now().toString());
        extra.put("dl4jVersion", dl4jVersion());
        extra.put("javaVersion", System.getProperty("java.version", "?"));
        extra.putAll(more);
        ModelFile.save(file, outcome.network(), ModelMetadata.of(recipe.kind(), recipe.spec().toJson(),
                recipe.labels(), extra), entries);
    }

    /** The Deeplearning4j version on the class path (from its jar's manifest or Maven properties), or "?". */
    static String dl4jVersion() {
        String v = org.deeplearning4j.nn.graph.ComputationGraph.class.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        try (java.io.InputStream in = org.deeplearning4j.nn.graph.ComputationGraph.class.getResourceAsStream(
                "/META-INF/maven/org.deeplearning4j/deeplearning4j-nn/pom.properties")) {
            if (in != null) {
                java.util.Properties props = new java.util.Properties();
                props.load(in);
                return props.getProperty("version", "?");
            }
        } catch (java.io.IOException ignored) {
            // fall through
        }
        return "?";
    }
}
