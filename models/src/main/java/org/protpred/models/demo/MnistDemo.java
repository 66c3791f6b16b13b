package org.protpred.models.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.protpred.models.core.InputException;
import org.protpred.models.core.LearningRateSchedule;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.models.core.NetworkOptions;
import org.protpred.models.demo.Networks;
import org.protpred.models.core.metrics.ConfusionMatrix;
import org.protpred.models.core.train.EpochRecord;
import org.protpred.models.core.train.ShuffledDataSetIterator;
import org.protpred.models.core.train.Trainer;
import org.protpred.models.core.train.TrainerConfig;
import org.protpred.models.core.train.TrainingResult;
import org.protpred.models.core.train.ValidationMetric;
import org.protpred.models.data.MnistData;

/**
 * MNIST digit classifiers trained by the core {@link Trainer}: validation on the last 5,000 training images after
 * every epoch (the best epoch is kept), optional checkpoints with resume, training curves and a saved model file.
 *
 * <ul>
 * <li>{@link Architecture#MLP}: the Keras "quick start" network: 784 -&gt; Dense 128 ReLU -&gt; Dropout 0.2 -&gt;
 * Dense 10 softmax, Adam.</li>
 * <li>{@link Architecture#CNN}: a LeNet-5-style network (LeCun et al. 1998): 5x5 convolution with 8 filters, 2x2 max
 * pooling, 5x5 convolution with 32 filters, 2x2 max pooling, Dense 256 ReLU (dropout 0.2 before the output), Dense
 * 10 softmax, Adam. Convolutions without padding ("valid"), as in LeNet-5, which keeps the second convolution at
 * 8x8 positions. On ND4J's CPU backend (1.0.0-M2.1, no oneDNN) the im2col step takes about 60% of the training
 * time; its cost grows with the input channels of each convolution times its output positions, so the sizes are
 * chosen to keep it small: 8 filters in the first layer, "valid" instead of "same" padding (3 times fewer
 * positions in the second convolution), while the second convolution's filters and the dense layer, which cost
 * little, are wider.</li>
 * </ul>
 * Both use Adam with an exponentially decaying learning rate (MLP: 0.003 x0.85 per epoch for 15 epochs at batch 128;
 * CNN: 0.002 x0.6 per epoch for 4 epochs at batch 64), which settles the last epochs. The Keras quick start trains
 * its MLP for 5 epochs at batch 32 (9,375 steps); at batch 128 the MLP needs about as many steps to pass 97.8%.
 */
public final class MnistDemo {

    /** Which network. */
    public enum Architecture {
        MLP("mnist-mlp", 15, 128, 3e-3, 0.85), CNN("mnist-cnn", 4, 64, 2e-3, 0.6);

        private final String kind;
        private final int defaultEpochs;
        private final int defaultBatch;
        private final double defaultRate;
        private final double defaultDecay;

        Architecture(String kind, int epochs, int batch, double rate, double decay) {
            this.kind = kind;
            this.defaultEpochs = epochs;
            this.defaultBatch = batch;
            this.defaultRate = rate;
            this.defaultDecay = decay;
        }

        /** The model kind written into saved model files. */
        public String kind() {
            return kind;
        }
    }

    /** Number of training images held out for validation. */
    public static final int VALIDATION_IMAGES = 5000;
    /** Class names (digits) in output order. */
    public static final List<String> DIGITS = IntStream.range(0, 10).mapToObj(Integer::toString).toList();

    /** Settings of one run; {@code runDir} holds training curves and the checkpoint ({@code resume} needs it). */
    public record Config(Architecture architecture, Path dataFolder, int epochs, int batchSize, long seed,
                         double learningRate, double decay, Path runDir, boolean resume, Path saveFile,
                         boolean showProgress) {

        public Config {
            if (resume && runDir == null) {
                throw new InputException("--resume needs --run-dir: the folder that holds the checkpoint");
            }
            if (epochs < 1 || batchSize < 1) {
                throw new InputException("epochs and batch size must be at least 1");
            }
            if (!(decay > 0 && decay <= 1)) {
                throw new InputException("learning-rate decay must be in (0, 1], got " + decay);
            }
        }

        public static Config defaults(Architecture architecture, Path dataFolder) {
            return new Config(architecture, dataFolder, architecture.defaultEpochs, architecture.defaultBatch, 42,
                    architecture.defaultRate, architecture.defaultDecay, null, false, null, true);
        }
    }

    /**
     * @param testAccuracy     accuracy on the 10,000 test images
     * @param secondsPerEpoch  mean wall time of the training part of an epoch (validation excluded)
     */
    public record Result(double testAccuracy, double secondsPerEpoch, TrainingResult training) {
    }

    private MnistDemo() {
    }

    /** Loads the data from {@code config.dataFolder()} and runs. */
    public static Result run(Config config, PrintWriter out, Consumer<String> log) {
        return run(config, MnistData.load(config.dataFolder()), out, log);
    }

