package org.protpred.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code protpred demo ...} through the real command line, with standard output and error captured. */
class DemoCommandTest {

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void linearPrintsTheFittedLineLast() {
        CliRun r = run("demo", "linear");
        assertEquals(0, r.status(), r.err());
        Matcher m = Pattern.compile("W: (\\S+) b: (\\S+) loss: (\\S+)").matcher(r.lastLine());
        assertTrue(m.matches(), r.lastLine());
        assertEquals(-1.0, Double.parseDouble(m.group(1)), 1e-3);
        assertEquals(1.0, Double.parseDouble(m.group(2)), 1e-3);
        // TensorFlow reports loss 5.69997e-11 in float32; in double precision it is 5.588e-11
        assertEquals("W: -0.999997 b: 0.999991 loss: 5.588e-11", r.lastLine());
    }

    @Test
    void linearOptionsChangeTheRun() {
        CliRun r = run("demo", "linear", "--steps", "10", "--rate", "0.01", "--loss", "mean");
        assertEquals(0, r.status(), r.err());
        Matcher m = Pattern.compile("W: (\\S+) b: (\\S+) loss: (\\S+)").matcher(r.lastLine());
        assertTrue(m.matches(), r.lastLine());
        assertTrue(Math.abs(Double.parseDouble(m.group(1)) + 1) > 0.1, r.lastLine());
    }

    @Test
    void perceptronEndsWithTestAccuracy() {
        CliRun r = run("demo", "perceptron");
        assertEquals(0, r.status(), r.err());
        assertEquals("test accuracy: 1.0000", r.lastLine());
    }

    @Test
    void unknownDemoIsAUsageError() {
        CliRun r = run("demo", "lenet7");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("lenet7"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownOptionAndMissingDemoAreUsageErrors() {
        CliRun r = run("demo", "linear", "--speed", "3");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--speed"), r.err());
        assertEquals(2, run("demo").status());
        assertEquals(2, run("demo", "mnist", "--model", "resnet").status());
    }

    @Test
    void missingMnistFolderIsOneLineNamingIt() {
        Path absent = dir.resolve("no-mnist-here");
        CliRun r = run("demo", "mnist", "--data", absent.toString());
        assertEquals(2, r.status());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("protpred: error: " + absent + ": MNIST data folder not found"), r.err());
        assertTrue(lines[0].contains("train-images-idx3-ubyte"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(2, run("demo", "softmax", "--data", absent.toString()).status());
    }

    @Test
    void truncatedMnistFileIsOneLineNamingTheFile() throws Exception {
        // a label file cut inside its data
        Files.write(dir.resolve("train-labels-idx1-ubyte"), new byte[] {0, 0, 8, 1, 0, 0, 0, 5, 1, 2});
        Files.write(dir.resolve("train-images-idx3-ubyte"), new byte[] {0, 0, 8, 3, 0, 0, 0, 5, 0, 0, 0, 28, 0, 0, 0, 28});
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), new byte[0]);
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), new byte[0]);
        CliRun r = run("demo", "mnist", "--data", dir.toString());
        assertEquals(2, r.status(), r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("protpred: error: " + dir.resolve("train-images-idx3-ubyte") + ": truncated"),
                r.err());
    }

    @Test
    void resumeWithoutRunDirIsAUsageError() {
        CliRun r = run("demo", "iris", "--resume");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--run-dir"), r.err());
    }
}
