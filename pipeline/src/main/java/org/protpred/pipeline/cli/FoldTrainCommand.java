package org.protpred.pipeline.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.protpred.models.core.InputException;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.train.TrainerConfig;
import org.protpred.models.fold.DeepSfNetworkConfig;
import org.protpred.models.fold.LengthBins;
import org.protpred.pipeline.data.FeatureCache;
import org.protpred.pipeline.data.ScopeDataset;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.fold.FoldData;
import org.protpred.pipeline.fold.FoldFeatures;
import org.protpred.pipeline.fold.FoldMethod;
import org.protpred.pipeline.fold.FoldModel;
import org.protpred.pipeline.fold.FoldTrainingRecipe;
import org.protpred.pipeline.fold.FoldTraining;
import org.protpred.pipeline.task.TaskTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code protpred train fold}: the DeepSF-style fold network on the SCOPe 2.07 40% training split. */
@Command(name = "fold", mixinStandardHelpOptions = true,
        description = {"Train the SCOP fold classifier: a DeepSF-style 1-D deep CNN (two towers of masked "
                + "convolutions with batch normalisation, k-max pooling, a dense layer, softmax over the folds) on "
                + "the SCOPe 2.07 40%% training split (seed 20070: 10,396 train / 1,409 validation / 1,409 test), "
                + "batches of one length bin each, the epoch chosen by top-1 accuracy on the validation split.",
            "The model file also holds the training domains (sequences and folds, gzip-compressed) for the "
                + "alignment search, and the weight of the CNN + alignment combination fitted on the validation "
                + "split.",
            "Example: protpred train fold --epochs 12 --features with-ss --checkpoint-dir runs/fold "
                + "--run-dir runs/fold -o fold-deepsf.zip"})
final class FoldTrainCommand implements Callable<Integer> {
    @Mixin
    TrainCommand.TrainingOptions training;

    @Option(names = "--data", paramLabel = "FILE",
            description = "SCOPe ASTRAL FASTA; default $PROTPRED_DATA/" + ScopeDataset.FOLDER + "/"
                    + ScopeDataset.FILE + ".")
    Path data;

    @Option(names = "--features", defaultValue = FoldFeatures.WITH_SS, paramLabel = "SPEC",
            description = "single-sequence (one-hot, physico-chemical, position, length: 34 columns), with-ss "
                    + "(plus predicted 3- and 8-state secondary structure: 45) or a spec name/JSON file "
                    + "(default: ${DEFAULT-VALUE}).")
    String features;

    @Option(names = "--batch-size", converter = OptionValues.AtLeastOne.class, defaultValue = "50", description = "Most domains per batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--bin-width", converter = OptionValues.AtLeastOne.class, defaultValue = "15", description = "Length-bin width (default: ${DEFAULT-VALUE}).")
    int binWidth;

    @Option(names = "--limit", converter = OptionValues.NonNegative.class, defaultValue = "0", paramLabel = "N",
            description = "Use only the first N training domains (quick runs); 0 = all.")
    int limit;

    @Option(names = "--layers", converter = OptionValues.AtLeastOne.class, defaultValue = "10", description = "Convolutions per tower (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--filters", converter = OptionValues.AtLeastOne.class, defaultValue = "10", description = "Filters per convolution (default: ${DEFAULT-VALUE}).")
    int filters;

    @Option(names = "--kernels", converter = OptionValues.AtLeastOne.class, defaultValue = "6,10", split = ",",
            description = "Kernel size of each tower (default: ${DEFAULT-VALUE}).")
    List<Integer> kernels;

    @Option(names = "--k", converter = OptionValues.AtLeastOne.class, defaultValue = "30", description = "k of the k-max pooling (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--dense", converter = OptionValues.AtLeastOne.class, defaultValue = "500", description = "Units of the dense layer (default: ${DEFAULT-VALUE}).")
    int dense;

    /** Activations the dense layer may use. */
    enum DenseActivation {
        relu(org.nd4j.linalg.activations.Activation.RELU),
        sigmoid(org.nd4j.linalg.activations.Activation.SIGMOID),
        tanh(org.nd4j.linalg.activations.Activation.TANH);

        final org.nd4j.linalg.activations.Activation activation;

        DenseActivation(org.nd4j.linalg.activations.Activation activation) {
            this.activation = activation;
        }
    }

    @Option(names = "--dense-activation", defaultValue = "relu", paramLabel = "relu|sigmoid|tanh",
            description = "Activation of the dense layer; DeepSF used sigmoid (default: ${DEFAULT-VALUE}).")
    DenseActivation denseActivation;

