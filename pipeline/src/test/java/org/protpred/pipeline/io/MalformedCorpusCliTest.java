package org.protpred.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.cli.ProtpredCommand;
import picocli.CommandLine;

/**
 * Every case of {@code src/test/resources/malformed/cases.tsv} through the real command line: the exit status, the
 * first error line (a regex), the number of {@code protpred: error:} lines (one per failed record, plus the summary
 * line of {@code features}), no stack trace, no raw control character, no temporary file and, when no record was
 * written ({@code N of M records} with N = 0, or no such line), no output file at all.
 *
 * <p>Manifest columns (tab-separated; {@code #} starts a comment line): FILE (in the corpus folder, or {@code @NAME}
 * for an input made by this test: see {@link #generated}), COMMAND ({@code labels}, {@code features},
 * {@code features-pssm}, {@code features-msa}, {@code predict-ss}, {@code predict-ss-model}, {@code column-index},
 * {@code predict-all} (FILE as the input), {@code predict-all-onto} (FILE as the output folder), {@code predict-all-msa}
 * (FILE as --msa), {@code report} (FILE as the results folder), {@code report-fasta} (FILE as the input),
 * {@code report-onto} (FILE as the output folder)),
 * EXIT, ERRORS (how many {@code protpred: error:} lines), REGEX (found in the first error line; {@code -} when
 * none is expected).
 */
class MalformedCorpusCliTest {

    /** A FASTA record that matches the corpus's PSSM and alignment files. */
    static final String QUERY_FASTA = "valid/query.fasta";

    @TempDir
    static Path generatedDir;

    @TempDir
    Path tmp;

    record Case(String file, String command, int exit, int errors, String regex, int line) {
        @Override
        public String toString() {
            return file + " " + command;
        }
    }

    static Path corpus() throws Exception {
        return MalformedInputCorpusTest.corpus();
    }

