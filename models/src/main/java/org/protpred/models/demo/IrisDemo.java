package org.protpred.models.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.models.core.NetworkOptions;
import org.protpred.models.demo.Networks;
import org.protpred.models.core.metrics.ConfusionMatrix;
import org.protpred.models.core.search.HyperParameterSpace;
import org.protpred.models.core.search.RandomSearch;
import org.protpred.models.core.train.ShuffledDataSetIterator;
import org.protpred.models.core.train.Trainer;
import org.protpred.models.core.train.TrainerConfig;
import org.protpred.models.core.train.TrainingResult;
import org.protpred.models.core.train.ValidationMetric;
import org.protpred.models.data.IrisData;
import org.protpred.models.data.Labels;

/**
 * The deep neural network classifier of the TensorFlow Estimator "Iris" example (DNNClassifier with hidden units
 * [10, 20, 10], ReLU): 4 measurements -&gt; 10 -&gt; 20 -&gt; 10 -&gt; 3 species, here trained with Adam by the core
 * {@link Trainer} (validation after each epoch, the best epoch kept, optional checkpoints and training curves).
 *
 * <p>Data: the 150 flowers split once, stratified with the fixed seed {@link #SPLIT_SEED}, into 120 for training and
 * 30 for testing (10 of each species); 5 flowers of each species of the 120 are held out for validation. The
 * measurements are used as they are, in cm, as in the TensorFlow example (standardising them made the borderline
 * second new flower flip between versicolor and virginica from one training seed to the next). Afterwards the two new flowers of the example, (6.4, 3.2, 4.5, 1.5) and (5.8, 3.1, 5.0, 1.7),
 * are classified (expected: versicolor, virginica).
 *
 * <p>With {@code searchTrials > 0}, a random search over learning rate (log-uniform), hidden layer sizes and L2
 * (log-uniform) picks the setting with the lowest validation loss, which is then trained again and evaluated on the
 * test flowers (the test flowers play no part in the choice).
 */
public final class IrisDemo {

    /** The model kind written into saved model files. */
    public static final String MODEL_KIND = "iris-dnn";
    /** Seed of the fixed train/test split (the same split whatever the training seed). */
    public static final long SPLIT_SEED = 2;
    /** The two new flowers of the TensorFlow example. */
    public static final double[][] NEW_FLOWERS = {{6.4, 3.2, 4.5, 1.5}, {5.8, 3.1, 5.0, 1.7}};

    /** Settings of one run. */
    public record Config(long seed, int epochs, int batchSize, double learningRate, int[] hidden, double l2,
                         int searchTrials, Path runDir, boolean resume, Path saveFile, int validationPerClass) {
        public static Config defaults() {
            return new Config(42, 300, 16, 0.003, new int[] {10, 20, 10}, 0, 0, null, false, null, 5);
        }

        public Config withValidation(int perClass) {
            return new Config(seed, epochs, batchSize, learningRate, hidden, l2, searchTrials, runDir, resume, saveFile,
                    perClass);
        }

        public Config withSeed(long v) {
            return new Config(v, epochs, batchSize, learningRate, hidden, l2, searchTrials, runDir, resume, saveFile,
                    validationPerClass);
        }

        public Config withEpochs(int v) {
            return new Config(seed, v, batchSize, learningRate, hidden, l2, searchTrials, runDir, resume, saveFile,
                    validationPerClass);
        }

        public Config withSearch(int trials) {
            return new Config(seed, epochs, batchSize, learningRate, hidden, l2, trials, runDir, resume, saveFile,
                    validationPerClass);
        }

        public Config withOutputs(Path run, boolean resumeRun, Path save) {
            return new Config(seed, epochs, batchSize, learningRate, hidden, l2, searchTrials, run, resumeRun, save,
                    validationPerClass);
        }

        public Config withTraining(double rate, int[] layers, double penalty) {
            return new Config(seed, epochs, batchSize, rate, layers, penalty, searchTrials, runDir, resume, saveFile,
                    validationPerClass);
        }
    }

    /** Test accuracy and the predicted species of the two new flowers. */
    public record Result(double testAccuracy, List<String> newFlowerSpecies, TrainingResult training) {
    }

    private record Prepared(IrisData iris, DataSet train, DataSet validation, DataSet test) {
    }

    private IrisDemo() {
    }

