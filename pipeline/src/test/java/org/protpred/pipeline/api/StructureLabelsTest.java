package org.protpred.pipeline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.biojava.nbio.structure.Structure;
import org.biojava.nbio.structure.io.PDBFileParser;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.io.TestStructures;
import org.protpred.pipeline.labels.Contact;
import org.protpred.pipeline.labels.ContactRange;
import org.protpred.pipeline.ss.SsPrediction;

/** The true labels of a BioJava structure, and scoring predictions against them. */
class StructureLabelsTest {

    /**
     * Eight alanines: residues 1-7 on a line 3.8 A apart (C-beta at CA + (0,-1,1)), residue 8 folded back with its
     * C-beta at (0,5,1): 6 A from residue 1's C-beta and sqrt(3.8^2 + 6^2) = 7.10 A from residue 2's, so the contacts
     * (separation at least 6) are (0,7) and (1,7), 0-based; (0,6) is 22.8 A apart. Too little backbone for a DSSP
     * element: all C.
     */
    static Structure hairpin() throws IOException {
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
        // parsed by BioJava itself, as a caller's code would
        return new PDBFileParser().parsePDBFile(new BufferedReader(new StringReader(
                TestStructures.pdb(atoms, List.of()))));
    }

    @Test
    void labelsOfAWorkedExample() throws IOException {
        StructureLabels labels = ProtPred.labels(hairpin());
        assertEquals("1TST_A", labels.id());
        assertEquals("A", labels.chain());
        assertEquals("AAAAAAAA", labels.sequence());
        assertEquals("CCCCCCCC", labels.eightStates());
        assertEquals("CCCCCCCC", labels.threeStates());
        assertEquals(List.of(new Contact(0, 7, 6.0), new Contact(1, 7, Math.sqrt(3.8 * 3.8 + 36))),
                labels.trueContacts(ContactRange.SHORT));
        assertEquals(List.of(), labels.trueContacts(ContactRange.MEDIUM));
        assertEquals(22.8, labels.contacts().distances().get(0, 6), 1e-3);
        List<StructureLabels> all = ProtPred.labelsOfAllChains(hairpin());
        assertEquals(1, all.size());
        assertSameLabels(labels, all.get(0));
        assertSameLabels(labels, ProtPred.labels(hairpin(), "A"));
        InputException e = assertThrows(InputException.class, () -> ProtPred.labels(hairpin(), "B"));
        assertEquals("1TST: chain 'B' not found (protein chains: A)", e.getMessage());
    }

    private static void assertSameLabels(StructureLabels expected, StructureLabels actual) {
        assertEquals(List.of(expected.id(), expected.chain(), expected.sequence(), expected.eightStates(),
                expected.threeStates()), List.of(actual.id(), actual.chain(), actual.sequence(), actual.eightStates(),
                actual.threeStates()));
        assertEquals(expected.contacts().contacts(1).toList(), actual.contacts().contacts(1).toList());
    }

    /** Q3 counts the residues whose state agrees: 6 of 8 coil here. */
    @Test
    void q3OfAHandMadePrediction() throws IOException {
        StructureLabels labels = ProtPred.labels(hairpin());
        float[][] p = new float[8][];
        for (int i = 0; i < 8; i++) {
            p[i] = i < 2 ? new float[] {0.7f, 0.2f, 0.1f} : new float[] {0.1f, 0.2f, 0.7f};
        }
        SecondaryStructurePrediction hhcccccc = new SecondaryStructurePrediction(new SsPrediction("h", "AAAAAAAA", p));
        assertEquals("HHCCCCCC", hhcccccc.states());
        assertEquals(0.75, labels.q3(hhcccccc));
        SecondaryStructurePrediction other = new SecondaryStructurePrediction(new SsPrediction("h", "AAAAAAAAA",
                new float[9][3]));
        assertThrows(IllegalArgumentException.class, () -> labels.q3(other));
    }

    /**
     * The three pairs at separation >= 6 of an 8-residue chain, (0,6), (0,7) and (1,7), are all short-range; two are
     * contacts, so the precision of the top L (all three, whatever the model ranks first) is exactly 2/3.
     */
    @Test
    void contactPrecisionOfTheBundledPrediction() throws IOException {
        StructureLabels labels = ProtPred.labels(hairpin());
        ProteinPrediction p = ProtPred.bundled().predict(labels.id(), labels.sequence());
        assertEquals(3, p.contacts().pairs(ContactRange.SHORT).size());
        assertEquals(2.0 / 3, labels.contactPrecision(p, ContactRange.SHORT, 1));
        assertTrue(Double.isNaN(labels.contactPrecision(p, ContactRange.MEDIUM, 1)));
        double q3 = labels.q3(p);
        assertEquals(p.secondaryStructure().states().chars().filter(c -> c == 'C').count() / 8.0, q3);
    }

    /** mkdssp 4.2.2 on PSICOV150 1aap, as recorded in {@code DsspCalculatorTest}. */
    private static final String MKDSSP_1AAP = "CGGGGGSCCCCCSSSCCEEEEEEETTTTEEEEEEECSSSCCSCCBSSHHHHHHHHC";

    /**
     * PSICOV150's 1aap (from {@code $PROTPRED_DATA}: 56 residues of chain A, ATOM records only) parsed by BioJava: the DSSP states
     * mkdssp 4.2.2 assigns (recorded), and the contacts of an independent reading of the ATOM records.
     */
    @Test
    void labelsOfARealStructure() throws IOException {
        Path pdb = ReadmeExample.structure();
        Structure s = new PDBFileParser().parsePDBFile(Files.newInputStream(pdb));
        StructureLabels labels = ProtPred.labels(s);
        assertEquals("structure_A", labels.id());
        assertEquals(56, labels.length());
        assertEquals(MKDSSP_1AAP, labels.eightStates());
        assertEquals("CHHHHHCCCCCCCCCCCEEEEEEECCCCEEEEEEECCCCCCCCCECCHHHHHHHHC", labels.threeStates());

        List<double[]> points = new ArrayList<>();
        for (String line : Files.readAllLines(pdb)) {
            String atom = line.startsWith("ATOM") ? line.substring(12, 16).strip() : "";
            if (atom.equals("CB") || atom.equals("CA") && line.substring(17, 20).equals("GLY")) {
                points.add(new double[] {Double.parseDouble(line.substring(30, 38)),
                    Double.parseDouble(line.substring(38, 46)), Double.parseDouble(line.substring(46, 54))});
            }
        }
        assertEquals(56, points.size());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 56; i++) {
            for (int j = i + 24; j < 56; j++) {
                double dx = points.get(i)[0] - points.get(j)[0];
                double dy = points.get(i)[1] - points.get(j)[1];
                double dz = points.get(i)[2] - points.get(j)[2];
                if (dx * dx + dy * dy + dz * dz <= 64) {
                    expected.add(i + "-" + j);
                }
            }
        }
        assertTrue(expected.size() > 5, expected.toString());
        assertEquals(expected, labels.trueContacts(ContactRange.LONG).stream().map(c -> c.i() + "-" + c.j()).toList());
    }
}
