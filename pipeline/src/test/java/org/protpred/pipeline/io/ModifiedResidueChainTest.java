package org.protpred.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * A chain without SEQRES whose middle residue is a selenomethionine written as HETATM: BioJava splits such a chain,
 * and the reader must put it back together (MSE read as M), leaving out waters and groups of unknown chemistry.
 */
class ModifiedResidueChainTest {

    private static String line(String record, int serial, String atom, String res, int seq, double x) {
        return String.format(Locale.ROOT, "%-6s%5d  %-3s %3s A%4d    %8.3f%8.3f%8.3f  1.00 10.00           %s%n",
                record, serial, atom, res, seq, x, 0.0, 0.0, atom.substring(0, 1));
    }

    private static String residue(String record, int[] serial, String res, int seq) {
        double x = seq * 3.8;
        StringBuilder sb = new StringBuilder();
        sb.append(line(record, serial[0]++, "N", res, seq, x - 1.2));
        sb.append(line(record, serial[0]++, "CA", res, seq, x));
        sb.append(line(record, serial[0]++, "C", res, seq, x + 1.2));
        return sb.toString();
    }

    @Test
    void hetatmModifiedResidueStaysInTheChain(@TempDir Path dir) throws Exception {
        int[] serial = {1};
        String pdb = residue("ATOM", serial, "ALA", 1)
                + residue("HETATM", serial, "MSE", 2)
                + residue("ATOM", serial, "LEU", 3)
                + residue("ATOM", serial, "GLY", 4)
                + "TER\n"
                + residue("HETATM", serial, "ZZ9", 50)
                + line("HETATM", serial[0]++, "O", "HOH", 60, 40.0)
                + "END\n";
        Path file = dir.resolve("split.pdb");
        Files.writeString(file, pdb);

        ProteinRecord record = StructureReader.readRecord(file, null);

        assertEquals("AMLG", record.sequence());
        assertArrayEquals(new String[] {"1", "2", "3", "4"}, record.structure().residueNumbers());
        assertEquals(2 * 3.8, record.structure().ca()[1][0], 1e-9);
    }
}
