package org.protpred.pipeline.io;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.protein.Profile;

class PssmReaderTest {

    @TempDir
    Path dir;

    static final String HEADER = "\nLast position-specific scoring matrix computed, weighted observed percentages"
            + " rounded down, information per position, and relative weight of gapless real matches to pseudocounts\n"
            + "           A  R  N  D  C  Q  E  G  H  I  L  K  M  F  P  S  T  W  Y  V   A   R   N   D   C   Q   E"
            + "   G   H   I   L   K   M   F   P   S   T   W   Y   V\n";

    static String row(int pos, char aa, int[] scores, int[] percentages, String tail) {
        String s = IntStream.of(scores).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        String p = IntStream.of(percentages).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        return String.format("%5d %c   %s  %s%s%n", pos, aa, s, p, tail);
    }

    /** Row 1: score k in PSI-BLAST column k, 50% R and 49% W. Row 2: all zero. */
    static String twoRows() {
        int[] scores = IntStream.range(0, 20).toArray();
        int[] pct = new int[20];
        pct[1] = 50;  // R
        pct[17] = 49; // W
        return HEADER + row(1, 'M', scores, pct, "  0.52 0.11") + row(2, 'g', new int[20], new int[20], "  0.00 0.00")
                + "\n                      K         Lambda\nStandard Ungapped    0.1339     0.3136\n";
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void reordersColumnsToTheAlphabet() throws IOException {
        PssmReader.Pssm pssm = PssmReader.readWithSequence(write("a.pssm", twoRows()));
        assertEquals("MG", pssm.sequence());
        Profile p = pssm.profile();
        assertEquals(2, p.length());
        // ALPHABET ACDEFGHIKLMNPQRSTVWY; PSI-BLAST order ARNDCQEGHILKMFPSTWYV holds score k at its k-th letter
        assertArrayEquals(new double[] {0, 4, 3, 6, 13, 7, 8, 9, 11, 10, 12, 2, 14, 5, 1, 15, 16, 19, 17, 18},
                p.scores()[0]);
        double[] f = new double[20];
        f[14] = 50 / 99.0; // R
        f[18] = 49 / 99.0; // W
        assertArrayEquals(f, p.frequencies()[0], 1e-12);
    }

    @Test
    void rowWithoutCountsFallsBackToTheScoresDistribution() throws IOException {
        Profile p = PssmReader.read(write("b.pssm", twoRows()));
        // all scores 0: f_a = background p_a (Robinson & Robinson), in ALPHABET order
        double[] background = {0.07805, 0.01925, 0.05364, 0.06295, 0.03856, 0.07377, 0.02199, 0.05142, 0.05744,
            0.09019, 0.02243, 0.04487, 0.05203, 0.04264, 0.05129, 0.07120, 0.05841, 0.06441, 0.01330, 0.03216};
        assertArrayEquals(background, p.frequencies()[1], 1e-9);
    }

    @Test
    void attachesToMatchingRecord() throws IOException {
        Path f = write("c.pssm", twoRows());
        ProteinRecord r = PssmReader.attach(ProteinRecord.of("q", "MG"), f);
        assertEquals(2, r.profile().length());
        assertEquals(2, PssmReader.attach(ProteinRecord.of("q", "XG"), f).profile().length());
        InputException e = assertThrows(InputException.class, () -> PssmReader.attach(ProteinRecord.of("q", "MA"), f));
        assertEquals(f + ": PSSM residue 2 is G, sequence 'q' has A", e.getMessage());
        e = assertThrows(InputException.class, () -> PssmReader.attach(ProteinRecord.of("q", "MGA"), f));
        assertEquals(f + ": PSSM has 2 residues, sequence 'q' has 3", e.getMessage());
    }

    private String errorOf(String text) throws IOException {
        Path p = write("bad.pssm", text);
        return assertThrows(InputException.class, () -> PssmReader.read(p)).getMessage()
                .substring(p.toString().length());
    }

    @Test
    void rejectsMalformedTables() throws IOException {
        String good = twoRows();
        assertEquals(":4: expected 44 fields (position, residue, 20 scores, 20 percentages, information, weight),"
                + " found 43", errorOf(good.replace("  0.52 0.11", "  0.52")));
        assertEquals(":4: score 'x' is not a valid number", errorOf(good.replaceFirst("   0 1 2", "   x 1 2")));
        assertEquals(":5: position 3 out of order (expected 2)", errorOf(good.replace("    2 g", "    3 g")));
        assertEquals(":5: residue '7' is not an amino-acid letter", errorOf(good.replace("    2 g", "    2 7")));
        assertEquals(":4: PSSM table has no rows", errorOf(HEADER + "\n"));
        assertTrue(errorOf("just text\n").startsWith(": not a PSI-BLAST ASCII PSSM"));
    }

    @Test
    void readsRealPsiBlastOutput() {
        Path f = DataLocation.folder("examples/dncon2_dryrun/output/T0900-2017-Oct-23/pssm/T0900.pssm").orElse(null);
        RequiresData.assume(f != null, "example data not present");
        Path fasta = f.getParent().getParent().getParent().getParent().resolve("input/T0900.fasta");
        ProteinRecord q = FastaReader.readAll(fasta).get(0);
        ProteinRecord withProfile = PssmReader.attach(q, f);
        Profile p = withProfile.profile();
        assertEquals(106, p.length());
        // row 1 "M": scores A -1, C -1, L 2, M 5, V 1 (ALPHABET indices 0, 1, 9, 10, 17)
        assertEquals(-1, p.scores()[0][0]);
        assertEquals(-1, p.scores()[0][1]);
        assertEquals(2, p.scores()[0][9]);
        assertEquals(5, p.scores()[0][10]);
        assertEquals(1, p.scores()[0][17]);
        // row 5 "E": 56% E, 44% P
        assertEquals(0.56, p.frequencies()[4][3], 1e-12);
        assertEquals(0.44, p.frequencies()[4][12], 1e-12);
        for (double[] row : p.frequencies()) {
            assertEquals(1.0, java.util.Arrays.stream(row).sum(), 1e-9);
        }
        assertSame(p, withProfile.profile());
    }
}
