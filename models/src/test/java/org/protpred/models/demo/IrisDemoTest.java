package org.protpred.models.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.LoadedModel;
import org.protpred.models.core.ModelFile;

class IrisDemoTest {

    @TempDir
    Path dir;

    @Test
    void dnnReachesTheFloorAndClassifiesTheTwoNewFlowers() {
        Path model = dir.resolve("iris.zip");
        IrisDemo.Config config = IrisDemo.Config.defaults().withOutputs(null, false, model);
        List<String> log = new ArrayList<>();
        DemoRun<IrisDemo.Result> run = DemoRun.of(out -> IrisDemo.run(config, out, log::add));
        double accuracy = run.parsedAccuracy();
        assertTrue(accuracy >= 0.96, run.output());
        assertEquals(List.of("versicolor", "virginica"), run.result().newFlowerSpecies(), run.output());
        assertTrue(run.output().contains("new flower [6.4, 3.2, 4.5, 1.5]: versicolor"), run.output());
        assertTrue(run.output().contains("new flower [5.8, 3.1, 5.0, 1.7]: virginica"), run.output());
        // one log line per epoch; the model file carries its metadata
        assertEquals(300, log.stream().filter(l -> l.startsWith("iris epoch ")).count(), String.join("\n", log));
        LoadedModel loaded = ModelFile.load(model, IrisDemo.MODEL_KIND);
        assertEquals(List.of("setosa", "versicolor", "virginica"), loaded.metadata().labels());
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", accuracy),
                loaded.metadata().extra().get("testAccuracy"));
    }

    @Test
    void randomSearchReportsEveryTrialAndTheBest() {
        IrisDemo.Config config = IrisDemo.Config.defaults().withEpochs(40).withSearch(3);
        DemoRun<IrisDemo.Result> run = DemoRun.of(out -> IrisDemo.run(config, out, line -> { }));
        String text = run.output();
        for (int i = 1; i <= 3; i++) {
            assertTrue(text.contains("trial " + i + "/3: learningRate="), text);
        }
        assertTrue(text.contains("best: trial "), text);
        assertTrue(run.parsedAccuracy() >= 0.8, text);
    }

    @Test
    void resumeContinuesFromTheCheckpointInTheRunFolder() {
        Path run = dir.resolve("resume");
        IrisDemo.Config first = IrisDemo.Config.defaults().withEpochs(5).withOutputs(run, false, null);
        DemoRun.of(out -> IrisDemo.run(first, out, line -> { }));
        assertTrue(Files.isRegularFile(run.resolve("checkpoint.zip")));
        assertTrue(Files.isRegularFile(run.resolve("training-curve.csv")));
        assertTrue(Files.isRegularFile(run.resolve("training-curve.png")));
        List<String> log = new ArrayList<>();
        IrisDemo.Config second = IrisDemo.Config.defaults().withEpochs(8).withOutputs(run, true, null);
        DemoRun<IrisDemo.Result> resumed = DemoRun.of(out -> IrisDemo.run(second, out, log::add));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("iris: resuming after epoch 5 of 8")), String.join("\n", log));
        assertEquals(3, log.stream().filter(l -> l.startsWith("iris epoch ")).count(), String.join("\n", log));
        assertEquals(8, resumed.result().training().epochsRun());
    }
}
