package org.protpred.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.protein.ResidueStructure;

class StructureReaderTest {

    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.US_ASCII);
        return p;
    }

    private static void assertFourResidueChain(StructureChain ch) {
        assertEquals("AGLS", ch.fullSequence());
        assertEquals("A", ch.chainName());
        ResidueStructure s = ch.fullStructure();
        assertArrayEquals(new String[] {"1", "2", "3", "4"}, s.residueNumbers());
        assertArrayEquals(new boolean[] {true, true, true, true}, s.observed());
        assertArrayEquals(new double[] {-1, 0, 0}, s.ca()[0], EPS);
        assertArrayEquals(new double[] {0, 0, 0}, s.cb()[0], EPS, "real C-beta of ALA");
        assertArrayEquals(new double[] {3.56802827, 3.45932534, -0.58273431}, s.cb()[1], 1e-6,
                "virtual C-beta of GLY");
        assertArrayEquals(new double[] {0, 0, 8}, s.cb()[2], EPS);
        assertArrayEquals(new double[] {0, 9, 0}, s.cb()[3], EPS);
    }

    @Test
    void readsHandWrittenPdb() throws IOException {
        Path p = write("1tst.pdb", TestStructures.fourResidues());
        StructureChain ch = StructureReader.read(p);
        assertFourResidueChain(ch);
        ProteinRecord r = ch.observedRecord();
        assertEquals("1tst_A", r.id());
        assertEquals("AGLS", r.sequence());
        assertEquals(4, r.structure().length());
    }

    @Test
    void readsGzipAndMmCifAlike() throws IOException {
        Path gz = dir.resolve("1tst.pdb.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(TestStructures.fourResidues().getBytes(StandardCharsets.US_ASCII));
        }
        StructureChain fromGz = StructureReader.read(gz, "A");
        assertFourResidueChain(fromGz);
        assertEquals("1tst_A", fromGz.id());

        Path cif = write("1tst.cif", TestStructures.mmCif(TestStructures.fourResidueAtoms(), null));
        StructureChain fromCif = StructureReader.read(cif);
        assertFourResidueChain(fromCif);
        assertEquals("1tst_A", fromCif.id());

        Path cifGz = dir.resolve("x.cif.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(cifGz))) {
            out.write(TestStructures.mmCif(TestStructures.fourResidueAtoms(), null).getBytes(StandardCharsets.US_ASCII));
        }
        assertFourResidueChain(StructureReader.read(cifGz));
        Path sniffed = write("structure.txt", TestStructures.mmCif(TestStructures.fourResidueAtoms(), null));
        assertFourResidueChain(StructureReader.read(sniffed));
    }

    /** A 15-residue chain along x whose SEQRES lists every residue; residue 8 has no coordinates. */
    private static String chainWithGap(String iCodeOfResidue3) {
        String[] names = {"MET", "LYS", "THR", "ALA", "TYR", "ILE", "ALA", "LYS", "GLN", "ARG", "GLN", "ILE", "SER",
            "PHE", "GLY"};
        List<TestStructures.Atom> atoms = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            if (k == 7) {
                continue;
            }
            double x = 3.8 * k;
            String ins = k == 2 ? iCodeOfResidue3 : "";
            int num = k == 2 && !ins.isEmpty() ? 2 : k + 1;
            atoms.add(new TestStructures.Atom("N", names[k], "A", num, ins, x - 1, 1, 0, "N"));
            atoms.add(new TestStructures.Atom("CA", names[k], "A", num, ins, x, 0, 0, "C"));
            atoms.add(new TestStructures.Atom("C", names[k], "A", num, ins, x + 1, 0.5, 0, "C"));
            if (!names[k].equals("GLY") && k != 4) {
                atoms.add(new TestStructures.Atom("CB", names[k], "A", num, ins, x, -1, 1, "C"));
            }
        }
        return TestStructures.pdb(atoms, List.of(names));
    }

    @Test
    void seqResGivesMissingResiduesAndInsertionCodes() throws IOException {
        Path p = write("gap.pdb", chainWithGap("A"));
        StructureChain ch = StructureReader.read(p);
        assertEquals("MKTAYIAKQRQISFG", ch.fullSequence());
        assertEquals("MKTAYIAQRQISFG", ch.observedSequence());
        ResidueStructure full = ch.fullStructure();
        assertArrayEquals(new String[] {"1", "2", "2A", "4", "5", "6", "7", "", "9", "10", "11", "12", "13", "14",
            "15"}, full.residueNumbers());
        assertEquals(false, full.observed()[7]);
        assertTrue(Double.isNaN(full.ca()[7][0]) && Double.isNaN(full.cb()[7][0]));
        // TYR (index 4) has no C-beta atom: virtual one from N (14.2,1,0), CA (15.2,0,0), C (16.2,0.5,0)
        double[] expected = VirtualCBeta.place(new double[] {14.2, 1, 0}, new double[] {15.2, 0, 0},
                new double[] {16.2, 0.5, 0});
        assertArrayEquals(expected, full.cb()[4], 1e-9);

        ProteinRecord fullRecord = ch.fullRecord();
        assertEquals(15, fullRecord.length());
        assertEquals(false, fullRecord.isScored(7));
        assertEquals(true, fullRecord.isScored(8));
        ProteinRecord observed = ch.observedRecord();
        assertEquals(14, observed.length());
        assertEquals("9", observed.structure().residueNumbers()[7]);
        assertEquals(14, ch.observedGroups().size());
    }

    @Test
    void virtualCBetaFormulaWorkedExample() {
        // b = CA - N = (1,0,0), c = C - CA = (0,1,0), a = b x c = (0,0,1)
        assertArrayEquals(new double[] {0.56802827, -0.54067466, -0.58273431},
                VirtualCBeta.place(new double[] {-1, 0, 0}, new double[] {0, 0, 0}, new double[] {0, 1, 0}), 1e-12);
    }

    @Test
    void selectsChainsByName() throws IOException {
        List<TestStructures.Atom> atoms = new ArrayList<>(TestStructures.fourResidueAtoms());
        for (TestStructures.Atom a : TestStructures.fourResidueAtoms()) {
            atoms.add(new TestStructures.Atom(a.name(), a.resName(), "B", a.resSeq(), a.iCode(), a.x() + 50, a.y(),
                    a.z(), a.element()));
        }
        Path p = write("two.pdb", TestStructures.pdb(atoms, List.of()));
        assertEquals(List.of("A", "B"), StructureReader.proteinChainNames(p));
        assertEquals("A", StructureReader.read(p).chainName());
        StructureChain b = StructureReader.read(p, "B");
        assertEquals("two_B", b.id());
        assertArrayEquals(new double[] {50, 0, 0}, b.fullStructure().cb()[0], EPS);
        InputException e = assertThrows(InputException.class, () -> StructureReader.read(p, "C"));
        assertEquals(p + ": chain 'C' not found (protein chains: A, B)", e.getMessage());
    }

    @Test
    void recordIdsFromFileNames() {
        assertEquals("1abc_A", StructureReader.recordId(Path.of("x/1abc.pdb"), "A"));
        assertEquals("1abc_B", StructureReader.recordId(Path.of("1abc.cif.gz"), "B"));
        assertEquals("1AQT_A", StructureReader.recordId(Path.of("1AQT_A.pdb"), "A"));
        assertEquals("T0900-D1_A", StructureReader.recordId(Path.of("T0900-D1.pdb"), "A"));
    }

    private static String errorOf(Path p) {
        return assertThrows(InputException.class, () -> StructureReader.read(p)).getMessage();
    }

    @Test
    void rejectsBrokenFiles() throws IOException {
        String good = TestStructures.fourResidues();
        String[] lines = good.split("\n");
        // cut the 8th line (7th ATOM record) in the middle of its y coordinate
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            cut.append(lines[i]).append('\n');
        }
        cut.append(lines[7], 0, 42);
        Path truncated = write("cut.pdb", cut.toString());
        assertEquals(truncated + ":8: truncated ATOM record (coordinates end at column 54, line has 42 characters)",
                errorOf(truncated));

        Path badNumber = write("nan.pdb", good.replace("  -1.000   0.000   0.000", "  -1.000   x.000   0.000"));
        assertEquals(badNumber + ":3: coordinate y is not a number: 'x.000'", errorOf(badNumber));

        Path noAtoms = write("text.pdb", "HEADER    NOTHING HERE\nREMARK just words\n");
        assertEquals(noAtoms + ": no ATOM or HETATM records: not a PDB file", errorOf(noAtoms));

        StringBuilder noCa = new StringBuilder();
        for (String l : lines) {
            if (!l.startsWith("ATOM") || !l.substring(12, 16).equals(" CA ")) {
                noCa.append(l).append('\n');
            }
        }
        Path withoutCa = write("noca.pdb", noCa.toString());
        assertTrue(errorOf(withoutCa).matches(java.util.regex.Pattern.quote(withoutCa.toString())
                + ": (chain A has no C-alpha atoms|no protein chain)"), errorOf(withoutCa));

        Path water = write("water.pdb",
                "HETATM    1  O   HOH A   1       1.000   2.000   3.000  1.00 20.00           O\nEND\n");
        assertEquals(water + ": no protein chain", errorOf(water));

        Path cif = write("cols.cif", TestStructures.mmCif(TestStructures.fourResidueAtoms(), "Cartn_y"));
        assertEquals(cif + ": mmCIF atom_site lacks required column Cartn_y", errorOf(cif));

        String cifText = TestStructures.mmCif(TestStructures.fourResidueAtoms(), null);
        Path cutCif = write("cut.cif", cifText.substring(0, cifText.indexOf("ATOM 9 ") + 30));
        assertTrue(errorOf(cutCif).startsWith(cutCif + ": malformed mmCIF file: the atom_site table is truncated"),
                errorOf(cutCif));
    }

    /** BioJava must never fetch anything: every network request would go through the default proxy selector. */
    @Test
    void readsWithoutNetworkAccess() throws IOException {
        List<URI> requested = new ArrayList<>();
        ProxySelector original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                requested.add(uri);
                throw new IllegalStateException("network access attempted: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        try {
            // a modified residue (MSE) and a ligand unknown to the bundled dictionary would make the default
            // BioJava set-up download their definitions
            String pdb = TestStructures.fourResidues().replace("SER A   4", "MSE A   4")
                    .replace("TER\n", "HETATM  100  C1  ZZQ A 101       5.000   5.000   5.000  1.00 20.00           C\nTER\n");
            Path p = write("modres.pdb", pdb);
            StructureChain ch = StructureReader.read(p);
            assertEquals("AGLM", ch.fullSequence());
            Path cif = write("modres.cif", TestStructures.mmCif(TestStructures.fourResidueAtoms(), null)
                    .replace(" SER ", " MSE "));
            assertEquals("AGLM", StructureReader.read(cif).fullSequence());
        } finally {
            ProxySelector.setDefault(original);
        }
        assertEquals(List.of(), requested);
    }
}
