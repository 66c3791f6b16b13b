package org.protpred.pipeline.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protpred.pipeline.protein.ProteinRecord;

class FoldSplitTest {

    /** Fold a.1 with 20 members, b.1 with 10, c.1 with 3, d.1 with 2, e.1 with 1. */
    private static ProteinDataset dataset() {
        List<ProteinRecord> records = new ArrayList<>();
        int[] sizes = {20, 10, 3, 2, 1};
        String[] folds = {"a.1", "b.1", "c.1", "d.1", "e.1"};
        for (int f = 0; f < folds.length; f++) {
            for (int k = 0; k < sizes[f]; k++) {
                records.add(ProteinRecord.of(folds[f] + "-" + k, "ACDE").withFold(folds[f]));
            }
        }
        return ProteinDataset.of("toy", records);
    }

    private static long count(FoldSplit split, FoldSplit.Part part, String fold) {
        return split.ids(part).stream().filter(id -> id.startsWith(fold)).count();
    }

    @Test
    void eachFoldIsCutByTheDocumentedRule() {
        FoldSplit split = FoldSplit.of(dataset());
        // 20 members: round(2) test, round(2) validation; 10: 1 and 1; 3: raised to 1 and 1; 2 and 1: all training
        assertEquals(List.of(2L, 2L, 16L), List.of(count(split, FoldSplit.Part.TEST, "a.1"),
                count(split, FoldSplit.Part.VALIDATION, "a.1"), count(split, FoldSplit.Part.TRAIN, "a.1")));
        assertEquals(List.of(1L, 1L, 8L), List.of(count(split, FoldSplit.Part.TEST, "b.1"),
                count(split, FoldSplit.Part.VALIDATION, "b.1"), count(split, FoldSplit.Part.TRAIN, "b.1")));
        assertEquals(List.of(1L, 1L, 1L), List.of(count(split, FoldSplit.Part.TEST, "c.1"),
                count(split, FoldSplit.Part.VALIDATION, "c.1"), count(split, FoldSplit.Part.TRAIN, "c.1")));
        assertEquals(2L, count(split, FoldSplit.Part.TRAIN, "d.1"));
        assertEquals(1L, count(split, FoldSplit.Part.TRAIN, "e.1"));
        assertEquals(List.of("toy/test", "toy/train-s5-v0.1-t0.1"), List.of(
                split.part(dataset(), FoldSplit.Part.TEST).name(),
                FoldSplit.of(dataset(), 5, 0.1, 0.1).part(dataset(), FoldSplit.Part.TRAIN).name()));
        assertEquals(split.ids(FoldSplit.Part.TEST).size(), split.part(dataset(), FoldSplit.Part.TEST).size());
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        assertEquals(FoldSplit.of(dataset()).ids(FoldSplit.Part.TEST), FoldSplit.of(dataset()).ids(FoldSplit.Part.TEST));
        assertNotEquals(FoldSplit.of(dataset()).ids(FoldSplit.Part.TEST),
                FoldSplit.of(dataset(), 99, 0.1, 0.1).ids(FoldSplit.Part.TEST));
    }
}
