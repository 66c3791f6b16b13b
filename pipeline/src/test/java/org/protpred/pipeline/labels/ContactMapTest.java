package org.protpred.pipeline.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.pipeline.io.StructureReader;
import org.protpred.pipeline.io.TestStructures;
import org.protpred.pipeline.protein.ProteinRecord;

class ContactMapTest {

    @TempDir
    Path dir;

    private ProteinRecord fourResidues() throws IOException {
        Path p = dir.resolve("1tst.pdb");
        Files.writeString(p, TestStructures.fourResidues());
        return StructureReader.readRecord(p, null);
    }

    @Test
    void exactDistancesOfHandWrittenStructure() throws IOException {
        DistanceMatrix d = DistanceMatrix.of(fourResidues());
        double[][] expected = {
            {0, 5, 8, 9},
            {5, 0, Math.sqrt(89), Math.sqrt(34)},
            {8, Math.sqrt(89), 0, Math.sqrt(145)},
            {9, Math.sqrt(34), Math.sqrt(145), 0}};
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(expected[i], d.toArray()[i], 1e-12, "row " + i);
        }
    }

    @Test
    void exactContactsOfHandWrittenStructure() throws IOException {
        ContactMap map = ContactMap.of(fourResidues());
        assertEquals(8.0, map.threshold());
        // 1-2 at 5 A, 1-3 at exactly 8 A (inclusive), 2-4 at sqrt(34); 1-4, 2-3, 3-4 beyond 8 A
        assertEquals(List.of(new Contact(0, 1, 5.0), new Contact(0, 2, 8.0), new Contact(1, 3, Math.sqrt(34))),
                map.contacts(1).toList());
        assertTrue(map.isContact(2, 0));
        assertFalse(map.isContact(0, 3));
        assertFalse(map.isContact(1, 1));
        assertEquals(List.of(new Contact(0, 2, 8.0), new Contact(1, 3, Math.sqrt(34))), map.contacts(2).toList());
        assertEquals(0, map.contacts(ContactRange.MIN_SEPARATION).count());
    }

    @Test
    void glycineUsesCAlphaInStandardDefinitionAndVirtualCBetaOtherwise() throws IOException {
        ProteinRecord r = fourResidues();
        double[][] standard = RepresentativeAtom.CB_CA_FOR_GLYCINE.coordinates(r);
        assertArrayEquals(new double[] {3, 4, 0}, standard[1], 1e-12);
        double[][] cb = RepresentativeAtom.CB.coordinates(r);
        assertArrayEquals(new double[] {3.56802827, 3.45932534, -0.58273431}, cb[1], 1e-6);
        assertArrayEquals(new double[] {0, 0, 0}, cb[0], 1e-12);
        double[][] ca = RepresentativeAtom.CA.coordinates(r);
        assertArrayEquals(new double[] {-1, 0, 0}, ca[0], 1e-12);
        // with the virtual C-beta the glycine is sqrt(0.56802827^2 + 3.45932534^2 + 0.58273431^2) from ALA's C-beta
        double expected = Math.sqrt(3.56802827 * 3.56802827 + 3.45932534 * 3.45932534 + 0.58273431 * 0.58273431);
        assertEquals(expected, DistanceMatrix.of(r, RepresentativeAtom.CB).get(0, 1), 1e-6);
    }

    @Test
    void rangesBySeparation() {
        assertEquals(Optional.empty(), ContactRange.of(5));
        assertEquals(Optional.of(ContactRange.SHORT), ContactRange.of(6));
        assertEquals(Optional.of(ContactRange.SHORT), ContactRange.of(11));
        assertEquals(Optional.of(ContactRange.MEDIUM), ContactRange.of(12));
        assertEquals(Optional.of(ContactRange.MEDIUM), ContactRange.of(23));
        assertEquals(Optional.of(ContactRange.LONG), ContactRange.of(24));
        assertEquals(Optional.of(ContactRange.LONG), ContactRange.of(-300));
    }

    @Test
    void contactsByRangeOnALine() {
        // 40 points 1 A apart on a line: pairs within 8 A are those with separation <= 8
        double[][] pts = new double[40][];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = new double[] {i, 0, 0};
        }
        ContactMap map = new ContactMap(DistanceMatrix.of(pts), 8.0);
        assertEquals((40 - 6) + (40 - 7) + (40 - 8), map.count(ContactRange.SHORT));
        assertEquals(0, map.count(ContactRange.MEDIUM));
        // with a 30 A threshold: long range = separations 24..30
        ContactMap wide = new ContactMap(DistanceMatrix.of(pts), 30.0);
        long expectedLong = 0;
        for (int s = 24; s <= 30; s++) {
            expectedLong += 40 - s;
        }
        assertEquals(expectedLong, wide.count(ContactRange.LONG));
        assertTrue(wide.contacts(ContactRange.MEDIUM).allMatch(c -> c.range().orElseThrow() == ContactRange.MEDIUM));
    }

    @Test
    void unknownCoordinatesAreNeverContacts() {
        double[][] pts = {{0, 0, 0}, {Double.NaN, Double.NaN, Double.NaN}, {1, 0, 0}};
        ContactMap map = new ContactMap(DistanceMatrix.of(pts), 8.0);
        assertTrue(Double.isNaN(map.distances().get(0, 1)));
        assertFalse(map.isContact(0, 1));
        assertEquals(List.of(new Contact(0, 2, 1.0)), map.contacts(1).toList());
    }
}
