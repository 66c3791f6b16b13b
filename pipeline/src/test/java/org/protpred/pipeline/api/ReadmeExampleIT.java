package org.protpred.pipeline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.pipeline.ExternalProcess;

/**
 * The README's Java example as a user's own project builds it: written to a folder of its own, compiled by
 * {@code javac} against the packaged pipeline jar and its runtime dependencies only ({@code target/lib}, no test
 * class path), and run in a fresh JVM. Run by failsafe after {@code package}.
 */
class ReadmeExampleIT {

    @TempDir
    Path tmp;

    @Test
    void theReadmeExampleCompilesAndRunsAgainstThePackagedJar() throws Exception {
        Path jar = Path.of(System.getProperty("protpred.jar"));
        Path lib = Path.of(System.getProperty("protpred.lib"));
        assertTrue(Files.isRegularFile(jar), jar + " missing: run after package");
        assertTrue(Files.isDirectory(lib), lib + " missing: run after package");
        Files.writeString(tmp.resolve("PredictExample.java"), ReadmeExample.source(Path.of("..", "README.md")));
        String classPath = jar + File.pathSeparator + lib + File.separator + "*";
        Path bin = Path.of(System.getProperty("java.home"), "bin");

        ExternalProcess javac = ExternalProcess.run(List.of(bin.resolve("javac").toString(), "-cp", classPath,
                "-d", ".", "PredictExample.java"), tmp, Map.of(), 300);
        assertEquals(0, javac.status(), javac.describe());
        assertTrue(Files.isRegularFile(tmp.resolve("PredictExample.class")));

        ExternalProcess run = ExternalProcess.run(List.of(bin.resolve("java").toString(), "-Xmx2g",
                "-Dorg.slf4j.simpleLogger.logFile=System.err", "-cp", "." + File.pathSeparator + classPath,
                "PredictExample", ReadmeExample.structure().toString()), tmp, Map.of(), 600);
        assertEquals(0, run.status(), run.describe());
        ReadmeExample.checkOutput(run.out().lines().toList());
    }
}