    /** Runs on already loaded data. */
    public static Result run(Config config, MnistData.TrainTest data, PrintWriter out, Consumer<String> log) {
        int n = data.train().size();
        if (n <= VALIDATION_IMAGES) {
            throw new InputException(config.dataFolder() + ": only " + n + " training images, need more than "
                    + VALIDATION_IMAGES);
        }
        DataSet all = new DataSet(data.train().features(), data.train().oneHot());
        DataSet train = rows(all, 0, n - VALIDATION_IMAGES);
        DataSet validation = rows(all, n - VALIDATION_IMAGES, n);
        DataSet test = new DataSet(data.test().features(), data.test().oneHot());

        NetworkOptions options = NetworkOptions.builder().seed(config.seed()).optimizer(NetworkOptions.Optimizer.ADAM)
                .learningRate(config.learningRate()).lrSchedule(LearningRateSchedule.exponential(config.decay()))
                .dropout(0.2).build();
        MultiLayerNetwork net = config.architecture() == Architecture.MLP
                ? Networks.dense(784, new int[] {128}, 10, Activation.RELU, options)
                : leNet(options);
        out.printf(Locale.ROOT, "MNIST %s: %d parameters; %d training, %d validation, %d test images; "
                        + "batch %d, Adam lr %.3g x%.2f per epoch, %d epochs%n",
                config.architecture().name().toLowerCase(Locale.ROOT), net.numParams(), train.numExamples(),
                validation.numExamples(), test.numExamples(), config.batchSize(), config.learningRate(), config.decay(),
                config.epochs());
        out.flush();

        TimedMetric accuracy = new TimedMetric(ValidationMetric.accuracy());
        TrainerConfig.Builder tc = TrainerConfig.builder().epochs(config.epochs()).seed(config.seed())
                .label("mnist-" + config.architecture().name().toLowerCase(Locale.ROOT))
                .validationMetric(accuracy).log(log).showProgress(config.showProgress());
        if (config.runDir() != null) {
            tc.runDir(config.runDir()).checkpointDir(config.runDir()).resume(config.resume());
        }
        ShuffledDataSetIterator validationBatches = ShuffledDataSetIterator.sequential(validation, 500);
        TrainingResult training = new Trainer(tc.build()).fit(net,
                ShuffledDataSetIterator.of(train, config.batchSize(), config.seed()), validationBatches);

        int epochsThisRun = accuracy.calls();
        double secondsPerEpoch = Double.NaN;
        if (epochsThisRun > 0) {
            List<EpochRecord> recent = training.history().subList(training.history().size() - epochsThisRun,
                    training.history().size());
            double total = recent.stream().mapToDouble(EpochRecord::seconds).sum() - accuracy.seconds();
            secondsPerEpoch = total / epochsThisRun;
            out.printf(Locale.ROOT, "seconds per epoch: %.2f (training only, mean of %d epochs, batch %d)%n",
                    secondsPerEpoch, epochsThisRun, config.batchSize());
        }
        out.printf(Locale.ROOT, "kept epoch %d of %d (validation accuracy %.4f)%n", training.bestEpoch(),
                training.epochsRun(), training.bestScore());

        ConfusionMatrix confusion = ConfusionMatrix.evaluate(net, ShuffledDataSetIterator.sequential(test, 500), DIGITS);
        out.print(confusion.format());
        if (config.saveFile() != null) {
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put("seed", Long.toString(config.seed()));
            extra.put("epochs", Integer.toString(training.epochsRun()));
            extra.put("bestEpoch", Integer.toString(training.bestEpoch()));
            extra.put("batchSize", Integer.toString(config.batchSize()));
            extra.put("learningRate", Double.toString(config.learningRate()));
            extra.put("validationAccuracy", String.format(Locale.ROOT, "%.4f", training.bestScore()));
            extra.put("testAccuracy", String.format(Locale.ROOT, "%.4f", confusion.accuracy()));
            String featureSpec = "{\"input\":\"28x28 grey pixels, row-major, scaled to [0,1] (byte/255)\"}";
            ModelFile.save(config.saveFile(), net,
                    ModelMetadata.of(config.architecture().kind(), featureSpec, DIGITS, extra));
            out.println("model written to " + config.saveFile());
        }
        DemoOutput.printAccuracy(out, confusion.accuracy());
        return new Result(confusion.accuracy(), secondsPerEpoch, training);
    }

    /** The LeNet-5-style network described in the class comment. */
    static MultiLayerNetwork leNet(NetworkOptions options) {
        var list = options.configure().convolutionMode(ConvolutionMode.Truncate).list()
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(8).activation(Activation.RELU)
                        .weightInit(WeightInit.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(32).activation(Activation.RELU)
                        .weightInit(WeightInit.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new DenseLayer.Builder().nOut(256).activation(Activation.RELU).weightInit(WeightInit.RELU)
                        .build())
                .layer(new OutputLayer.Builder(options.lossFunction()).nOut(10).activation(options.outputActivation())
                        .dropOut(options.dropoutConfig()).build())
                .setInputType(InputType.convolutionalFlat(MnistData.SIDE, MnistData.SIDE, 1));
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return net;
    }

    private static DataSet rows(DataSet all, int from, int to) {
        return new DataSet(all.getFeatures().get(NDArrayIndex.interval(from, to), NDArrayIndex.all()).dup(),
                all.getLabels().get(NDArrayIndex.interval(from, to), NDArrayIndex.all()).dup());
    }

    /** A validation metric that also adds up the time it takes, so that training time can be reported alone. */
    private static final class TimedMetric implements ValidationMetric {
        private final ValidationMetric inner;
        private long nanos;
        private int calls;

        TimedMetric(ValidationMetric inner) {
            this.inner = inner;
        }

        @Override
        public double score(Model net, DataSetIterator validation) {
            long start = System.nanoTime();
            try {
                return inner.score(net, validation);
            } finally {
                nanos += System.nanoTime() - start;
                calls++;
            }
        }

        @Override
        public boolean higherIsBetter() {
            return inner.higherIsBetter();
        }

        @Override
        public String name() {
            return inner.name();
        }

        double seconds() {
            return nanos / 1e9;
        }

        int calls() {
            return calls;
        }
    }
}
