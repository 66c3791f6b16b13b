package org.protpred.models.demo;

import org.protpred.models.RequiresData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.models.data.MnistData;

/**
 * Accuracy floors on the real MNIST test set (skipped when {@code $PROTPRED_DATA/mnist} is absent). The data is
 * loaded once for all three networks. Tagged {@code mnist}: the three trainings take several minutes on two cores
 * ({@code -DexcludedGroups=mnist} leaves them out).
 */
@Tag("mnist")
class MnistDemosTest {

    private static Path folder;
    private static MnistData.TrainTest data;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        folder = DataLocation.folder("mnist").orElse(null);
        if (folder != null) {
            data = MnistData.load(folder);
        }
    }

    private static void requireData() {
        RequiresData.assume(data != null, "MNIST data not found (PROTPRED_DATA/mnist)");
    }

    @Test
    void standardSizes() {
        requireData();
        assertEquals(60000, data.train().size());
        assertEquals(10000, data.test().size());
        assertEquals(784, data.train().features().columns());
        assertEquals(5, data.train().labels()[0]); // the first training image is a 5
        assertEquals(7, data.test().labels()[0]);  // the first test image is a 7
    }

    @Test
    void softmaxRegressionReaches90Percent() {
        requireData();
        DemoRun<SoftmaxRegressionDemo.Result> run = DemoRun.of(out -> SoftmaxRegressionDemo.run(
                SoftmaxRegressionDemo.Config.defaults(folder), data, out));
        assertTrue(run.parsedAccuracy() >= 0.90, run.output());
    }

    @Test
    void kerasQuickStartMlpReaches978AndSavesAModel() {
        requireData();
        Path model = dir.resolve("mlp.zip");
        MnistDemo.Config d = MnistDemo.Config.defaults(MnistDemo.Architecture.MLP, folder);
        MnistDemo.Config config = new MnistDemo.Config(d.architecture(), folder, d.epochs(), d.batchSize(), d.seed(),
                d.learningRate(), d.decay(), dir.resolve("run"), false, model, false);
        DemoRun<MnistDemo.Result> run = DemoRun.of(out -> MnistDemo.run(config, data, out, line -> { }));
        assertTrue(run.parsedAccuracy() >= 0.978, run.output());
        assertTrue(run.output().contains("seconds per epoch: "), run.output());
        assertTrue(Files.isRegularFile(dir.resolve("run/training-curve.csv")));
        ModelMetadata meta = ModelFile.readMetadata(model);
        assertEquals("mnist-mlp", meta.kind());
        assertEquals(10, meta.labels().size());
        assertEquals(run.lastLine().substring("test accuracy: ".length()), meta.extra().get("testAccuracy"));
    }

    @Test
    void leNetStyleCnnReaches99() {
        requireData();
        MnistDemo.Config config = MnistDemo.Config.defaults(MnistDemo.Architecture.CNN, folder);
        config = new MnistDemo.Config(config.architecture(), folder, config.epochs(), config.batchSize(),
                config.seed(), config.learningRate(), config.decay(), null, false, null, false);
        MnistDemo.Config c = config;
        DemoRun<MnistDemo.Result> run = DemoRun.of(out -> MnistDemo.run(c, data, out, line -> { }));
        assertTrue(run.parsedAccuracy() >= 0.99, run.output());
    }
}
