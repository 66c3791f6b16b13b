package org.protpred.pipeline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.protpred.models.core.InputException;
import org.protpred.models.core.train.TrainerConfig;
import org.protpred.models.ss.SsNetworkConfig;
import org.protpred.pipeline.data.FeatureCache;
import org.protpred.pipeline.data.NetSurfP2Dataset;
import org.protpred.pipeline.data.PiscesDataset;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.ss.SsAlphabet;
import org.protpred.pipeline.ss.SsTask;
import org.protpred.pipeline.ss.SsTrainingRecipe;
import org.protpred.pipeline.task.TaskTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code protpred train}: trains a model; one subcommand per predictor ({@code ss}, ...). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model on the shared data sets (see PROTPRED_DATA).",
        subcommands = {TrainCommand.Ss.class, TrainCommand.Contacts.class, FoldTrainCommand.class})
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** Options every {@code train} subcommand shares: the training loop, checkpoints and the output file. */
    public static final class TrainingOptions {
        @Option(names = "--epochs", converter = OptionValues.AtLeastOne.class, defaultValue = "10", description = "Most epochs (default: ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--patience", converter = OptionValues.NonNegative.class, defaultValue = "3",
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
            if (resume && checkpointDir == null) {
                throw new InputException("--resume needs --checkpoint-dir DIR");
            }
            return TrainerConfig.builder().epochs(epochs).patience(patience).seed(seed).checkpointDir(checkpointDir)
                    .resume(resume).runDir(runDir).label(label);
        }
    }

    /**
     * {@code protpred train ss}: the secondary-structure network, 3-state on NetSurfP-2.0 or 8-state on PISCES
     * without homologs of the test sets.
     */
    @Command(name = "ss", mixinStandardHelpOptions = true,
            description = {"Train the secondary-structure network (bidirectional LSTM over per-residue features).",
                "3 states (default): on the NetSurfP-2.0 training split, choosing the epoch by Q3 on its validation "
                    + "split. Unresolved residues count neither in the loss nor in the scores.",
                "8 states (--states 8): on the PISCES 25%% chains with DSSP 8-state labels, less every chain "
                    + "with >= 25%% identity (Smith-Waterman, over the shorter chain) to a chain of the test sets "
                    + "(--homologs-of), of which a seeded 10%% (seed " + SsTask.SPLIT_SEED + ") validate: "
                    + "the epoch is chosen by Q8 there.",
                "Example: protpred train ss --epochs 8 --checkpoint-dir runs/ss -o ss3-birnn.zip",
                "Example: protpred train ss --states 8 --epochs 8 --checkpoint-dir runs/ss8 -o ss8-birnn.zip"})
    static final class Ss implements Callable<Integer> {
        @Mixin
        TrainingOptions training;

        @Option(names = "--states", defaultValue = "3", paramLabel = "3|8",
                description = "3 (H/E/C, NetSurfP-2.0) or 8 (DSSP states, PISCES) (default: ${DEFAULT-VALUE}).")
        int states;

        @Option(names = "--data", paramLabel = "PATH",
                description = "3 states: NetSurfP-2.0 folder (sequences.fasta, sampled.fasta, mask.fasta); default "
                        + "$PROTPRED_DATA/" + NetSurfP2Dataset.FOLDER + ". 8 states: PISCES JSON file; default "
                        + "$PROTPRED_DATA/" + PiscesDataset.FOLDER + "/" + PiscesDataset.FILE + ".")
        Path data;

        @Option(names = "--homologs-of", paramLabel = "SET|FILE", split = ",",
                defaultValue = "cb513,ts115,netsurfp2-test",
                description = "8 states: leave out training chains homologous to these sets (names as for eval ss, "
                        + "or FASTA files); 'none' keeps all (default: ${DEFAULT-VALUE}).")
        List<String> homologsOf;

        @Option(names = "--features", defaultValue = "single-sequence", paramLabel = "SPEC",
                description = "Feature spec: a name (single-sequence, profile) or a JSON file "
                        + "(default: ${DEFAULT-VALUE}).")
        String features;

        @Option(names = "--batch-size", converter = OptionValues.AtLeastOne.class, defaultValue = "32", description = "Chains per batch (default: ${DEFAULT-VALUE}).")
        int batchSize;

        @Option(names = "--crop", converter = OptionValues.NonNegative.class, defaultValue = "128", paramLabel = "N",
                description = "Train on one random window of at most N residues per chain and epoch; 0 = whole "
                        + "chains (default: ${DEFAULT-VALUE}).")
        int crop;

        @Option(names = "--limit", converter = OptionValues.NonNegative.class, defaultValue = "0", paramLabel = "N",
                description = "Use only the first N training chains (quick runs); 0 = all.")
        int limit;

        @Option(names = "--conv-layers", converter = OptionValues.NonNegative.class, defaultValue = "2", description = "Convolutions before the LSTM (default: ${DEFAULT-VALUE}).")
        int convLayers;

        @Option(names = "--conv-channels", converter = OptionValues.AtLeastOne.class, defaultValue = "64", description = "Channels per convolution (default: ${DEFAULT-VALUE}).")
        int convChannels;

        @Option(names = "--conv-kernel", converter = OptionValues.AtLeastOne.class, defaultValue = "11", description = "Convolution window, odd (default: ${DEFAULT-VALUE}).")
        int convKernel;

        @Option(names = "--lstm-layers", converter = OptionValues.NonNegative.class, defaultValue = "1", description = "Bidirectional LSTM layers (default: ${DEFAULT-VALUE}).")
        int lstmLayers;

        @Option(names = "--lstm-size", converter = OptionValues.AtLeastOne.class, defaultValue = "32", description = "LSTM units per direction (default: ${DEFAULT-VALUE}).")
        int lstmSize;

        @Option(names = "--dropout", converter = OptionValues.DropProbability.class, defaultValue = "0", description = "Dropout probability (default: ${DEFAULT-VALUE}).")
        double dropout;

        @Option(names = "--learning-rate", converter = OptionValues.Positive.class, defaultValue = "0.002", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
        double learningRate;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec commandSpec;

        @Option(names = "--lr-drop-epoch", converter = OptionValues.NonNegative.class, defaultValue = "0", paramLabel = "K",
                description = "From epoch K+1 on, multiply the learning rate by --lr-drop-factor; 0 = constant "
                        + "(default: ${DEFAULT-VALUE}).")
        int lrDropEpoch;

        @Option(names = "--lr-drop-factor", converter = OptionValues.Positive.class, defaultValue = "0.25", paramLabel = "F",
                description = "Learning-rate factor after --lr-drop-epoch (default: ${DEFAULT-VALUE}).")
        double lrDropFactor;

        @Override
        public Integer call() {
            java.io.PrintWriter err = commandSpec.commandLine().getErr();
            if (states != 3 && states != 8) {
                throw new InputException("--states must be 3 or 8, not " + states);
            }
            SsAlphabet alphabet = SsAlphabet.ofStates(states);
            TrainerConfig config = training.trainer(alphabet == SsAlphabet.EIGHT ? "train ss8" : "train ss")
                    .validationMetric(SsTrainingRecipe.q3())
                    .log(line -> {
                        err.println(line);
                        err.flush();
                    }).build();
            FeatureSpec spec = FeatureSpec.load(features);
            SsNetworkConfig network;
            try {
                network = SsNetworkConfig.builder(spec.width()).convLayers(convLayers).convChannels(convChannels)
                        .convKernel(convKernel).lstmLayers(lstmLayers).lstmSize(lstmSize).dropoutRetain(1 - dropout)
                        .learningRate(learningRate).l2(1e-5).seed(training.seed)
                        .learningRateDrop(lrDropEpoch, lrDropFactor).outputStates(states).build();
            } catch (IllegalArgumentException e) {
                throw new InputException("network options: " + e.getMessage());
            }
            SsTrainingRecipe recipe = new SsTrainingRecipe(spec, network, batchSize, crop);
            FeatureCache cache = FeatureCache.standard().onProgress(config.log());
            SsTask.TrainingData data = SsTask.trainingData(alphabet, this.data, homologsOf, cache.directory(),
                    config.log());
            TaskTraining.Outcome outcome = TaskTraining.train(data.train(), data.validation(), recipe, limit, config,
                    cache, config.log());
            String command = "protpred " + String.join(" ",
                    commandSpec.commandLine().getParseResult().originalArgs());
            TaskTraining.save(training.output, outcome, recipe, training.seed, command);
            commandSpec.commandLine().getOut().printf(Locale.ROOT,
                    "wrote %s: validation Q%d %.4f (epoch %d of %d run), %.0f s%n",
                    training.output, states, outcome.result().bestScore(), outcome.result().bestEpoch(),
                    outcome.result().epochsRun(), outcome.seconds());
            commandSpec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code protpred train contacts}: boosted deep belief networks over sampled residue pairs. */
    @Command(name = "contacts", mixinStandardHelpOptions = true,
            description = {"Train a contact model (DNcon-style): pairs sampled from the training structures (all "
                    + "contacts, --negatives non-contacts per contact in each separation range and chain), features "
                    + "scaled to [0, 1], deep belief networks (RBMs pretrained by CD-1, unrolled, fine-tuned) "
                    + "boosted by AdaBoost with weighted resampling, written as one weighted ensemble.",
                "Single-sequence mode trains on BM5 (INDEX.tsv identity < 0.3 to PSICOV150), TS50 and the Pfam40 "
                    + "structures less every homolog of a PSICOV150/CASP13 chain and duplicates; a seeded 10%% of "
                    + "the chains validate (long-range top-L/5 precision of every member, the ensemble and, with "
                    + "--compare-random, member 1 trained from random weights).",
                "Example: protpred train contacts --rounds 3 -o contacts-single.zip"})
    static final class Contacts implements Callable<Integer> {
        @Option(names = "--mode", defaultValue = "single", paramLabel = "single|msa",
                description = "single (sequence alone) or msa (default: ${DEFAULT-VALUE}).")
        String mode;

        @Option(names = "--hidden", converter = OptionValues.AtLeastOne.class, defaultValue = "200,100", split = ",",
                description = "Hidden layer sizes (default: ${DEFAULT-VALUE}).")
        int[] hidden;

        @Option(names = "--pretrain-epochs", converter = OptionValues.AtLeastOne.class, defaultValue = "2", description = "CD epochs per RBM (default: ${DEFAULT-VALUE}).")
        int pretrainEpochs;

        @Option(names = "--epochs", converter = OptionValues.AtLeastOne.class, defaultValue = "3", description = "Fine-tuning epochs per member (default: ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--batch-size", converter = OptionValues.AtLeastOne.class, defaultValue = "256", description = "Minibatch size (default: ${DEFAULT-VALUE}).")
        int batchSize;

        @Option(names = "--learning-rate", converter = OptionValues.Positive.class, defaultValue = "0.001", description = "Adam learning rate of fine-tuning (default: ${DEFAULT-VALUE}).")
        double learningRate;

        @Option(names = "--rounds", converter = OptionValues.AtLeastOne.class, defaultValue = "3", description = "Boosting rounds = most members (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--negatives", defaultValue = "2", paramLabel = "RATIO",
                description = "Non-contacts sampled per contact, per range and chain (default: ${DEFAULT-VALUE}).")
        double negatives;

        @Option(names = "--fraction", defaultValue = "1", paramLabel = "F",
                description = "Share of the training chains used, for learning curves (default: ${DEFAULT-VALUE}).")
        double fraction;

        @Option(names = "--validation", defaultValue = "0.1", paramLabel = "F",
                description = "Share of the chains that validate (default: ${DEFAULT-VALUE}).")
        double validation;

        @Option(names = "--window", converter = OptionValues.NonNegative.class, defaultValue = "2", paramLabel = "W",
                description = "single: residues on each side of i and j in the pair windows (default: ${DEFAULT-VALUE}).")
        int window;

        @Option(names = "--limit", converter = OptionValues.NonNegative.class, defaultValue = "0", paramLabel = "N",
                description = "msa: use only the first N Pfam40 domains (quick runs); 0 = all.")
        int limit;

        @Option(names = "--folds", converter = OptionValues.AtLeastOne.class, defaultValue = "5",
                description = "msa: leave-families-out cross-validation folds over the Pfam40 domains before the "
                        + "final model is trained on all of them; 0 = none (default: ${DEFAULT-VALUE}).")
        int folds;

        @Option(names = "--compare-random", description = "Also train member 1 from random weights and report it.")
        boolean compareRandom;

        @Option(names = "--ensemble", defaultValue = "boost", paramLabel = "boost|seeds",
                description = "How the --rounds members are made: boost (AdaBoost on resamples) or seeds "
                        + "(the same sample, seeds SEED, SEED+1, ..., averaged with equal weights) "
                        + "(default: ${DEFAULT-VALUE}).")
        Ensemble ensemble;

        /** How the members of a contact model are made. */
        enum Ensemble { boost, seeds }

        @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "contacts-run",
                description = "Folder for the member files (default: ${DEFAULT-VALUE}).")
        Path workDir;

        @Option(names = {"-o", "--output"}, paramLabel = "MODEL", required = true, description = "Model file to write.")
        Path output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec commandSpec;

        @Override
        public Integer call() {
            java.io.PrintWriter err = commandSpec.commandLine().getErr();
            java.util.function.Consumer<String> log = line -> {
                err.println(line);
                err.flush();
            };
            if (!mode.equals("single") && !mode.equals("msa")) {
                throw new InputException("--mode must be single or msa, not '" + mode + "'");
            }
            if (!(fraction > 0 && fraction <= 1) || !(validation >= 0 && validation < 1)) {
                throw new InputException("--fraction must be in (0, 1] and --validation in [0, 1)");
            }
            if (rounds < 1 || epochs < 1 || pretrainEpochs < 1 || batchSize < 1 || !(negatives > 0)) {
                throw new InputException("--rounds, --epochs, --pretrain-epochs, --batch-size and --negatives must "
                        + "be positive");
            }
            if (mode.equals("msa")) {
                return trainMsa(log);
            }
            org.protpred.pipeline.contacts.ContactTraining.Chains chains =
                    org.protpred.pipeline.contacts.ContactTraining.singleSequenceChains(validation, fraction,
                            org.protpred.pipeline.contacts.ContactTraining.SPLIT_SEED, log);
            String command = "protpred " + String.join(" ", commandSpec.commandLine().getParseResult().originalArgs());
            var outcome = org.protpred.pipeline.contacts.ContactTraining.train(chains,
                    org.protpred.pipeline.contacts.ContactTraining.singleSequenceSpec(window),
                    new org.protpred.pipeline.contacts.ContactTraining.Settings(hidden, pretrainEpochs, epochs,
                            batchSize, learningRate, rounds, negatives, seed, compareRandom,
                            ensemble == Ensemble.seeds),
                    output, workDir, command, log);
            commandSpec.commandLine().getOut().println(outcome.summary());
            commandSpec.commandLine().getOut().flush();
            return 0;
        }
    
        private Integer trainMsa(java.util.function.Consumer<String> log) {
            java.util.List<org.protpred.pipeline.protein.ProteinRecord> domains =
                    org.protpred.pipeline.contacts.ContactTraining.pfam40Scored();
            if (limit > 0 && limit < domains.size()) {
                domains = domains.subList(0, limit);
            }
            var spec = org.protpred.pipeline.contacts.ContactTraining.msaSpec();
            var settings = new org.protpred.pipeline.contacts.ContactTraining.Settings(hidden, pretrainEpochs, epochs,
                    batchSize, learningRate, rounds, negatives, seed, false,
                    ensemble == Ensemble.seeds);
            java.util.Map<String, String> counts = new java.util.LinkedHashMap<>();
            counts.put("trainChains", Integer.toString(domains.size()));
            counts.put("trainData", "pfam40 (all 40 domains, residues with an alignment column)");
            org.protpred.pipeline.contacts.ContactTraining.Sample all = null;
            long start = System.nanoTime();
            if (folds > 0) {
                var cv = org.protpred.pipeline.contacts.ContactTraining.crossValidate(domains, spec, settings, folds,
                        workDir.resolve("cv"), log);
                commandSpec.commandLine().getOut().print(cv.report());
                double[][] m = org.protpred.pipeline.contacts.ContactEvaluator.mean(cv.model(), false);
                double[][] d = org.protpred.pipeline.contacts.ContactEvaluator.mean(cv.dca(), false);
                counts.put("crossValidationFolds", Integer.toString(folds));
                counts.put("crossValidationLongL5", String.format(Locale.ROOT, "%.4f", m[2][1]));
                counts.put("crossValidationLongL5DcaAlone", String.format(Locale.ROOT, "%.4f", d[2][1]));
                counts.put("crossValidationShortL5", String.format(Locale.ROOT, "%.4f", m[0][1]));
                counts.put("crossValidationMediumL5", String.format(Locale.ROOT, "%.4f", m[1][1]));
                all = cv.all();   // the same per-domain samples (seed + domain index) train the final model
            }
            String command = "protpred " + String.join(" ", commandSpec.commandLine().getParseResult().originalArgs());
            var chains = new org.protpred.pipeline.contacts.ContactTraining.Chains(domains, java.util.List.of(),
                    counts);
            if (all == null) {
                java.util.List<org.protpred.pipeline.contacts.ContactTraining.Sample> parts = new java.util.ArrayList<>();
                for (int n = 0; n < domains.size(); n++) {
                    parts.add(org.protpred.pipeline.contacts.ContactTraining.sample(java.util.List.of(domains.get(n)),
                            spec, negatives, seed + n, line -> { }));
                }
                all = org.protpred.pipeline.contacts.ContactTraining.concat(parts);
            }
            var outcome = org.protpred.pipeline.contacts.ContactTraining.train(all, chains, spec, settings, output,
                    workDir.resolve("final"), command, log, start);
            commandSpec.commandLine().getOut().println(outcome.summary());
            commandSpec.commandLine().getOut().flush();
            return 0;
        }
    }
}
