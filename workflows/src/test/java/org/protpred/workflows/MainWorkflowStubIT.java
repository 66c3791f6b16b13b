package org.protpred.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nextflow run main.nf -profile test -stub-run}: the workflow's plumbing without predictions. */
class MainWorkflowStubIT {
    @TempDir
    Path dir;

    @Test
    void stubRunScattersTheExampleInTwoChunksAndGathersOneReport() throws Exception {
        Nextflow.run(dir, "run", Protpred.workflows().resolve("main.nf").toString(), "-profile", "test", "-stub-run",
                "--outdir", "out", "-with-trace", "trace.txt").assertSucceeded();

        Trace trace = Trace.read(dir.resolve("trace.txt"));
        assertEquals(List.of("PROTPRED:PROTPRED_CONTACTS (example_1)", "PROTPRED:PROTPRED_CONTACTS (example_2)",
                "PROTPRED:PROTPRED_FOLD (example_1)", "PROTPRED:PROTPRED_FOLD (example_2)",
                "PROTPRED:PROTPRED_REPORT (example)",
                "PROTPRED:PROTPRED_SS (example_1)", "PROTPRED:PROTPRED_SS (example_2)"), trace.names());
        assertEquals(Set.of("COMPLETED"), trace.tasks().stream().map(Trace.Task::status).collect(Collectors.toSet()));

        Path out = dir.resolve("out");
        // --chunk_size 2: the first two records in example_1, the third in example_2
        assertEquals(Set.of("TS115_0.ss2", "TS115_0.horiz", "TS115_1.ss2", "TS115_1.horiz", "run.json"),
                files(out.resolve("ss/example_1")));
        assertEquals(Set.of("TS115_5.ss2", "TS115_5.horiz", "run.json"), files(out.resolve("ss/example_2")));
        assertEquals(Set.of("TS115_0.rank", "TS115_1.rank", "run.json"), files(out.resolve("fold/example_1")));
        assertEquals(Set.of("TS115_5.rank", "run.json"), files(out.resolve("fold/example_2")));
        assertEquals(Set.of("TS115_0.rr", "TS115_1.rr", "run.json"), files(out.resolve("contacts/example_1")));
        assertEquals(Set.of("TS115_5.rr", "run.json"), files(out.resolve("contacts/example_2")));
        // the placeholder SS of a record has one line per residue
        assertEquals(102, Files.readAllLines(out.resolve("ss/example_1/TS115_1.ss2")).stream()
                .filter(l -> l.matches("\\s*\\d+ [A-Z] C .*")).count());

        // the report's input is the chunks in input order
        assertEquals(List.of(
                "id\tlength\thelix\tstrand\tcoil\ttop_fold\ttop_fold_probability\tlong_range_contacts\tstatus",
                "TS115_0\t140\t\t\t\t\t\t\tstub", "TS115_1\t102\t\t\t\t\t\t\tstub", "TS115_5\t467\t\t\t\t\t\t\tstub"),
                Files.readAllLines(out.resolve("summary.tsv"), StandardCharsets.UTF_8));
        assertEquals(true, Files.readString(out.resolve("report.html")).contains("TS115_5 (467 residues)"));
        assertEquals(List.of("\"PROTPRED:PROTPRED_CONTACTS\":", "    protpred: stub", "\"PROTPRED:PROTPRED_FOLD\":",
                "    protpred: stub", "\"PROTPRED:PROTPRED_REPORT\":", "    protpred: stub", "\"PROTPRED:PROTPRED_SS\":",
                "    protpred: stub"), Files.readAllLines(out.resolve("pipeline_info/software_versions.yml")));
    }

    static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
