package org.protpred.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record that every predictor rejects, in the second chunk beside a good one: the chunk's tasks succeed with the
 * good record's results, run.json lists the failure, and the report says so in the failed record's row.
 */
class FailedRecordIT {
    private static final Map<String, List<String>> EXTENSIONS =
            Map.of("ss", List.of(".ss2", ".horiz"), "fold", List.of(".rank"), "contacts", List.of(".rr"));

    @TempDir
    Path dir;

    @Test
    void aRecordThatFailsLosesNoneOfTheOthersResults() throws Exception {
        Path input = dir.resolve("withbad.fasta");
        Files.writeString(input, Files.readString(Protpred.example()) + ">bad_1 not a protein\nMKV1LL\n");

        Nextflow.Run run = Nextflow.run(dir, "run", Protpred.workflows().resolve("main.nf").toString(),
                "-profile", "test", "--input", input.toString(), "--outdir", "out",
                "--protpred", Protpred.launcher().toString(), "-with-trace", "trace.txt");
        run.assertSucceeded();
        Path out = dir.resolve("out");

        for (String task : EXTENSIONS.keySet()) {
            for (String ext : EXTENSIONS.get(task)) {
                for (String id : List.of("TS115_0", "TS115_1")) {
                    assertTrue(Files.isRegularFile(out.resolve(task + "/withbad_1/" + id + ext)), task + " " + id + ext);
                }
                assertTrue(Files.isRegularFile(out.resolve(task + "/withbad_2/TS115_5" + ext)), task + " TS115_5" + ext);
            }
            Path second = out.resolve(task + "/withbad_2");
            assertTrue(MainWorkflowStubIT.files(second).stream().noneMatch(f -> f.startsWith("bad_1")),
                    task + ": nothing written for bad_1");
            Path runJson = second.resolve("run.json");
            assertEquals(2, Results.jsonNumber(runJson, "records"), task);
            assertEquals(1, Results.jsonNumber(runJson, "predicted"), task);
            assertEquals(List.of("bad_1"), Results.failedIds(runJson), task);
        }
        assertEquals(Set.of("COMPLETED"), Set.copyOf(Trace.read(dir.resolve("trace.txt")).tasks().stream()
                .map(Trace.Task::status).toList()));

        Results.assertReportCommandExists(dir);
        List<String> summary = Files.readAllLines(out.resolve("summary.tsv"), StandardCharsets.UTF_8);
        assertEquals(5, summary.size(), String.join("\n", summary));
        assertEquals(Results.SUMMARY_HEADER, summary.get(0));
        Results.assertRowAgrees(summary.get(1), "TS115_0", 140, out.resolve("ss/withbad_1"),
                out.resolve("fold/withbad_1"), out.resolve("contacts/withbad_1"));
        Results.assertRowAgrees(summary.get(3), "TS115_5", 467, out.resolve("ss/withbad_2"),
                out.resolve("fold/withbad_2"), out.resolve("contacts/withbad_2"));
        String[] bad = summary.get(4).split("\t", -1);
        assertEquals(9, bad.length, summary.get(4));
        assertEquals("bad_1", bad[0]);
        // a record that is not a protein sequence has no length either: every cell but the status is empty
        assertEquals(List.of("", "", "", "", "", "", ""), List.of(bad).subList(1, 8), "nothing predicted: " + summary.get(4));
        assertTrue(bad[8].matches("failed: (ss|fold|contacts)(,(ss|fold|contacts))*: .+"), bad[8]);
    }
}
