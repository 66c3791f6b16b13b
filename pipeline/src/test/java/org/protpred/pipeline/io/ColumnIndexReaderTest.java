package org.protpred.pipeline.io;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;

class ColumnIndexReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEntries() throws IOException {
        Path p = dir.resolve("x.indices");
        Files.writeString(p, "0\tY\t3\t4 A\t11\n2\tH\t4\t27A B\t8\n");
        assertEquals(List.of(new ColumnIndexReader.Entry(0, 'Y', 3, "4", "A", 11),
                new ColumnIndexReader.Entry(2, 'H', 4, "27A", "B", 8)), ColumnIndexReader.read(p));
    }

    @Test
    void rejectsMalformedLines() throws IOException {
        Path p = dir.resolve("bad.indices");
        Files.writeString(p, "0\tY\t3\t4 A\t11\n1\tH\t4\t5 A\n");
        assertEquals(p + ":2: expected 5 tab-separated fields, found 4",
                assertThrows(InputException.class, () -> ColumnIndexReader.read(p)).getMessage());
        Files.writeString(p, "0\tY\t3\t4 A\t11\n0\tH\t4\t5 A\t1\n");
        assertEquals(p + ":2: column 0 listed twice",
                assertThrows(InputException.class, () -> ColumnIndexReader.read(p)).getMessage());
        Files.writeString(p, "a\tY\t3\t4 A\t11\n");
        assertEquals(p + ":1: column 'a' is not an integer",
                assertThrows(InputException.class, () -> ColumnIndexReader.read(p)).getMessage());
    }

    /** The Pfam40 map of 1AQT chain A: columns map to residues whose letters match the structure. */
    @Test
    void realIndicesMatchTheStructure() {
        Path idx = DataLocation.folder("contact/pfam40/indices/1AQT_A.indices").orElse(null);
        RequiresData.assume(idx != null, "Pfam40 data not present");
        List<ColumnIndexReader.Entry> entries = ColumnIndexReader.read(idx);
        assertEquals(80, entries.size());
        StructureChain ch = StructureReader.read(idx.getParent().resolveSibling("pdb/1AQT_A.pdb"), "A");
        List<String> numbers = List.of(ch.fullStructure().residueNumbers());
        for (ColumnIndexReader.Entry e : entries) {
            int i = numbers.indexOf(e.residueNumber());
            assertEquals(e.residue(), ch.fullSequence().charAt(i), "column " + e.column());
        }
    }
}
