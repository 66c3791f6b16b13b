package org.protpred.pipeline.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.Alignment;
import org.protpred.pipeline.protein.AminoAcids;
import org.protpred.pipeline.protein.ProteinRecord;

class PairFeatureStreamTest {

    private static FeatureSpec windowSpec() {
        return new FeatureSpec(List.of(FeatureGroup.of("onehot")),
                List.of(FeatureGroup.of("window", "size", "1"), FeatureGroup.of("separation"),
                        FeatureGroup.of("potential")), 6);
    }

    /**
     * One-hot residues (R = 21), window 1: each position takes 22 columns (21 features, then the outside flag);
     * i-1, i, i+1 at 0, 22, 44; j-1, j, j+1 at 66, 88, 110; then 5 separation columns from 132 and the potential at
     * 137.
     */
    @Test
    void windowLayoutAndPadding() {
        ProteinRecord r = ProteinRecord.of("p", "ACDEFGHIKL");
        PairFeatureStream s = new PairFeatureStream(r, windowSpec(), 3);
        assertEquals(138, s.width());
        assertEquals(10, s.pairCount());
        List<PairBlock> blocks = new ArrayList<>();
        s.forEachBlock(blocks::add);
        assertEquals(List.of(3, 3, 3, 1), blocks.stream().map(PairBlock::size).toList());
        PairBlock b0 = blocks.get(0);
        assertEquals(0, b0.first()[0]);
        assertEquals(6, b0.second()[0]);
        assertEquals(7, b0.second()[1]);
        float[] row = b0.row(0); // pair (0, 6): i-1 lies outside the chain
        float[] expected = new float[138];
        expected[21] = 1;              // i-1 outside flag, its 21 features 0
        expected[22] = 1;              // i = A
        expected[44 + 1] = 1;          // i+1 = C
        expected[66 + 5] = 1;          // j-1 = G (residue 5)
        expected[88 + 6] = 1;          // j = H
        expected[110 + 7] = 1;         // j+1 = I
        expected[132 + 1] = 1;         // separation 6 -> bin 6..11
        expected[136] = (float) (Math.log(6) / Math.log(1000));
        expected[137] = 2.41f / 10;    // -e(Ala,His) / 10, Miyazawa-Jernigan 1996 Table 3: e = -2.41
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, row, 1e-6f);
        PairBlock last = blocks.get(3); // pair (3, 9): j+1 lies outside
        assertEquals(3, last.first()[0]);
        assertEquals(9, last.second()[0]);
        assertEquals(1f, last.value(0, 110 + 21));
        assertEquals(0f, last.value(0, 110 + 9));
        assertEquals(1f, last.value(0, 88 + 9)); // j = L
        List<String> names = windowSpec().pairColumnNames();
        assertEquals("i-1:outside", names.get(21));
        assertEquals("i+0:aa_A", names.get(22));
        assertEquals("j+1:aa_I", names.get(117));
        assertEquals("sep_6_11", names.get(133));
        assertEquals("mj1996", names.get(137));
    }

    @Test
    void leucinePairGetsTheStrongestMiyazawaJerniganEnergy() {
        FeatureSpec spec = new FeatureSpec(List.of(FeatureGroup.of("onehot")), List.of(FeatureGroup.of("potential")),
                1);
        PairBlock b = new PairFeatureStream(ProteinRecord.of("p", "LLK"), spec).next();
        assertEquals(0.737f, b.value(0, 0), 1e-6);   // e(Leu,Leu) = -7.37
        assertEquals(0.337f, b.value(1, 0), 1e-6);   // e(Leu,Lys) = -3.37
        assertEquals(0.337f, b.value(2, 0), 1e-6);   // pair (1,2) is L-K as well
    }

    /**
     * A 1,000-residue chain with a 60-row alignment through the full contacts spec: every block holds at most the
     * block size, the rows cover each pair j - i >= 6 exactly once, and nothing of size L x L x width is held.
     */
    @Test
    void thousandResidueChainIsStreamedInBoundedBlocks() {
        int l = 1000;
        Random rnd = new Random(7);
        List<String> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < l; i++) {
            q.append(AminoAcids.ALPHABET.charAt(rnd.nextInt(20)));
        }
        rows.add(q.toString());
        ids.add("q");
        for (int s = 1; s < 60; s++) {
            StringBuilder b = new StringBuilder(q);
            for (int i = 0; i < l; i++) {
                if (rnd.nextDouble() < 0.4) {
                    b.setCharAt(i, rnd.nextDouble() < 0.2 ? '-' : AminoAcids.ALPHABET.charAt(rnd.nextInt(20)));
                }
            }
            rows.add(b.toString());
            ids.add("s" + s);
        }
        ProteinRecord r = ProteinRecord.of("big", q.toString()).withAlignment(new Alignment(ids, rows, "syn"));
        FeatureSpec spec = FeatureSpec.contacts();
        PairFeatureStream s = new PairFeatureStream(r, spec);
        long expectedPairs = (long) (l - 6) * (l - 5) / 2;
        assertEquals(expectedPairs, s.pairCount());
        long seen = 0;
        long blocks = 0;
        int prevI = -1;
        int prevJ = -1;
        while (s.hasNext()) {
            PairBlock b = s.next();
            blocks++;
            assertTrue(b.size() <= PairFeatureStream.DEFAULT_BLOCK_SIZE);
            assertEquals((long) b.size() * spec.pairWidth(), b.values().length);
            for (int k = 0; k < b.size(); k++) {
                int i = b.first()[k];
                int j = b.second()[k];
                assertTrue(j - i >= 6);
                assertTrue(i > prevI || (i == prevI && j > prevJ), "pairs in order");
                prevI = i;
                prevJ = j;
            }
            seen += b.size();
        }
        assertEquals(expectedPairs, seen);
        assertEquals((expectedPairs + 4095) / 4096, blocks);
        // the largest thing held for the whole record: L x L doubles of coevolution, far below L^2/2 x width floats
        assertTrue((long) l * l * 8 < expectedPairs * spec.pairWidth() * 4 / 10);
    }

    @Test
    void pairFeaturesNeedAPairSpecAndTheInputsItNames() {
        assertThrows(InputException.class, () -> new PairFeatureStream(ProteinRecord.of("p", "ACDEFGH"),
                FeatureSpec.singleSequence()));
        InputException e = assertThrows(InputException.class, () -> new PairFeatureStream(
                ProteinRecord.of("p", "ACDEFGH"), FeatureSpec.contacts()));
        assertEquals("record 'p' has no alignment, but the model was trained with alignment features: pass --msa",
                e.getMessage());
        assertEquals(0, new PairFeatureStream(ProteinRecord.of("tiny", "ACD"), FeatureSpec.contactsSingleSequence())
                .pairCount());
    }
}
