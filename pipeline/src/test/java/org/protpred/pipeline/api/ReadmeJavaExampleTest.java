package org.protpred.pipeline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.biojava.nbio.core.sequence.ProteinSequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.pipeline.labels.ContactRange;

/**
 * The Java example of the README compiles against protpred and runs in this JVM, printing what the library predicts.
 * ({@code ReadmeExampleIT} compiles and runs it against the packaged jar in a fresh JVM.)
 */
class ReadmeJavaExampleTest {

    @TempDir
    Path tmp;

    @Test
    void theReadmeExampleCompilesAndRuns() throws Exception {
        Path source = Files.writeString(tmp.resolve("PredictExample.java"),
                ReadmeExample.source(Path.of("..", "README.md")));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, null, diagnostics, "-cp", classPath, "-d", tmp.toString(), source.toString());
        assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));

        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()},
                ReadmeJavaExampleTest.class.getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            loader.loadClass("PredictExample").getMethod("main", String[].class)
                    .invoke(null, (Object) new String[] {ReadmeExample.structure().toString()});
        } finally {
            System.setOut(stdout);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        ReadmeExample.checkOutput(lines);

        // the values are the library's
        ProtPred protpred = ProtPred.bundled();
        ProteinPrediction p = protpred.predict(new ProteinSequence(
                "MQIFVKTLTGKTITLEVEPSDTIENVKAKIQDKEGIPPDQQRLIFAGKQLEDGRTLSDYNIQKESTLHLVLRLRGG"));
        assertEquals(p.secondaryStructure().states(), lines.get(0));
        assertEquals(String.format(Locale.ROOT, "fold 1: %s %.3f", p.bestFold().fold(), p.bestFold().probability()),
                lines.get(2));
        StructureLabels truth = ProtPred.labels(ProtPred.readStructure(ReadmeExample.structure()));
        ProteinPrediction q = protpred.predict(truth.id(), truth.sequence());
        assertEquals(String.format(Locale.ROOT, "structure_A: Q3 %.3f, long-range top-L/5 precision %.3f",
                truth.q3(q), truth.contactPrecision(q, ContactRange.LONG, 5)), lines.get(7));
    }
}
