package org.protpred.pipeline.ss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

class SsBatchIteratorTest {

    /** Chains of lengths 3, 6, ..., 30 with feature value = chain number * 1000 + position, class = position % 3. */
    private static List<SsBatchIterator.Example> chains() {
        List<SsBatchIterator.Example> out = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            int l = 3 * n;
            float[][] f = new float[l][2];
            int[] c = new int[l];
            for (int t = 0; t < l; t++) {
                f[t][0] = n * 1000 + t;
                f[t][1] = 1;
                c[t] = t == 0 ? -1 : t % 3;
            }
            out.add(new SsBatchIterator.Example(f, c));
        }
        return out;
    }

    private static List<String> epoch(SsBatchIterator it, int e) {
        it.startEpoch(e);
        List<String> out = new ArrayList<>();
        while (it.hasNext()) {
            DataSet d = it.next();
            out.add(d.getFeatures().toString() + d.getLabelsMaskArray());
        }
        return out;
    }

    @Test
    void trainingWindowsAreCroppedAndDependOnlyOnSeedAndEpoch() {
        SsBatchIterator it = SsBatchIterator.training(chains(), 4, 8, 11);
        assertEquals(3, it.batchesPerEpoch());
        long residues = 0;
        it.startEpoch(0);
        while (it.hasNext()) {
            DataSet d = it.next();
            assertTrue(d.getFeatures().size(2) <= 8, "windows of at most 8 residues");
            residues += d.getFeaturesMaskArray().sumNumber().longValue();
            // a window is consecutive residues of one chain: feature 0 rises by 1 along each row
            for (int b = 0; b < d.getFeatures().size(0); b++) {
                long len = d.getFeaturesMaskArray().getRow(b).sumNumber().longValue();
                for (int t = 1; t < len; t++) {
                    assertEquals(d.getFeatures().getFloat(b, 0, t - 1) + 1, d.getFeatures().getFloat(b, 0, t), 0);
                }
            }
        }
        assertEquals(3 + 6 + 8 * 8, residues);
        assertEquals(residues, it.residuesPerEpoch());
        SsBatchIterator again = SsBatchIterator.training(chains(), 4, 8, 11);
        assertEquals(epoch(it, 3), epoch(again, 3), "same seed and epoch, same batches");
        assertNotEquals(epoch(it, 3), epoch(it, 4), "another epoch, other windows and order");
    }

    @Test
    void evaluationKeepsWholeChainsAndMasksUnscoredResidues() {
        SsBatchIterator it = SsBatchIterator.evaluation(chains(), 4);
        it.reset();
        DataSet first = it.next();
        assertArrayEquals(new long[] {4, 2, 12}, first.getFeatures().shape(), "chains of 3, 6, 9, 12");
        assertEquals(0, first.getLabelsMaskArray().getFloat(0, 0), 0, "class -1 is not scored");
        assertEquals(1, first.getLabelsMaskArray().getFloat(0, 1), 0);
        assertEquals(0, first.getLabelsMaskArray().getFloat(0, 5), 0, "padding is not scored");
        assertEquals(1, first.getLabels().getFloat(1, 2, 2), 0, "residue 2 is class 2 (C)");
        int batches = 1;
        while (it.hasNext()) {
            it.next();
            batches++;
        }
        assertEquals(3, batches);
        assertFalse(it.hasNext());
    }

    @Test
    void eightStateBatchesAreOneHotOverEightClasses() {
        SsBatchIterator.Example ex = new SsBatchIterator.Example(new float[][] {{1}, {2}, {3}, {4}},
                new int[] {7, -1, 1, 5});
        SsBatchIterator it = SsBatchIterator.evaluation(List.of(ex), 4, SsAlphabet.EIGHT);
        assertEquals(8, it.totalOutcomes());
        assertEquals(SsLabels.NAMES8, it.getLabels());
        DataSet d = it.next();
        assertArrayEquals(new long[] {1, 8, 4}, d.getLabels().shape());
        assertEquals(1.0, d.getLabels().getDouble(0, 7, 0));
        assertEquals(1.0, d.getLabels().getDouble(0, 1, 2));
        assertEquals(1.0, d.getLabels().getDouble(0, 5, 3));
        assertEquals(3.0, d.getLabels().sumNumber().doubleValue());      // the unscored residue has no label
        assertArrayEquals(new float[] {1, 0, 1, 1}, d.getLabelsMaskArray().dup().data().asFloat());
    }
}
