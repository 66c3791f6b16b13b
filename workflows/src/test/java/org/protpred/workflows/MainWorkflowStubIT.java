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

    @Test
    void samplesheetRowsAreScatteredInTheirOrderWithTheirAlignments() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/one.fasta"), ">q1 query\nMKVLAAGIVG\n");
        Files.writeString(dir.resolve("in/q1.a3m"), ">q1\nMKVLAAGIVG\n>hit\nMKVLSAGIVG\n");
        // relative paths are relative to the samplesheet's folder; the rows' order is the report's
        Files.writeString(dir.resolve("in/samples.csv"),
                "id,fasta,msa\nproteome," + Protpred.example() + ",\nsingle,one.fasta,q1.a3m\n");

        Nextflow.run(dir, "run", Protpred.workflows().resolve("main.nf").toString(), "-profile", "test", "-stub-run",
                "--input", "in/samples.csv", "--outdir", "out", "-with-trace", "trace.txt").assertSucceeded();

        assertEquals(10, Trace.read(dir.resolve("trace.txt")).tasks().size());
        assertEquals(List.of("TS115_0", "TS115_1", "TS115_5", "q1"), Files.readAllLines(dir.resolve("out/summary.tsv"))
                .stream().skip(1).map(l -> l.substring(0, l.indexOf('\t'))).toList());
        assertEquals(Set.of("q1.rr", "run.json"), files(dir.resolve("out/contacts/single_1")));
        // the alignment is staged into the contacts task of its row only
        List<String> staging = new java.util.ArrayList<>();
        try (Stream<Path> runs = Files.walk(dir.resolve("work")).filter(p -> p.endsWith(".command.run"))) {
            for (Path run : runs.toList()) {
                String script = Files.readString(run.resolveSibling(".command.sh"));
                if (Files.readString(run).contains("q1.a3m")) {
                    staging.add(script.lines().filter(l -> l.contains("protpred_stub")).findFirst().orElseThrow().trim());
                }
            }
        }
        assertEquals(List.of("protpred_stub contacts one.1.fasta single_1"), staging);
    }

    @Test
    void aSamplesheetWithAnIdTwiceIsRefusedBeforeAnyTask() throws Exception {
        Files.writeString(dir.resolve("samples.csv"),
                "id,fasta\nx," + Protpred.example() + "\nx," + Protpred.example() + "\n");
        Nextflow.Run run = Nextflow.run(dir, "run", Protpred.workflows().resolve("main.nf").toString(),
                "-stub-run", "--input", "samples.csv", "--outdir", "out");
        assertEquals(1, run.exitCode(), run.output());
        assertEquals(true, run.output().contains("samples.csv: row 2: id 'x' appears twice"), run.output());
        assertEquals(false, Files.exists(dir.resolve("out/summary.tsv")));
    }

    @Test
    void anInputWithoutRecordsIsAnErrorNotAnEmptyReport() throws Exception {
        Files.writeString(dir.resolve("empty.fasta"), "");
        Nextflow.Run run = Nextflow.run(dir, "run", Protpred.workflows().resolve("main.nf").toString(),
                "-stub-run", "--input", "empty.fasta", "--outdir", "out");
        assertEquals(1, run.exitCode(), run.output());
        assertEquals(true, run.output().contains("--input empty.fasta: no FASTA records"), run.output());
        assertEquals(false, Files.exists(dir.resolve("out/summary.tsv")));
    }

    static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
