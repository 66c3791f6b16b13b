package org.protpred.pipeline.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.protpred.models.core.InputException;
import org.protpred.models.core.train.TrainerConfig;
import org.protpred.models.ss.SsNetworkConfig;
import org.protpred.pipeline.data.FeatureCache;
import org.protpred.pipeline.data.NetSurfP2Dataset;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.ss.SsTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code protpred train}: trains a model; one subcommand per predictor ({@code ss}, ...). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model on the shared data sets (see PROTPRED_DATA).",
        subcommands = {TrainCommand.Ss.class})
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** Options every {@code train} subcommand shares: the training loop, checkpoints and the output file. */
    public static final class TrainingOptions {
        @Option(names = "--epochs", defaultValue = "10", description = "Most epochs (default: ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--patience", defaultValue = "3",
                description = "Stop after this many epochs without a better validation score; 0 = never "
                        + "(default: ${DEFAULT-VALUE}).")
        int patience;

        @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--checkpoint-dir", paramLabel = "DIR",
                description = "Write checkpoint.zip here after every epoch.")
        Path checkpointDir;

        @Option(names = "--resume", description = "Continue from the checkpoint in --checkpoint-dir.")
        boolean resume;

        @Option(names = "--run-dir", paramLabel = "DIR",
                description = "Write the training curve (training-curve.csv/.png) here.")
        Path runDir;

        @Option(names = {"-o", "--output"}, paramLabel = "MODEL", required = true,
                description = "Model file to write.")
        Path output;

        /** The core trainer's settings for these options. */
        TrainerConfig.Builder trainer(String label) {
            if (epochs < 1) {
                throw new InputException("--epochs must be at least 1, not " + epochs);
            }
            if (patience < 0) {
                throw new InputException("--patience must be 0 or more, not " + patience);
            }
            if (resume && checkpointDir == null) {
                throw new InputException("--resume needs --checkpoint-dir DIR");
            }
            return TrainerConfig.builder().epochs(epochs).patience(patience).seed(seed).checkpointDir(checkpointDir)
                    .resume(resume).runDir(runDir).label(label);
        }
    }

    /** {@code protpred train ss}: the 3-state secondary-structure network on NetSurfP-2.0. */
    @Command(name = "ss", mixinStandardHelpOptions = true,
            description = {"Train the 3-state secondary-structure network (bidirectional LSTM over per-residue "
                    + "features) on the NetSurfP-2.0 training split, choosing the epoch by Q3 on its validation "
                    + "split. Unresolved residues count neither in the loss nor in the scores.",
                "Example: protpred train ss --epochs 8 --checkpoint-dir runs/ss -o ss3-birnn.zip"})
    static final class Ss implements Callable<Integer> {
        @Mixin
        TrainingOptions training;

        @Option(names = "--data", paramLabel = "DIR",
                description = "NetSurfP-2.0 folder (sequences.fasta, sampled.fasta, mask.fasta); default "
                        + "$PROTPRED_DATA/" + NetSurfP2Dataset.FOLDER + ".")
        Path data;

        @Option(names = "--features", defaultValue = "single-sequence", paramLabel = "SPEC",
                description = "Feature spec: a name (single-sequence, profile) or a JSON file "
                        + "(default: ${DEFAULT-VALUE}).")
        String features;

        @Option(names = "--batch-size", defaultValue = "32", description = "Chains per batch (default: ${DEFAULT-VALUE}).")
        int batchSize;

        @Option(names = "--crop", defaultValue = "128", paramLabel = "N",
                description = "Train on one random window of at most N residues per chain and epoch; 0 = whole "
                        + "chains (default: ${DEFAULT-VALUE}).")
        int crop;

        @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
                description = "Use only the first N training chains (quick runs); 0 = all.")
        int limit;

        @Option(names = "--conv-layers", defaultValue = "2", description = "Convolutions before the LSTM (default: ${DEFAULT-VALUE}).")
        int convLayers;

        @Option(names = "--conv-channels", defaultValue = "64", description = "Channels per convolution (default: ${DEFAULT-VALUE}).")
        int convChannels;

        @Option(names = "--conv-kernel", defaultValue = "11", description = "Convolution window, odd (default: ${DEFAULT-VALUE}).")
        int convKernel;

        @Option(names = "--lstm-layers", defaultValue = "1", description = "Bidirectional LSTM layers (default: ${DEFAULT-VALUE}).")
        int lstmLayers;

        @Option(names = "--lstm-size", defaultValue = "32", description = "LSTM units per direction (default: ${DEFAULT-VALUE}).")
        int lstmSize;

        @Option(names = "--dropout", defaultValue = "0", description = "Dropout probability (default: ${DEFAULT-VALUE}).")
        double dropout;

        @Option(names = "--learning-rate", defaultValue = "0.002", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
        double learningRate;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec commandSpec;

        @Option(names = "--lr-drop-epoch", defaultValue = "0", paramLabel = "K",
                description = "From epoch K+1 on, multiply the learning rate by --lr-drop-factor; 0 = constant "
                        + "(default: ${DEFAULT-VALUE}).")
        int lrDropEpoch;

        @Option(names = "--lr-drop-factor", defaultValue = "0.25", paramLabel = "F",
                description = "Learning-rate factor after --lr-drop-epoch (default: ${DEFAULT-VALUE}).")
        double lrDropFactor;

        @Override
        public Integer call() {
            java.io.PrintWriter err = commandSpec.commandLine().getErr();
            TrainerConfig config = training.trainer("train ss").validationMetric(SsTraining.q3())
                    .log(line -> {
                        err.println(line);
                        err.flush();
                    }).build();
            if (batchSize < 1) {
                throw new InputException("--batch-size must be at least 1, not " + batchSize);
            }
            if (dropout < 0 || dropout >= 1) {
                throw new InputException("--dropout must be in [0, 1), not " + dropout);
            }
            FeatureSpec spec = FeatureSpec.load(features);
            SsNetworkConfig network;
            try {
                network = new SsNetworkConfig(spec.width(), convLayers, convChannels, convKernel, lstmLayers,
                        lstmSize, false, 1 - dropout, learningRate, 1e-5, training.seed, lrDropEpoch, lrDropFactor);
            } catch (IllegalArgumentException e) {
                throw new InputException("network options: " + e.getMessage());
            }
            SsTraining.Settings settings = new SsTraining.Settings(spec, network, batchSize, crop, limit);
            NetSurfP2Dataset train = data != null ? NetSurfP2Dataset.of(data, NetSurfP2Dataset.Split.TRAIN)
                    : NetSurfP2Dataset.standard(NetSurfP2Dataset.Split.TRAIN);
            NetSurfP2Dataset validation = data != null ? NetSurfP2Dataset.of(data, NetSurfP2Dataset.Split.VALIDATION)
                    : NetSurfP2Dataset.standard(NetSurfP2Dataset.Split.VALIDATION);
            FeatureCache cache = FeatureCache.standard().onProgress(config.log());
            SsTraining.Outcome outcome = SsTraining.train(train, validation, settings, config, cache,
                    config.log());
            String command = "protpred " + String.join(" ",
                    commandSpec.commandLine().getParseResult().originalArgs());
            SsTraining.save(training.output, outcome, settings, training.seed, command);
            commandSpec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: validation Q3 %.4f (epoch %d of %d run), %.0f s%n",
                    training.output, outcome.result().bestScore(), outcome.result().bestEpoch(),
                    outcome.result().epochsRun(), outcome.seconds());
            commandSpec.commandLine().getOut().flush();
            return 0;
        }
    }
}
