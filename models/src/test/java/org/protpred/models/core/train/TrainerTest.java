package org.protpred.models.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.protpred.models.core.InputException;
import org.protpred.models.core.LearningRateSchedule;
import org.protpred.models.core.NetworkOptions;
import org.protpred.models.demo.Networks;
import org.protpred.models.core.metrics.TrainingCurve;

class TrainerTest {

    @TempDir
    Path tmp;

    private final List<String> logLines = new ArrayList<>();

    // ---------- data and networks ----------

    /** n examples with 4 features; class = arg-max of the first 3 features (learnable), or random if noisy. */
    private static DataSet flatData(int n, long seed, boolean randomLabels) {
        Random r = new Random(seed);
        float[][] x = new float[n][4];
        float[][] y = new float[n][3];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int j = 0; j < 4; j++) {
                x[i][j] = (float) r.nextGaussian();
                if (j < 3 && x[i][j] > x[i][best]) {
                    best = j;
                }
            }
            y[i][randomLabels ? r.nextInt(3) : best] = 1;
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }

    /** Sequences of length 3..8 with 2 features; the class at each step is whether feature 0 is positive. */
    private static List<DataSet> sequences(int n, long seed) {
        Random r = new Random(seed);
        List<DataSet> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int length = 3 + r.nextInt(6);
            float[][] f = new float[2][length];
            int[] classes = new int[length];
            for (int t = 0; t < length; t++) {
                f[0][t] = (float) r.nextGaussian();
                f[1][t] = (float) r.nextGaussian();
                classes[t] = f[0][t] > 0 ? 1 : 0;
            }
            out.add(SequenceBatcher.example(Nd4j.create(f), classes, 2));
        }
        return out;
    }

    private static MultiLayerNetwork denseWithDropout() {
        return Networks.dense(4, new int[] {16, 16}, 3, Activation.RELU, NetworkOptions.defaults().seed(3)
                .dropout(0.3).learningRate(0.01).lrSchedule(LearningRateSchedule.stepDecay(0.5, 1)));
    }

    private static ComputationGraph lstmGraph() {
        NetworkOptions options = NetworkOptions.defaults().seed(4).learningRate(0.02).dropout(0.2);
        ComputationGraph graph = new ComputationGraph(options.configure().graphBuilder()
                .addInputs("in")
                .addLayer("lstm", new LSTM.Builder().nOut(8).activation(Activation.TANH).build(), "in")
                .addLayer("out", new RnnOutputLayer.Builder(options.lossFunction()).nOut(2)
                        .activation(options.outputActivation()).dropOut(options.dropoutConfig()).build(), "lstm")
                .setOutputs("out").setInputTypes(InputType.recurrent(2)).build());
        graph.init();
        return graph;
    }

    private TrainerConfig.Builder config(int epochs) {
        return TrainerConfig.builder().epochs(epochs).seed(17).showProgress(false).log(logLines::add).label("test");
    }

    // ---------- resume ----------

    /** The iterator, failing when asked to start the given epoch, like a run killed there. */
    private static DataSetIterator interruptedAt(int epoch, ShuffledDataSetIterator inner) {
        return interruptedAt(epoch, inner, DataSetIterator.class);
    }

    private static <T> T interruptedAt(int epoch, T inner, Class<T> type) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(TrainerTest.class.getClassLoader(),
                new Class<?>[] {type, EpochAware.class}, (proxy, method, args) -> {
                    if (method.getName().equals("startEpoch") && (int) args[0] == epoch) {
                        throw new IllegalStateException("killed at epoch " + epoch);
                    }
                    try {
                        return method.invoke(inner, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    private void assertResumeEqualsUninterrupted(Supplier<Model> network, Supplier<ShuffledDataSetIterator> train,
                                                 Supplier<ShuffledDataSetIterator> validation, ValidationMetric metric) {
        Model straight = network.get();
        TrainingResult full = new Trainer(config(4).validationMetric(metric).checkpointDir(tmp.resolve("straight")).build())
                .fit(straight, train.get(), validation.get());

        Path dir = tmp.resolve("interrupted");
        Model first = network.get();
        Trainer firstRun = new Trainer(config(4).validationMetric(metric).checkpointDir(dir).build());
        assertThrows(IllegalStateException.class, () -> firstRun.fit(first, interruptedAt(2, train.get()), validation.get()));
        assertEquals(2, Checkpoint.read(dir, first).state().epochsDone());

        Model resumed = network.get();
        TrainingResult rest = new Trainer(config(4).validationMetric(metric).checkpointDir(dir).resume(true).build())
                .fit(resumed, train.get(), validation.get());

        assertSame("parameters", straight.params(), resumed.params());
        assertSame("updater state", ModelOps.updaterState(straight), ModelOps.updaterState(resumed));
        assertEquals(4, rest.epochsRun());
        assertEquals(full.bestEpoch(), rest.bestEpoch());
        for (int e = 0; e < 4; e++) {
            assertEquals(full.history().get(e).trainLoss(), rest.history().get(e).trainLoss(), 0.0);
            assertEquals(full.history().get(e).validationScore(), rest.history().get(e).validationScore(), 0.0);
            assertEquals(full.history().get(e).learningRate(), rest.history().get(e).learningRate(), 0.0);
        }
        assertTrue(logLines.stream().anyMatch(l -> l.startsWith("test: resuming after epoch 2 of 4")), logLines::toString);
    }

    @Test
    void resumedMultiLayerRunEqualsUninterruptedRun() {
        DataSet train = flatData(40, 1, false);
        DataSet validation = flatData(20, 2, false);
        assertResumeEqualsUninterrupted(TrainerTest::denseWithDropout, () -> ShuffledDataSetIterator.of(train, 8, 9),
                () -> ShuffledDataSetIterator.sequential(validation, 8), ValidationMetric.loss());
        // step decay 0.5 per epoch: the schedule followed the epochs, resumed or not
        MultiLayerNetwork probe = denseWithDropout();
        TrainingResult r = new Trainer(config(2).build()).fit(probe, ShuffledDataSetIterator.of(train, 8, 9), null);
        assertEquals(0.01, r.history().get(0).learningRate(), 1e-12);
        assertEquals(0.005, r.history().get(1).learningRate(), 1e-12);
    }

    @Test
    void resumedGraphRunEqualsUninterruptedRun() {
        List<DataSet> train = sequences(24, 3);
        List<DataSet> validation = sequences(10, 4);
        assertResumeEqualsUninterrupted(TrainerTest::lstmGraph, () -> new ShuffledDataSetIterator(train, 6, 9),
                () -> ShuffledDataSetIterator.sequential(validation, 5), ValidationMetric.accuracy());
    }

    @Test
    void resumeRefusesACheckpointWithAnotherSeed() {
        DataSet train = flatData(16, 1, false);
        Path dir = tmp.resolve("ck");
        new Trainer(config(1).checkpointDir(dir).build()).fit(denseWithDropout(), ShuffledDataSetIterator.of(train, 8, 1), null);
        InputException e = assertThrows(InputException.class, () -> new Trainer(config(2).seed(18).checkpointDir(dir)
                .resume(true).build()).fit(denseWithDropout(), ShuffledDataSetIterator.of(train, 8, 1), null));
        assertTrue(e.getMessage().contains("checkpoint was written with seed 17, this run uses seed 18"), e.getMessage());
        InputException other = assertThrows(InputException.class, () -> new Trainer(config(2).checkpointDir(dir)
                .resume(true).build()).fit(lstmGraph(), new ShuffledDataSetIterator(sequences(4, 1), 2, 1), null));
        assertEquals(Checkpoint.file(dir) + ": checkpoint holds a MultiLayerNetwork, this run trains a ComputationGraph;"
                + " use another checkpoint folder", other.getMessage());
    }

    /** Exact equality, reported briefly (the arrays are long). */
    private static void assertSame(String what, INDArray expected, INDArray actual) {
        assertTrue(expected.equals(actual), () -> what + " differ, largest difference "
                + expected.sub(actual).amaxNumber());
    }

    // ---------- early stopping ----------

    /** Records the network's parameters at every validation and returns scripted scores (lower is better). */
    private static final class ScriptedMetric implements ValidationMetric {
        final double[] scores;
        final List<INDArray> params = new ArrayList<>();

        ScriptedMetric(double... scores) {
            this.scores = scores;
        }

        @Override
        public double score(Model net, DataSetIterator validation) {
            params.add(net.params().dup());
            return scores[params.size() - 1];
        }

        @Override
        public boolean higherIsBetter() {
            return false;
        }

        @Override
        public String name() {
            return "scripted";
        }
    }

    @Test
    void earlyStoppingStopsAfterPatienceAndRestoresTheBestEpoch() {
        ScriptedMetric metric = new ScriptedMetric(0.5, 0.3, 0.4, 0.35, 0.1, 0.1);
        MultiLayerNetwork net = denseWithDropout();
        Path dir = tmp.resolve("early");
        TrainingResult result = new Trainer(config(6).patience(2).validationMetric(metric).checkpointDir(dir).build())
                .fit(net, ShuffledDataSetIterator.of(flatData(24, 1, false), 8, 2),
                        ShuffledDataSetIterator.sequential(flatData(8, 2, false), 8));
        assertTrue(result.stoppedEarly());
        assertEquals(4, result.epochsRun());
        assertEquals(2, result.bestEpoch());
        assertEquals(0.3, result.bestScore());
        assertSame("parameters", metric.params.get(1), net.params());
        assertNotEquals(metric.params.get(3), net.params());
        Checkpoint.Loaded checkpoint = Checkpoint.read(dir, net);
        assertSame("best parameters", metric.params.get(1), checkpoint.bestParams());
        assertSame("last parameters", metric.params.get(3), checkpoint.network().params());
        assertTrue(checkpoint.state().stoppedEarly());

        // resuming a run that stopped early trains no further and restores the same best parameters
        MultiLayerNetwork again = denseWithDropout();
        TrainingResult resumed = new Trainer(config(6).patience(2).validationMetric(metric).checkpointDir(dir)
                .resume(true).build()).fit(again, ShuffledDataSetIterator.of(flatData(24, 1, false), 8, 2),
                ShuffledDataSetIterator.sequential(flatData(8, 2, false), 8));
        assertEquals(4, metric.params.size());
        assertEquals(4, resumed.epochsRun());
        assertSame("parameters", metric.params.get(1), again.params());
    }

    @Test
    void earlyStoppingOnNoisyDataKeepsTheEpochWithTheLowestValidationLoss() {
        // random labels and a high learning rate: the network memorises noise and validation loss soon rises
        List<INDArray> snapshots = new ArrayList<>();
        ValidationMetric loss = ValidationMetric.loss();
        ValidationMetric recording = new ValidationMetric() {
            @Override
            public double score(Model net, DataSetIterator validation) {
                snapshots.add(net.params().dup());
                return loss.score(net, validation);
            }

            @Override
            public boolean higherIsBetter() {
                return false;
            }

            @Override
            public String name() {
                return "loss";
            }
        };
        MultiLayerNetwork net = Networks.dense(4, new int[] {32}, 3, Activation.RELU,
                NetworkOptions.defaults().seed(1).learningRate(0.05));
        TrainingResult result = new Trainer(config(60).patience(3).validationMetric(recording).build())
                .fit(net, ShuffledDataSetIterator.of(flatData(12, 5, true), 4, 1),
                        ShuffledDataSetIterator.sequential(flatData(30, 6, true), 10));
        assertTrue(result.stoppedEarly());
        assertEquals(result.bestEpoch() + 3, result.epochsRun());
        double lowest = result.history().stream().mapToDouble(EpochRecord::validationScore).min().orElseThrow();
        assertEquals(lowest, result.bestScore(), 0.0);
        assertEquals(lowest, result.history().get(result.bestEpoch() - 1).validationScore(), 0.0);
        assertSame("parameters", snapshots.get(result.bestEpoch() - 1), net.params());
        assertTrue(result.history().get(result.epochsRun() - 1).validationScore() > lowest);
    }

    // ---------- curves, accuracy, files ----------

    @Test
    void writesCurvesAndCheckpointAndLearnsASimpleSequenceTask() throws IOException {
        Path run = tmp.resolve("run");
        Path dir = tmp.resolve("ckpt");
        ComputationGraph graph = lstmGraph();
        TrainingResult result = new Trainer(config(8).validationMetric(ValidationMetric.accuracy()).runDir(run)
                .checkpointDir(dir).build()).fit(graph, new ShuffledDataSetIterator(sequences(60, 1), 6, 1),
                ShuffledDataSetIterator.sequential(sequences(20, 2), 8));
        assertTrue(result.bestScore() > 0.9, "validation accuracy " + result.bestScore());
        List<String> csv = Files.readAllLines(run.resolve(TrainingCurve.CSV));
        assertEquals("epoch,train_loss,validation_accuracy,seconds,learning_rate", csv.get(0));
        assertEquals(9, csv.size());
        assertTrue(csv.get(8).startsWith("8,"));
        assertTrue(Files.size(run.resolve(TrainingCurve.PNG)) > 1000);
        assertTrue(Files.exists(dir.resolve(Checkpoint.FILE_NAME)));
        try (Stream<Path> files = Stream.concat(Files.list(run), Files.list(dir))) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
        assertEquals(8, logLines.stream().filter(l -> l.matches("test epoch \\d/8: train loss .*")).count());
    }
}