    public static Result run(Config config, PrintWriter out, java.util.function.Consumer<String> log) {
        Prepared data = prepare(SPLIT_SEED, config.validationPerClass());
        out.printf("Iris: %d training, %d validation, %d test flowers (fixed stratified split, seed %d)%n",
                data.train().numExamples(), data.validation() == null ? 0 : data.validation().numExamples(),
                data.test().numExamples(), SPLIT_SEED);
        if (config.searchTrials() > 0 && data.validation() == null) {
            throw new IllegalArgumentException("the random search needs validation flowers");
        }
        Config chosen = config;
        if (config.searchTrials() > 0) {
            chosen = search(config, data, out, log);
        }
        out.printf(Locale.ROOT, "network 4 -> %s -> 3, ReLU, Adam lr %.4g, L2 %.3g%n", join(chosen.hidden()),
                chosen.learningRate(), chosen.l2());
        out.flush();
        MultiLayerNetwork net = network(chosen);
        TrainerConfig.Builder tc = TrainerConfig.builder().epochs(chosen.epochs()).seed(chosen.seed())
                .label("iris").validationMetric(ValidationMetric.loss()).log(log).showProgress(false);
        if (chosen.runDir() != null) {
            tc.runDir(chosen.runDir()).checkpointDir(chosen.runDir()).resume(chosen.resume());
        }
        TrainingResult training = new Trainer(tc.build()).fit(net, trainIterator(data, chosen),
                data.validation() == null ? null : ShuffledDataSetIterator.sequential(data.validation(), 64));
        out.printf(Locale.ROOT, "kept epoch %d of %d (validation loss %.4f)%n", training.bestEpoch(),
                training.epochsRun(), training.bestScore());

        ConfusionMatrix confusion = new ConfusionMatrix(IrisData.SPECIES);
        confusion.add(data.test().getLabels(), net.output(data.test().getFeatures()), null);
        out.print(confusion.format());

        List<String> species = new ArrayList<>();
        INDArray newFlowers = Nd4j.create(NEW_FLOWERS).castTo(DataType.FLOAT);
        INDArray probabilities = net.output(newFlowers);
        for (int i = 0; i < NEW_FLOWERS.length; i++) {
            int best = probabilities.getRow(i).argMax().getInt(0);
            species.add(IrisData.SPECIES.get(best));
            out.printf(Locale.ROOT, "new flower %s: %s (probability %.3f)%n", Arrays.toString(NEW_FLOWERS[i]),
                    IrisData.SPECIES.get(best), probabilities.getDouble(i, best));
        }
        if (chosen.saveFile() != null) {
            save(chosen, net, data, confusion.accuracy());
            out.println("model written to " + chosen.saveFile());
        }
        DemoOutput.printAccuracy(out, confusion.accuracy());
        return new Result(confusion.accuracy(), species, training);
    }

    private static Prepared prepare(long seed, int validationPerClass) {
        IrisData iris = IrisData.load();
        IrisData.Split trainTest = iris.stratifiedSplit(10, seed);
        IrisData.Split trainValidation = iris.stratifiedSplit(trainTest.train(), validationPerClass, seed + 1);
        return new Prepared(iris, dataSet(iris, trainValidation.train()),
                validationPerClass == 0 ? null : dataSet(iris, trainValidation.test()),
                dataSet(iris, trainTest.test()));
    }

    private static DataSet dataSet(IrisData iris, int[] rows) {
        return new DataSet(iris.featureMatrix(rows),
                Labels.oneHot(iris.labels(rows), IrisData.SPECIES.size()));
    }

    private static ShuffledDataSetIterator trainIterator(Prepared data, Config config) {
        return ShuffledDataSetIterator.of(data.train(), config.batchSize(), config.seed());
    }

    private static MultiLayerNetwork network(Config config) {
        NetworkOptions options = NetworkOptions.builder().seed(config.seed()).optimizer(NetworkOptions.Optimizer.ADAM)
                .learningRate(config.learningRate()).l2(config.l2()).build();
        return Networks.dense(IrisData.FEATURES, config.hidden(), IrisData.SPECIES.size(), Activation.RELU, options);
    }

    /** Random search; returns the configuration of the best trial. */
    private static Config search(Config config, Prepared data, PrintWriter out, java.util.function.Consumer<String> log) {
        HyperParameterSpace space = new HyperParameterSpace()
                .logUniform("learningRate", 1e-3, 1e-1)
                .choice("hidden", "10-20-10", "10", "16-16", "32-16", "8-8-8", "64")
                .logUniform("l2", 1e-5, 1e-2);
        out.printf("random search: %d trials, lowest validation loss wins%n", config.searchTrials());
        RandomSearch search = new RandomSearch(space, config.searchTrials(), config.seed(), false).log(line -> {
            out.println(line);
            out.flush();
        });
        int[] trialCounter = {0};
        ShuffledDataSetIterator validation = ShuffledDataSetIterator.sequential(data.validation(), 64);
        RandomSearch.Result result = search.run(p -> {
            trialCounter[0]++;
            Config trial = trialConfig(config, p);
            TrainerConfig tc = TrainerConfig.builder().epochs(trial.epochs()).seed(trial.seed())
                    .label("iris trial " + trialCounter[0]).validationMetric(ValidationMetric.loss())
                    .log(line -> { }).showProgress(false).build();
            TrainingResult r = new Trainer(tc).fit(network(trial), trainIterator(data, trial), validation);
            log.accept(String.format(Locale.ROOT, "iris trial %d: best epoch %d, validation loss %.4f",
                    trialCounter[0], r.bestEpoch(), r.bestScore()));
            return r.bestScore();
        });
        if (result.best() == null) {
            throw new IllegalStateException("random search: every trial diverged");
        }
        return trialConfig(config, result.best().parameters());
    }

    private static Config trialConfig(Config base, Map<String, Object> p) {
        int[] hidden = Arrays.stream(((String) p.get("hidden")).split("-")).mapToInt(Integer::parseInt).toArray();
        return base.withTraining((Double) p.get("learningRate"), hidden, (Double) p.get("l2"));
    }

    private static void save(Config config, MultiLayerNetwork net, Prepared data, double testAccuracy) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("seed", Long.toString(config.seed()));
        extra.put("hidden", join(config.hidden()));
        extra.put("learningRate", Double.toString(config.learningRate()));
        extra.put("l2", Double.toString(config.l2()));
        extra.put("testAccuracy", String.format(Locale.ROOT, "%.4f", testAccuracy));
        String featureSpec = "{\"features\":[\"sepal length\",\"sepal width\",\"petal length\",\"petal width\"],"
                + "\"unit\":\"cm\",\"scaling\":\"none\"}";
        ModelFile.save(config.saveFile(), net, ModelMetadata.of(MODEL_KIND, featureSpec, IrisData.SPECIES, extra));
    }

    private static String join(int[] sizes) {
        return Arrays.stream(sizes).mapToObj(Integer::toString).collect(Collectors.joining(" -> "));
    }
}