    @Option(names = "--dropout", converter = OptionValues.DropProbability.class, defaultValue = "0.2", description = "Dropout probability (default: ${DEFAULT-VALUE}).")
    double dropout;

    @Option(names = "--l2", converter = OptionValues.NonNegativeReal.class, defaultValue = "0", description = "L2 weight decay (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--learning-rate", converter = OptionValues.Positive.class, defaultValue = "0.001", description = "Nadam learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--threads", converter = OptionValues.NonNegative.class, defaultValue = "0",
            description = "Threads of the alignment search after training; 0 = all cores (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--search-depth", converter = OptionValues.AtLeastOne.class, defaultValue = "500",
            paramLabel = "N", description = "Most prefiltered training domains the alignment search aligns per query; "
                    + "recorded in the model, which fits its combination at this depth (default: ${DEFAULT-VALUE}).")
    int searchDepth;

    @Option(names = "--refit-combination", paramLabel = "MODEL",
            description = "Do not train: fit the CNN + alignment combination of an existing fold model anew on the "
                    + "validation split (as training ends) and write the model with the new weights to -o.")
    Path refit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() {
        java.io.PrintWriter err = commandSpec.commandLine().getErr();
        Consumer<String> log = line -> {
            err.println(line);
            err.flush();
        };
        int searchThreads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        String command = "protpred " + String.join(" ", commandSpec.commandLine().getParseResult().originalArgs());
        FoldTrainingRecipe recipe;
        TrainerConfig config;
        FeatureSpec spec = FoldFeatures.spec(features);
        if (limit < 0 || batchSize < 1 || binWidth < 1) {
            throw new InputException("--limit must be >= 0, --batch-size and --bin-width >= 1");
        }
        ScopeDataset scope = data != null ? new ScopeDataset(data) : ScopeDataset.shared();
        FoldData.Parts parts = FoldData.split(scope);
        if (refit != null) {
            return refit(parts, log, searchThreads, command);
        }
        List<String> folds = FoldData.folds(parts.train());
        DeepSfNetworkConfig network;
        try {
            network = DeepSfNetworkConfig.builder(spec.width(), folds.size())
                    .kernelSizes(kernels.stream().mapToInt(Integer::intValue).toArray()).layersPerTower(layers)
                    .filters(filters).k(k).denseSize(dense).dropout(dropout).l2(l2).learningRate(learningRate)
                    .denseActivation(denseActivation.activation).seed(training.seed).build();
        } catch (IllegalArgumentException e) {
            throw new InputException("network options: " + e.getMessage());
        }
        recipe = new FoldTrainingRecipe(spec, network, folds, new LengthBins(binWidth, LengthBins.DEFAULT_MIN_PADDED),
                batchSize);
        config = training.trainer("train fold").validationMetric(recipe.validationMetric()).log(log).build();
        FeatureCache cache = FeatureCache.standard().onProgress(config.log());
        TaskTraining.Outcome outcome = TaskTraining.train(parts.train(), parts.validation(), recipe, limit, config,
                cache, config.log());
        FoldTraining.Finished finished = FoldTraining.finish(outcome, recipe, parts, cache, limit, searchThreads,
                searchDepth, log);
        TaskTraining.save(training.output, outcome, recipe, training.seed, command, finished.extra(),
                finished.entries());
        commandSpec.commandLine().getOut().printf(Locale.ROOT,
                "wrote %s: validation top-1 %.4f (epoch %d of %d run), %.0f s; %s%n", training.output,
                outcome.result().bestScore(), outcome.result().bestEpoch(), outcome.result().epochsRun(),
                outcome.seconds(), finished.summary());
        commandSpec.commandLine().getOut().flush();
        return 0;
    }

    private int refit(FoldData.Parts parts, Consumer<String> log, int searchThreads, String command) {
        FoldModel model = FoldModel.load(refit, FoldMethod.CNN, searchThreads).withSearchDepth(searchDepth);
        if (model.library() == null) {
            throw InputException.at(refit, "holds no alignment library, so it has no combination to fit");
        }
        FoldTraining.Finished fitted = FoldTraining.fitCombination(model, parts,
                FeatureCache.standard().onProgress(log), searchThreads, log);
        Map<String, String> extra = new LinkedHashMap<>(fitted.extra());
        extra.put("combinationCommand", command);
        ModelFile.rewriteMetadata(refit, training.output, extra);
        commandSpec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %s%n", training.output, fitted.summary());
        commandSpec.commandLine().getOut().flush();
        return 0;
    }
}
