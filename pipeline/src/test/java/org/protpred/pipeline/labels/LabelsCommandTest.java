package org.protpred.pipeline.labels;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.DataLocation;
import org.protpred.pipeline.cli.CliRun;
import org.protpred.pipeline.cli.ProtpredCommand;
import org.protpred.pipeline.io.FastaReader;
import org.protpred.pipeline.io.TestStructures;
import picocli.CommandLine;

class LabelsCommandTest {

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    /**
     * Eight alanines: residues 1-7 on a line 3.8 A apart (C-beta at CA + (0,-1,1)), residue 8 folded back with its
     * C-beta at (0,5,1): 6 A from residue 1's C-beta (0,-1,1) and sqrt(3.8^2 + 6^2) = 7.10 A from residue 2's.
     */
    private Path hairpin() throws IOException {
        List<TestStructures.Atom> atoms = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            double x = k < 7 ? 3.8 * k : 0;
            double y = k < 7 ? 0 : 6;
            atoms.add(new TestStructures.Atom("N", "ALA", "A", k + 1, "", x - 1, y + 1, 0, "N"));
            atoms.add(new TestStructures.Atom("CA", "ALA", "A", k + 1, "", x, y, 0, "C"));
            atoms.add(new TestStructures.Atom("C", "ALA", "A", k + 1, "", x + 1, y + 0.5, 0, "C"));
            atoms.add(new TestStructures.Atom("O", "ALA", "A", k + 1, "", x + 1, y + 1.5, 0.5, "O"));
            atoms.add(new TestStructures.Atom("CB", "ALA", "A", k + 1, "", x, y - 1, 1, "C"));
        }
        Path p = tmp.resolve("hairpin.pdb");
        Files.writeString(p, TestStructures.pdb(atoms, List.of()));
        return p;
    }

    @Test
    void writesTheFourLabelFiles() throws IOException {
        Path out = tmp.resolve("labels");
        CliRun r = run("labels", hairpin().toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertEquals("hairpin_A: 8 residues, 2 contacts (short 2, medium 0, long 0) -> " + out + "\n", r.out());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(Set.of("hairpin_A.fasta", "hairpin_A.ss8", "hairpin_A.ss3", "hairpin_A.rr"),
                    s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        assertEquals(">hairpin_A chain A of hairpin.pdb\nAAAAAAAA\n", Files.readString(out.resolve("hairpin_A.fasta")));
        assertEquals(">hairpin_A\nCCCCCCCC\n", Files.readString(out.resolve("hairpin_A.ss8")));
        assertEquals(">hairpin_A\nCCCCCCCC\n", Files.readString(out.resolve("hairpin_A.ss3")));
        assertEquals("PFRMAT RR\nTARGET hairpin_A\nMODEL 1\nAAAAAAAA\n1 8 0 8 1.0\n2 8 0 8 1.0\nEND\n",
                Files.readString(out.resolve("hairpin_A.rr")));
        // the written FASTA reads back
        assertEquals("AAAAAAAA", FastaReader.readAll(out.resolve("hairpin_A.fasta")).get(0).sequence());
    }

    @Test
    void userErrorsLeaveNoFiles() throws IOException {
        Path out = tmp.resolve("none");
        CliRun r = run("labels", hairpin().toString(), "--chain", "Q", "-o", out.toString());
        assertEquals(2, r.status());
        assertEquals("protpred: error: " + tmp.resolve("hairpin.pdb") + ": chain 'Q' not found (protein chains: A)\n",
                r.err());
        assertFalse(Files.exists(out));

        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        CliRun r2 = run("labels", hairpin().toString(), "-o", file.toString());
        assertEquals(2, r2.status());
        assertEquals("protpred: error: " + file + ": output folder is an existing file\n", r2.err());

        CliRun r3 = run("labels", hairpin().toString());
        assertEquals(2, r3.status());
        assertTrue(r3.err().contains("Missing required option: '--output=DIR'"), r3.err());
    }

    /**
     * PSICOV150 1aap end to end; the contacts are checked against an independent reading of the PDB text (C-beta,
     * C-alpha for glycine, within 8 A, separation at least 6).
     */
    @Test
    void realStructureMatchesIndependentContactCalculation() throws IOException {
        Path pdb = DataLocation.folder("contact/psicov150/pdb/1aap.pdb").orElse(null);
        RequiresData.assume(pdb != null, "PSICOV150 data not present");
        Path out = tmp.resolve("psicov");
        CliRun r = run("labels", pdb.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        String expectedSeq = FastaReader.readAll(pdb.getParent().resolveSibling("fasta/1aap.fasta")).get(0).sequence();
        assertEquals(expectedSeq, FastaReader.readAll(out.resolve("1aap_A.fasta")).get(0).sequence());
        assertEquals(DsspCalculatorTest.MKDSSP_1AAP, FastaReader.readAllRaw(out.resolve("1aap_A.ss8")).get(0).text());
        assertEquals(SecondaryStructureAlphabet.threeState(DsspCalculatorTest.MKDSSP_1AAP),
                FastaReader.readAllRaw(out.resolve("1aap_A.ss3")).get(0).text());

        // independent contact calculation from the ATOM records
        List<double[]> points = new ArrayList<>();
        for (String line : Files.readAllLines(pdb)) {
            if (!line.startsWith("ATOM")) {
                continue;
            }
            String atom = line.substring(12, 16).strip();
            boolean gly = line.substring(17, 20).equals("GLY");
            if (atom.equals("CB") || gly && atom.equals("CA")) {
                points.add(new double[] {Double.parseDouble(line.substring(30, 38)),
                    Double.parseDouble(line.substring(38, 46)), Double.parseDouble(line.substring(46, 54))});
            }
        }
        assertEquals(expectedSeq.length(), points.size(), "one representative atom per residue in 1aap");
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 6; j < points.size(); j++) {
                double dx = points.get(i)[0] - points.get(j)[0];
                double dy = points.get(i)[1] - points.get(j)[1];
                double dz = points.get(i)[2] - points.get(j)[2];
                if (dx * dx + dy * dy + dz * dz <= 64.0) {
                    expected.add((i + 1) + " " + (j + 1) + " 0 8 1.0");
                }
            }
        }
        List<String> rr = Files.readAllLines(out.resolve("1aap_A.rr"));
        assertEquals(List.of("PFRMAT RR", "TARGET 1aap_A", "MODEL 1"), rr.subList(0, 3));
        assertEquals("END", rr.get(rr.size() - 1));
        Set<String> actual = new TreeSet<>(rr.subList(3 + (expectedSeq.length() + 49) / 50, rr.size() - 1));
        assertTrue(expected.size() > 20, "1aap has " + expected.size() + " contacts");
        assertEquals(expected, actual);
    }
}
