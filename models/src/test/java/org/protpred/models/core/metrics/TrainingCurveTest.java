package org.protpred.models.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.train.EpochRecord;

class TrainingCurveTest {

    @TempDir
    Path tmp;

    @Test
    void writesExactCsvAndAPng() throws IOException {
        List<EpochRecord> history = List.of(
                new EpochRecord(1, 1.25, 0.5, 2.0, 0.001),
                new EpochRecord(2, 0.8123456789, 0.625, 1.23456, 0.0005),
                new EpochRecord(3, 0.7, Double.NaN, 1.0, 0.00025));
        Path run = tmp.resolve("run");
        TrainingCurve.write(run, history, "accuracy");
        assertEquals(List.of(
                "epoch,train_loss,validation_accuracy,seconds,learning_rate",
                "1,1.25,0.5,2.000,0.001",
                "2,0.812346,0.625,1.235,0.0005",
                "3,0.7,,1.000,0.00025"), Files.readAllLines(run.resolve(TrainingCurve.CSV)));
        byte[] png = Files.readAllBytes(run.resolve(TrainingCurve.PNG));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        assertEquals(true, png.length > 2000);
    }
}
