package org.protpred.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.cli.ProtpredCommand;
import picocli.CommandLine;

/**
 * Every file of {@code src/test/resources/malformed/} through its reader and through {@code protpred labels}: one
 * clear line naming the file, exit status 2, no stack trace, no output files. A missing file and a folder given as a
 * file are made here.
 */
class MalformedInputCorpusTest {

    /** Corpus file -> part of the expected message (after the file name). */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("truncated.pdb", ":10: truncated ATOM record"),
            Map.entry("no-calpha.pdb", ": chain A has no C-alpha atoms"),
            Map.entry("no-protein.pdb", ": no protein chain"),
            Map.entry("missing-columns.cif", ": mmCIF atom_site lacks required column Cartn_z"),
            Map.entry("truncated.cif", ": malformed mmCIF file: the atom_site table is truncated"),
            Map.entry("digits.fasta", ":4: illegal character '4' in the sequence of 'bad2'"),
            Map.entry("empty-records.fasta", ":3: record 'b' has no sequence"),
            Map.entry("not-fasta.fasta", ":1: not a FASTA file"),
            Map.entry("wrong-columns.pssm", ":5: expected 44 fields"),
            Map.entry("unequal-rows.aln", ":3: alignment row 'seq2' has 9 match columns, the first row has 10"),
            Map.entry("empty.pdb", ": empty file (0 bytes)")));

    /** The readers a file of each kind goes through. */
    private static final Map<String, List<Consumer<Path>>> READERS = Map.of(
            "pdb", List.of(StructureReader::read),
            "cif", List.of(StructureReader::read),
            "fasta", List.of(FastaReader::readAll),
            "pssm", List.of(PssmReader::read),
            "aln", List.of(AlignmentReader::read));

    /** Files that the raw (label) FASTA reader must reject too; it accepts any letters by design. */
    private static final Set<String> RAW_FASTA_REJECTS = Set.of("empty-records.fasta", "not-fasta.fasta");

    private static final List<Consumer<Path>> ALL_READERS = List.of(StructureReader::read, FastaReader::readAll,
            FastaReader::readAllRaw, PssmReader::read, AlignmentReader::read, ColumnIndexReader::read);

    @TempDir
    Path tmp;

    static Path corpus() throws URISyntaxException {
        return Path.of(MalformedInputCorpusTest.class.getResource("/malformed").toURI());
    }

    @Test
    void tableFilesAreInTheCorpus() throws Exception {
        // the rest of the corpus (cases.tsv) is run through the command line by MalformedCorpusCliTest
        Set<String> files;
        try (Stream<Path> s = Files.list(corpus())) {
            files = s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(java.util.TreeSet::new));
        }
        assertTrue(files.containsAll(EXPECTED.keySet()), files.toString());
    }

    @Test
    void readersRejectEachFileNamingItAndTheProblem() throws Exception {
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            Path file = corpus().resolve(e.getKey());
            String ext = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
            List<Consumer<Path>> readers = new java.util.ArrayList<>(
                    Files.size(file) == 0 ? ALL_READERS : READERS.get(ext));
            if (RAW_FASTA_REJECTS.contains(e.getKey())) {
                readers.add(FastaReader::readAllRaw);
            }
            for (Consumer<Path> reader : readers) {
                InputException ex = assertThrows(InputException.class, () -> reader.accept(file), e.getKey());
                assertTrue(ex.getMessage().startsWith(file + e.getValue()), e.getKey() + " -> " + ex.getMessage());
                assertFalse(ex.getMessage().contains("\n"), ex.getMessage());
            }
        }
    }

    @Test
    void readersRejectMissingFilesAndFolders() {
        Path missing = tmp.resolve("missing.pdb");
        for (Consumer<Path> reader : ALL_READERS) {
            assertEquals(missing + ": no such file",
                    assertThrows(InputException.class, () -> reader.accept(missing)).getMessage());
            assertEquals(tmp + ": is a directory, not a file",
                    assertThrows(InputException.class, () -> reader.accept(tmp)).getMessage());
        }
    }

    @Test
    void labelsCommandFailsCleanlyOnEveryFile() throws Exception {
        for (String name : EXPECTED.keySet()) {
            assertCleanFailure(corpus().resolve(name), name);
        }
        Files.createDirectories(tmp.resolve("a-folder"));
        assertCleanFailure(tmp.resolve("a-folder"), "a-folder");
        assertCleanFailure(tmp.resolve("missing.pdb"), "missing.pdb");
    }

    private void assertCleanFailure(Path input, String name) throws IOException {
        Path out = tmp.resolve("out-" + name);
        StringWriter err = new StringWriter();
        StringWriter stdout = new StringWriter();
        ByteArrayOutputStream rawErr = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        int status;
        try {
            // anything written to System.err directly (e.g. a library's logging) is caught too
            System.setErr(new PrintStream(rawErr, true, StandardCharsets.UTF_8));
            CommandLine cl = ProtpredCommand.newCommandLine();
            cl.setErr(new PrintWriter(err, true));
            cl.setOut(new PrintWriter(stdout, true));
            status = cl.execute("labels", input.toString(), "-o", out.toString());
        } finally {
            System.setErr(originalErr);
        }
        String allErr = err + rawErr.toString(StandardCharsets.UTF_8);
        List<String> lines = allErr.lines().toList();
        assertEquals(2, status, name + ": " + allErr);
        assertEquals(1, lines.size(), name + ": " + allErr);
        assertTrue(lines.get(0).startsWith("protpred: error: "), lines.get(0));
        assertTrue(lines.get(0).contains(name), lines.get(0));
        assertFalse(allErr.contains("Exception") || allErr.contains("\tat "), allErr);
        assertEquals("", stdout.toString());
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                assertEquals(List.of(), s.toList(), name + ": files left in the output folder");
            }
        }
    }
}
