package org.protpred.pipeline.features;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.DataLocation;
import org.protpred.pipeline.cli.ProtpredCommand;
import picocli.CommandLine;

/** {@code protpred features}: the documented TSV form, per-record failures, and whole-input errors. */
class FeaturesCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = ProtpredCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static String[] cells(String line) {
        return line.split("\t", -1);
    }

    @Test
    void writesOneTsvPerRecordWithHeaderIndexAndResidueFirst() throws Exception {
        Path fa = Files.writeString(tmp.resolve("in.fasta"), ">p1 first\nMKV\n>p2\nGX\n");
        Path dir = tmp.resolve("out");
        assertEquals(0, run("features", fa.toString(), "-o", dir.toString()), err.toString());
        List<String> lines = Files.readAllLines(dir.resolve("p1.tsv"));
        assertEquals(4, lines.size());
        String[] header = cells(lines.get(0));
        assertEquals(2 + 34, header.length);
        assertEquals("index", header[0]);
        assertEquals("aa", header[1]);
        assertEquals("aa_A", header[2]);
        assertEquals("len_log", header[35]);
        String[] row = cells(lines.get(1));
        assertEquals("1", row[0]);
        assertEquals("M", row[1]);
        assertEquals("1", row[2 + 10]); // aa_M
        assertEquals("0", row[2]);
        float[][] expected = ResidueFeatures.extract(org.protpred.pipeline.protein.ProteinRecord.of("p1", "MKV"),
                FeatureSpec.singleSequence());
        for (int k = 0; k < 34; k++) {
            assertEquals(expected[0][k], Float.parseFloat(row[2 + k]), "column " + header[2 + k] + " reads back exactly");
        }
        List<String> p2 = Files.readAllLines(dir.resolve("p2.tsv"));
        assertEquals("2\tX", p2.get(2).substring(0, 3));
        assertEquals("1", cells(p2.get(2))[2 + 20]); // aa_X
        assertTrue(out.toString().contains("2 of 2 records"), out.toString());
    }

    @Test
    void aRecordWithoutItsPssmIsReportedAndTheOthersAreWritten() throws Exception {
        Path fa = Files.writeString(tmp.resolve("in.fasta"), ">a\nAC\n>b\nAC\n");
        Path pssms = Files.createDirectory(tmp.resolve("pssm"));
        Files.writeString(pssms.resolve("a.pssm"), pssm("AC"));
        Path dir = tmp.resolve("out");
        assertEquals(2, run("features", fa.toString(), "--pssm", pssms.toString(), "-o", dir.toString()));
        assertTrue(Files.isRegularFile(dir.resolve("a.tsv")));
        assertFalse(Files.exists(dir.resolve("b.tsv")));
        assertTrue(err.toString().contains("no file for record 'b'"), err.toString());
        assertTrue(err.toString().contains("1 of 2 records failed"), err.toString());
        List<String> a = Files.readAllLines(dir.resolve("a.tsv"));
        assertEquals(2 + 54, cells(a.get(0)).length);
        assertEquals("prof_A", cells(a.get(0))[2 + 34]);
    }

    @Test
    void wholeInputErrorsExit2WithOneLineAndWriteNothing() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.fasta"), ">a\nAC\n>b\nA1C\n");
        Path dir = tmp.resolve("out");
        assertEquals(2, run("features", bad.toString(), "-o", dir.toString()));
        assertTrue(err.toString().startsWith("protpred: error: " + bad + ":4: illegal character '1'"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
        assertFalse(Files.exists(dir));

        err.getBuffer().setLength(0);
        Path good = Files.writeString(tmp.resolve("good.fasta"), ">a\nAC\n");
        assertEquals(2, run("features", good.toString(), "--spec", "profile", "-o", dir.toString()));
        assertEquals("protpred: error: the feature spec uses profile features: pass --pssm or --msa",
                err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(2, run("features", good.toString(), "--spec", "nonsense", "-o", dir.toString()));
        assertTrue(err.toString().startsWith("protpred: error: unknown feature spec 'nonsense'"), err.toString());
        assertFalse(Files.exists(dir));
    }

    @Test
    void idsBecomeSafeFileNamesAndCollisionsFailTheLaterRecord() throws Exception {
        Path fa = Files.writeString(tmp.resolve("in.fasta"), ">3E7U:X|PDBID\nAC\n>3E7U_X_PDBID\nAC\n>../up\nAC\n");
        Path dir = tmp.resolve("out");
        assertEquals(2, run("features", fa.toString(), "-o", dir.toString()));
        assertTrue(Files.isRegularFile(dir.resolve("3E7U_X_PDBID.tsv")));
        assertTrue(Files.isRegularFile(dir.resolve("_.._up.tsv")));   // the one id policy (OutputNames)
        assertTrue(err.toString().contains("record '3E7U_X_PDBID' would be written to 3E7U_X_PDBID.tsv"),
                err.toString());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(2, s.count());
        }
    }

    @Test
    void aJsonSpecFileIsAccepted() throws Exception {
        Path spec = Files.writeString(tmp.resolve("spec.json"), FeatureSpec.of(FeatureGroup.of("hydrophobicity",
                "standardise", "false")).toJson());
        Path fa = Files.writeString(tmp.resolve("in.fasta"), ">a\nIR\n");
        Path dir = tmp.resolve("out");
        assertEquals(0, run("features", fa.toString(), "--spec", spec.toString(), "-o", dir.toString()), err.toString());
        assertEquals(List.of("index\taa\thydropathy_kyte_doolittle", "1\tI\t4.5", "2\tR\t-4.5"),
                Files.readAllLines(dir.resolve("a.tsv")));
    }

    @Test
    void realExampleWithPssmAndAlignment() throws Exception {
        RequiresData.assume(DataLocation.folder("examples/dncon2_dryrun").isPresent(), "examples/dncon2_dryrun");
        Path root = DataLocation.folder("examples/dncon2_dryrun").orElseThrow();
        Path fa = root.resolve("input/T0900.fasta");
        Path run = root.resolve("output/T0900-2017-Oct-23");
        Path dir = tmp.resolve("out");
        assertEquals(0, run("features", fa.toString(), "--pssm", run.resolve("pssm/T0900.pssm").toString(),
                "-o", dir.toString()), err.toString());
        List<String> pssmRows = Files.readAllLines(dir.resolve("T0900.tsv"));
        assertEquals(2 + 54, cells(pssmRows.get(0)).length);
        assertEquals(0, run("features", fa.toString(), "--msa", run.resolve("alignments/T0900.aln").toString(),
                "-o", tmp.resolve("out2").toString()), err.toString());
        List<String> alnRows = Files.readAllLines(tmp.resolve("out2/T0900.tsv"));
        assertEquals(pssmRows.size(), alnRows.size());
        // both profiles are distributions: the 20 profile columns of each residue sum to 1
        for (List<String> rows : List.of(pssmRows, alnRows)) {
            String[] c = cells(rows.get(10));
            double sum = 0;
            for (int k = 2 + 34; k < 2 + 54; k++) {
                sum += Double.parseDouble(c[k]);
            }
            assertEquals(1.0, sum, 1e-3);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    /** A minimal PSI-BLAST ASCII PSSM for a sequence (all scores 0, uniform percentages). */
    static String pssm(String seq) {
        StringBuilder sb = new StringBuilder("\nLast position-specific scoring matrix computed\n");
        sb.append("            A   R   N   D   C   Q   E   G   H   I   L   K   M   F   P   S   T   W   Y   V"
                + "   A   R   N   D   C   Q   E   G   H   I   L   K   M   F   P   S   T   W   Y   V\n");
        for (int i = 0; i < seq.length(); i++) {
            sb.append(String.format("%5d %c ", i + 1, seq.charAt(i)));
            for (int k = 0; k < 20; k++) {
                sb.append("  0");
            }
            for (int k = 0; k < 20; k++) {
                sb.append("  5");
            }
            sb.append("  0.00 0.00\n");
        }
        sb.append("\n                      K         Lambda\n");
        return sb.toString();
    }
}
