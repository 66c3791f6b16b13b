package org.protpred.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;
import org.protpred.models.data.MnistData;
import org.protpred.models.data.MnistDownload;
import org.protpred.models.demo.IrisDemo;
import org.protpred.models.demo.LinearRegressionDemo;
import org.protpred.models.demo.LogisticRegressionDemo;
import org.protpred.models.demo.MnistDemo;
import org.protpred.models.demo.PerceptronDemo;
import org.protpred.models.demo.SoftmaxRegressionDemo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code protpred demo NAME}: the classic deep-learning examples, from gradient descent written by hand to a
 * convolutional network. Each prints its figure on the last line of standard output (classifiers:
 * {@code test accuracy: 0.XXXX}); training progress goes to standard error.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Classic deep-learning demos: linear, logistic, perceptron, softmax, iris, mnist.",
        subcommands = {
            DemoCommand.Linear.class,
            DemoCommand.Logistic.class,
            DemoCommand.Perceptron.class,
            DemoCommand.Softmax.class,
            DemoCommand.Iris.class,
            DemoCommand.Mnist.class
        })
public final class DemoCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand (the demo's name)");
    }

    /** Standard output of a subcommand. */
    static PrintWriter out(CommandLine.Model.CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    /** Log lines to standard error, flushed one by one. */
    static Consumer<String> log(CommandLine.Model.CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        return line -> {
            err.println(line);
            err.flush();
        };
    }

    /** The MNIST folder: {@code --data DIR}, else {@code $PROTPRED_DATA/mnist}; with download, fetches it first. */
    static Path mnistFolder(Path option, boolean download, Consumer<String> log) {
        Path folder = option;
        if (folder == null) {
            folder = DataLocation.folder("mnist").orElse(null);
        }
        if (folder == null && download) {
            folder = DataLocation.root().map(r -> r.resolve("mnist")).orElseThrow(() -> new InputException(
                    "--download: no data folder to download into: give --data DIR or set " + DataLocation.VARIABLE));
        }
        if (folder == null) {
            throw new InputException("MNIST data folder not found: give --data DIR or set " + DataLocation.VARIABLE
                    + " (the folder holding mnist/); " + MnistData.whereToGet(Path.of("<DIR>")));
        }
        if (download && !MnistData.isComplete(folder)) {
            new MnistDownload(log).into(folder);
        }
        return folder;
    }

    /** {@code demo linear}. */
    @Command(name = "linear", mixinStandardHelpOptions = true,
            description = "Linear regression y = W x + b by gradient descent with hand-written gradients "
                    + "(TensorFlow getting-started example); last line: W, b and loss.")
    static final class Linear implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--rate", converter = OptionValues.Positive.class, defaultValue = "0.01", description = "Learning rate (default ${DEFAULT-VALUE}).")
        double rate;

        @Option(names = "--steps", converter = OptionValues.AtLeastOne.class, defaultValue = "1000", description = "Gradient steps (default ${DEFAULT-VALUE}).")
        int steps;

        @Option(names = "--loss", defaultValue = "sum", converter = LossConverter.class,
                description = "sum or mean of the squared errors (default ${DEFAULT-VALUE}).")
        LinearRegressionDemo.Loss loss;

        @Override
        public void run() {
            LinearRegressionDemo.run(new LinearRegressionDemo.Config(rate, steps, loss), out(spec));
        }
    }

    /** {@code demo logistic}. */
    @Command(name = "logistic", mixinStandardHelpOptions = true,
            description = "Binary logistic regression from first principles (sigmoid and cross-entropy gradients): "
                    + "Iris versicolor vs virginica.")
    static final class Logistic implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--rate", converter = OptionValues.Positive.class, defaultValue = "0.5", description = "Learning rate (default ${DEFAULT-VALUE}).")
        double rate;

        @Option(names = "--steps", converter = OptionValues.AtLeastOne.class, defaultValue = "1000", description = "Gradient steps (default ${DEFAULT-VALUE}).")
        int steps;

        @Override
        public void run() {
            LogisticRegressionDemo.run(new LogisticRegressionDemo.Config(rate, steps), out(spec));
        }
    }

    /** {@code demo perceptron}. */
    @Command(name = "perceptron", mixinStandardHelpOptions = true,
            description = "Rosenblatt's perceptron learning rule: Iris setosa vs the other species.")
    static final class Perceptron implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--rate", converter = OptionValues.Positive.class, defaultValue = "0.1", description = "Learning rate (default ${DEFAULT-VALUE}).")
        double rate;

        @Option(names = "--max-epochs", converter = OptionValues.AtLeastOne.class, defaultValue = "100",
                description = "Stop after this many epochs if not converged (default ${DEFAULT-VALUE}).")
        int maxEpochs;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the visiting order (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public void run() {
            PerceptronDemo.run(new PerceptronDemo.Config(rate, maxEpochs, seed), out(spec));
        }
    }

    /** {@code demo softmax}. */
    @Command(name = "softmax", mixinStandardHelpOptions = true,
            description = "Softmax (multi-class logistic) regression 784 -> 10 on MNIST, from first principles.")
    static final class Softmax implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR", description = "Folder with the four MNIST IDX files "
                + "(raw or .gz); default: $PROTPRED_DATA/mnist.")
        Path data;

        @Option(names = "--download", description = "Download missing MNIST files into the data folder first.")
        boolean download;

        @Option(names = "--epochs", converter = OptionValues.AtLeastOne.class, defaultValue = "5", description = "Epochs (default ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--batch", converter = OptionValues.AtLeastOne.class, defaultValue = "100", description = "Batch size (default ${DEFAULT-VALUE}).")
        int batch;

        @Option(names = "--rate", converter = OptionValues.Positive.class, defaultValue = "0.5", description = "Learning rate (default ${DEFAULT-VALUE}).")
        double rate;

        @Option(names = "--seed", defaultValue = "42", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public void run() {
            Path folder = mnistFolder(data, download, log(spec));
            SoftmaxRegressionDemo.run(new SoftmaxRegressionDemo.Config(folder, epochs, batch, rate, seed), out(spec));
        }
    }

    /** {@code demo iris}. */
    @Command(name = "iris", mixinStandardHelpOptions = true,
            description = "DNN classifier 4 -> 10 -> 20 -> 10 -> 3 on Fisher's Iris (TensorFlow DNNClassifier "
                    + "example), fixed stratified 120/30 split; classifies two new flowers.")
    static final class Iris implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of split, weights and order (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--epochs", converter = OptionValues.AtLeastOne.class, defaultValue = "300", description = "Epochs (default ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--rate", converter = OptionValues.Positive.class, defaultValue = "0.003", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
        double rate;

        @Option(names = "--hidden", converter = OptionValues.AtLeastOne.class, split = ",", defaultValue = "10,20,10",
                description = "Hidden layer sizes (default ${DEFAULT-VALUE}).")
        int[] hidden;

        @Option(names = "--l2", converter = OptionValues.NonNegativeReal.class, defaultValue = "0", description = "L2 penalty (default ${DEFAULT-VALUE}).")
        double l2;

        @Option(names = "--search", converter = OptionValues.NonNegative.class, paramLabel = "N", defaultValue = "0",
                description = "Random hyper-parameter search over N trials (learning rate, hidden sizes, L2), "
                        + "chosen by validation loss.")
        int search;

        @CommandLine.Mixin
        RunOutputs outputs;

        @Override
        public void run() {
            if (search < 0 || l2 < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--search and --l2 must not be negative");
            }
            outputs.validate(spec);
            IrisDemo.Config config = IrisDemo.Config.defaults().withSeed(seed).withEpochs(epochs)
                    .withTraining(rate, hidden, l2).withSearch(search)
                    .withOutputs(outputs.runDir, outputs.resume, outputs.save);
            IrisDemo.run(config, out(spec), log(spec));
        }
    }

    /** {@code demo mnist}. */
    @Command(name = "mnist", mixinStandardHelpOptions = true,
            description = "MNIST digits with the Keras quick-start MLP or a LeNet-style CNN; logs seconds per epoch.")
    static final class Mnist implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--model", defaultValue = "mlp", converter = ArchitectureConverter.class,
                description = "mlp or cnn (default ${DEFAULT-VALUE}).")
        MnistDemo.Architecture model;

        @Option(names = "--data", paramLabel = "DIR", description = "Folder with the four MNIST IDX files "
                + "(raw or .gz); default: $PROTPRED_DATA/mnist.")
        Path data;

        @Option(names = "--download", description = "Download missing MNIST files into the data folder first.")
        boolean download;

        @Option(names = "--epochs", converter = OptionValues.AtLeastOne.class, description = "Epochs (default: 15 for mlp, 4 for cnn).")
        Integer epochs;

        @Option(names = "--batch", converter = OptionValues.AtLeastOne.class, description = "Batch size (default: 128 for mlp, 64 for cnn).")
        Integer batch;

        @Option(names = "--rate", converter = OptionValues.Positive.class, description = "Initial Adam learning rate (default: 0.003 for mlp, 0.002 for cnn).")
        Double rate;

        @Option(names = "--decay", converter = OptionValues.Positive.class, description = "Learning-rate factor per epoch (default: 0.85 for mlp, 0.6 for cnn).")
        Double decay;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of weights, order, dropout (default ${DEFAULT-VALUE}).")
        long seed;

        @CommandLine.Mixin
        RunOutputs outputs;

        @Override
        public void run() {
            outputs.validate(spec);
            MnistDemo.Config d = MnistDemo.Config.defaults(model, null);
            int e = epochs == null ? d.epochs() : epochs;
            int b = batch == null ? d.batchSize() : batch;
            double r = rate == null ? d.learningRate() : rate;
            double decayFactor = decay == null ? d.decay() : decay;
            Path folder = mnistFolder(data, download, log(spec));
            MnistDemo.Config config = new MnistDemo.Config(model, folder, e, b, seed, r, decayFactor,
                    outputs.runDir, outputs.resume, outputs.save,
                    true);
            MnistDemo.run(config, out(spec), log(spec));
        }
    }

    /** Where a trained demo network's run folder (curve and checkpoint) and model file go; shared by iris and mnist. */
    static final class RunOutputs {
        @Option(names = "--run-dir", paramLabel = "DIR",
                description = "Write training-curve.csv/.png and the checkpoint here.")
        Path runDir;

        @Option(names = "--resume", description = "Continue from the checkpoint in --run-dir.")
        boolean resume;

        @Option(names = "--save", paramLabel = "FILE", description = "Write the trained model (with metadata) here.")
        Path save;

        void validate(CommandLine.Model.CommandSpec spec) {
            if (resume && runDir == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--resume needs --run-dir (the folder holding the checkpoint)");
            }
        }
    }

    /** {@code sum} / {@code mean}. */
    static final class LossConverter implements CommandLine.ITypeConverter<LinearRegressionDemo.Loss> {
        @Override
        public LinearRegressionDemo.Loss convert(String value) {
            try {
                return LinearRegressionDemo.Loss.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected sum or mean, got '" + value + "'");
            }
        }
    }

    /** {@code mlp} / {@code cnn}. */
    static final class ArchitectureConverter implements CommandLine.ITypeConverter<MnistDemo.Architecture> {
        @Override
        public MnistDemo.Architecture convert(String value) {
            try {
                return MnistDemo.Architecture.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected mlp or cnn, got '" + value + "'");
            }
        }
    }
}