    static List<Case> cases() throws Exception {
        List<Case> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpus().resolve("cases.tsv"), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t");
            if (f.length != 5) {
                throw new IllegalStateException("cases.tsv:" + (i + 1) + ": expected 5 tab-separated fields");
            }
            out.add(new Case(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], i + 1));
        }
        return out;
    }

    @BeforeAll
    static void makeGeneratedInputs() throws Exception {
        // a 200 MiB sequence line between two good records, as a gzip of about 200 kB
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(generatedDir.resolve("huge-line.fasta.gz")),
                1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            out.write(">first\nMKVLAEH\n>huge\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "ACDEFGHIKL".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < 200L << 20; n += chunk.length) {
                out.write(chunk);
            }
            out.write("\n>last\nGGSW\n".getBytes(StandardCharsets.US_ASCII));
        }
        Files.writeString(generatedDir.resolve("long-record.fasta"),
                ">long\n" + "MKVLAEHSWG\n".repeat(10_001));
        Files.writeString(generatedDir.resolve("long-row.aln"), "A".repeat(200_000) + "\n");
        Files.writeString(generatedDir.resolve("long-line.a3m"), ">q\nMGKVLAEHSW" + "a".repeat(2_000_000) + "\n");
        Files.writeString(generatedDir.resolve("many-rows.aln"), "M\n".repeat(AlignmentReader.MAX_ROWS + 1));
        Files.writeString(generatedDir.resolve("long-line.pssm"), Files.readString(corpus().resolve("valid.pssm"))
                .replaceFirst("\n1 ", "\n" + "9".repeat(50_000) + " "));
        Files.writeString(generatedDir.resolve("long-line.indices"), "0\tM\t1\t1 A\t" + "0".repeat(50_000) + "\n");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(generatedDir.resolve("huge-metadata.zip")))) {
            zip.putNextEntry(new ZipEntry("protpred-metadata.json"));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            zip.write("{\"kind\": \"ss-birnn\",".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 64; i++) {
                zip.write(blanks);
            }
            zip.write("\"formatVersion\": 1}".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        Files.writeString(generatedDir.resolve("all-empty.fasta"), ">a\n>b\n");   // every record fails alone
        Files.createDirectories(generatedDir.resolve("folder"));
        Files.createSymbolicLink(generatedDir.resolve("dangling.fasta"), generatedDir.resolve("nowhere.fasta"));
    }

    private static Path input(String name) throws Exception {
        return name.startsWith("@") ? generatedDir.resolve(name.substring(1)) : corpus().resolve(name);
    }

    @Test
    void manifestCoversEveryCorpusFileAndHasAtLeastAHundredCases() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 100, "cases: " + cases.size());
        Set<String> listed = cases.stream().map(Case::file).filter(f -> !f.startsWith("@"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> files;
        try (Stream<Path> s = Files.list(corpus())) {
            files = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".md") && !n.equals("cases.tsv") && !n.endsWith(".py"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> unlisted = new TreeSet<>(files);
        unlisted.removeAll(listed);
        assertEquals(Set.of(), unlisted, "corpus files without a case");
        for (String name : listed) {
            assertTrue(Files.exists(corpus().resolve(name)), "cases.tsv names a missing file: " + name);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void caseFailsCleanly(Case c) throws Exception {
        Path in = input(c.file());
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        StringWriter stdout = new StringWriter();
        ByteArrayOutputStream rawErr = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        int status;
        try {
            System.setErr(new PrintStream(rawErr, true, StandardCharsets.UTF_8));
            status = run(c.command(), in, out, err, stdout);
        } finally {
            System.setErr(originalErr);
        }
        String allErr = err + rawErr.toString(StandardCharsets.UTF_8);
        String where = "cases.tsv:" + c.line() + " " + c + " -> status " + status + ", stderr:\n" + allErr;
        Path report = Path.of("target", "malformed-corpus-report.tsv");
        if (Files.isDirectory(report.getParent())) {
            // what each case printed, for reviewing the messages: target/malformed-corpus-report.tsv
            Files.writeString(report, c.file() + "\t" + c.command() + "\t" + status + "\t"
                    + allErr.lines().findFirst().orElse("") + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        assertEquals(c.exit(), status, where);
        assertFalse(allErr.contains("\tat ") || allErr.contains("Exception"), where);
        assertFalse(allErr.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' || ch == 0x7f), "raw control byte: " + where);
        List<String> errors = allErr.lines().filter(l -> l.startsWith("protpred: error: ")).toList();
        List<String> others = allErr.lines().filter(l -> !l.startsWith("protpred: error: ")
                && !l.matches("predict (ss|all): \\d+ of \\d+ records predicted into .*")
                && !l.matches("report: \\d+ records \\(\\d+ complete\\) reported into .*")).toList();
        assertEquals(List.of(), others, where);
        assertEquals(c.errors(), errors.size(), where);
        if (!c.regex().equals("-")) {
            assertTrue(Pattern.compile(c.regex()).matcher(errors.get(0)).find(), "regex " + c.regex() + ": " + where);
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.walk(out)) {
                List<Path> files = s.filter(Files::isRegularFile).toList();
                assertTrue(files.stream().noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), where);
                java.util.regex.Matcher done = Pattern.compile("(\\d+) of \\d+ records").matcher(stdout + allErr);
                boolean ran = done.find();
                boolean someWritten = ran && Integer.parseInt(done.group(1)) > 0;
                if (c.exit() != 0 && !someWritten) {
                    // a run whose records all failed one by one still records them (run.json; summary and report
                    // of predict all); an input refused as a whole writes nothing
                    List<String> runRecords = List.of("run.json", "summary.tsv", "report.html");
                    assertEquals(List.of(), files.stream()
                            .filter(p -> !ran || !runRecords.contains(p.getFileName().toString())).toList(),
                            "the whole input failed, yet files were written: " + where);
                }
            }
        }
    }

    private static int run(String command, Path in, Path out, StringWriter err, StringWriter stdout) throws Exception {
        if (command.equals("column-index")) {
            // no command reads these files (the Pfam40 data set does): the reader, reported as the command would
            try {
                ColumnIndexReader.read(in);
                return 0;
            } catch (InputException e) {
                err.write("protpred: error: " + e.getMessage() + "\n");
                return ProtpredCommand.EXIT_USER_ERROR;
            }
        }
        String query = corpus().resolve(QUERY_FASTA).toString();
        String[] args = switch (command) {
            case "labels" -> new String[] {"labels", in.toString(), "-o", out.toString()};
            case "features" -> new String[] {"features", in.toString(), "-o", out.toString()};
            case "features-pssm" -> new String[] {"features", query, "--pssm", in.toString(), "-o", out.toString()};
            case "features-msa" -> new String[] {"features", query, "--msa", in.toString(), "-o", out.toString()};
            case "predict-ss" -> new String[] {"predict", "ss", in.toString(), "-o", out.toString()};
            case "predict-ss-model" -> new String[] {"predict", "ss", query, "--model", in.toString(), "-o",
                out.toString()};
            case "predict-all" -> new String[] {"predict", "all", in.toString(), "-o", out.toString()};
            case "predict-all-onto" -> new String[] {"predict", "all", query, "-o", in.toString()};
            case "predict-all-msa" -> new String[] {"predict", "all", query, "--msa", in.toString(), "-o",
                out.toString()};
            case "report" -> new String[] {"report", query, in.toString(), "-o", out.toString()};
            case "report-fasta" -> new String[] {"report", in.toString(), generatedDir.resolve("folder").toString(),
                "-o", out.toString()};
            case "report-onto" -> new String[] {"report", query, generatedDir.resolve("folder").toString(), "-o",
                in.toString()};
            default -> throw new IllegalArgumentException("unknown command in cases.tsv: " + command);
        };
        CommandLine cl = ProtpredCommand.newCommandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(stdout, true));
        return cl.execute(args);
    }
}
