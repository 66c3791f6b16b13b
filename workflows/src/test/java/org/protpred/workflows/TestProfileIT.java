package org.protpred.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nextflow run main.nf -profile test} for real (bin/protpred on the bundled example, 3 records in 2 chunks),
 * then the same command with {@code -resume}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestProfileIT {
    private static final Map<String, List<String>> CHUNKS =
            Map.of("example_1", List.of("TS115_0", "TS115_1"), "example_2", List.of("TS115_5"));
    private static final Map<String, List<String>> EXTENSIONS =
            Map.of("ss", List.of(".ss2", ".horiz"), "fold", List.of(".rank"), "contacts", List.of(".rr"));

    private Path dir;
    private Nextflow.Run run;
    private Path out;

    @BeforeAll
    void runTheTestProfileAndTheSingleCommands(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        run = Nextflow.run(dir, "run", Protpred.workflows().resolve("main.nf").toString(), "-profile", "test",
                "--outdir", "out", "--protpred", Protpred.launcher().toString(), "-with-trace", "trace.txt");
        out = dir.resolve("out");
        for (String task : EXTENSIONS.keySet()) {
            Protpred.run(dir, "predict", task, Protpred.example().toString(), "-o", "direct/" + task).assertSucceeded();
        }
    }

    @Test
    @Order(1)
    void eachChunksFilesEqualThoseOfTheSingleCommandOnTheWholeFile() throws Exception {
        Trace trace = Trace.read(dir.resolve("trace.txt"));
        for (String task : EXTENSIONS.keySet()) {
            String process = "PROTPRED:PROTPRED_" + task.toUpperCase(java.util.Locale.ROOT);
            for (String chunk : CHUNKS.keySet()) {
                assertTrue(trace.tasks().contains(new Trace.Task(process + " (" + chunk + ")", "COMPLETED")),
                        process + " " + chunk + " completed:\n" + trace.statuses() + "\n" + run.output());
                Path folder = out.resolve(task).resolve(chunk);
                for (String id : CHUNKS.get(chunk)) {
                    for (String ext : EXTENSIONS.get(task)) {
                        assertArrayEquals(Files.readAllBytes(dir.resolve("direct").resolve(task).resolve(id + ext)),
                                Files.readAllBytes(folder.resolve(id + ext)), task + " " + chunk + " " + id + ext);
                    }
                }
                Set<String> stems = MainWorkflowStubIT.files(folder).stream().filter(f -> f.startsWith("TS115_"))
                        .map(f -> f.substring(0, f.indexOf('.'))).collect(Collectors.toSet());
                assertEquals(Set.copyOf(CHUNKS.get(chunk)), stems, task + " " + chunk + " records");
                // contract item 1: every predict run writes run.json
                Path runJson = folder.resolve("run.json");
                assertTrue(Files.isRegularFile(runJson), runJson + " (contract of issue 12, item 1)");
                assertEquals(CHUNKS.get(chunk).size(), Results.jsonNumber(runJson, "records"));
                assertEquals(CHUNKS.get(chunk).size(), Results.jsonNumber(runJson, "predicted"));
                assertEquals(List.of(), Results.failedIds(runJson));
            }
        }
    }

    @Test
    @Order(2)
    void summaryHasOneRowPerRecordInInputOrderAgreeingWithThePredictorsFiles() throws Exception {
        Results.assertReportCommandExists(dir);
        run.assertSucceeded();
        List<String> summary = Files.readAllLines(out.resolve("summary.tsv"), StandardCharsets.UTF_8);
        assertEquals(4, summary.size(), String.join("\n", summary));
        assertEquals(Results.SUMMARY_HEADER, summary.get(0));
        Results.assertRowAgrees(summary.get(1), "TS115_0", 140, out.resolve("ss/example_1"),
                out.resolve("fold/example_1"), out.resolve("contacts/example_1"));
        Results.assertRowAgrees(summary.get(2), "TS115_1", 102, out.resolve("ss/example_1"),
                out.resolve("fold/example_1"), out.resolve("contacts/example_1"));
        Results.assertRowAgrees(summary.get(3), "TS115_5", 467, out.resolve("ss/example_2"),
                out.resolve("fold/example_2"), out.resolve("contacts/example_2"));
    }

    @Test
    @Order(3)
    void reportIsOneSelfContainedHtmlFileWithEveryRecordAndTheModelsChecksums() throws Exception {
        Results.assertReportCommandExists(dir);
        run.assertSucceeded();
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("<!doctype html"), "HTML 5");
        assertTrue(html.stripTrailing().toLowerCase(java.util.Locale.ROOT).endsWith("</html>"), "complete file");
        for (String id : List.of("TS115_0", "TS115_1", "TS115_5")) {
            assertTrue(html.contains(id), id);
        }
        for (String fold : List.of("TS115_0", "TS115_1")) {
            assertTrue(html.contains(Results.topFold(out.resolve("fold/example_1/" + fold + ".rank"))[0]), fold);
        }
        // provenance: every model of every predictor, by its checksum (the first 12 hex digits at least)
        for (String task : EXTENSIONS.keySet()) {
            List<String> sums = Results.modelChecksums(out.resolve(task).resolve("example_1/run.json"));
            assertFalse(sums.isEmpty(), task + " run.json names its models");
            for (String sum : sums) {
                assertTrue(html.toLowerCase(java.util.Locale.ROOT).contains(sum.substring(0, 12)), task + " model " + sum);
            }
        }
        // nothing loaded from elsewhere
        assertFalse(html.matches("(?is).*\\b(src|href)\\s*=\\s*[\"']?(https?:)?//.*"), "no external resources");
    }

    @Test
    @Order(4)
    void secondRunWithResumeReusesEveryTask() throws Exception {
        run.assertSucceeded();
        byte[] summary = Files.readAllBytes(out.resolve("summary.tsv"));
        Nextflow.run(dir, "run", Protpred.workflows().resolve("main.nf").toString(), "-profile", "test",
                "--outdir", "out", "--protpred", Protpred.launcher().toString(), "-with-trace", "trace-resume.txt",
                "-resume").assertSucceeded();
        Trace trace = Trace.read(dir.resolve("trace-resume.txt"));
        assertEquals(7, trace.tasks().size(), trace.statuses());
        assertEquals(Set.of("CACHED"), trace.tasks().stream().map(Trace.Task::status).collect(Collectors.toSet()),
                trace.statuses());
        assertArrayEquals(summary, Files.readAllBytes(out.resolve("summary.tsv")));
    }
}
