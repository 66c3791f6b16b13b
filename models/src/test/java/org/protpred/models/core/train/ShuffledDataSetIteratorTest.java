package org.protpred.models.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class ShuffledDataSetIteratorTest {

    /** 10 examples whose single feature is their index. */
    private static DataSet indexed() {
        float[][] x = new float[10][1];
        float[][] y = new float[10][2];
        for (int i = 0; i < 10; i++) {
            x[i][0] = i;
            y[i][i % 2] = 1;
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }

    private static int[] visited(ShuffledDataSetIterator it) {
        List<Integer> seen = new ArrayList<>();
        while (it.hasNext()) {
            for (float v : it.next().getFeatures().reshape(-1).toFloatVector()) {
                seen.add((int) v);
            }
        }
        return seen.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void orderDependsOnlyOnSeedAndEpoch() {
        ShuffledDataSetIterator a = ShuffledDataSetIterator.of(indexed(), 3, 99);
        ShuffledDataSetIterator b = new ShuffledDataSetIterator(ShuffledDataSetIterator.splitRows(indexed()), 4, 99);
        a.startEpoch(5);
        b.startEpoch(5);
        int[] epoch5 = visited(a);
        assertArrayEquals(epoch5, visited(b));
        int[] sorted = epoch5.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, sorted);

        a.startEpoch(6);
        int[] epoch6 = visited(a);
        assertFalse(Arrays.equals(epoch5, epoch6));
        a.startEpoch(5);
        assertArrayEquals(epoch5, visited(a));
        // reset() moves on to the next epoch
        a.reset();
        assertEquals(6, a.epoch());
        assertArrayEquals(epoch6, visited(a));
        ShuffledDataSetIterator otherSeed = ShuffledDataSetIterator.of(indexed(), 3, 100);
        otherSeed.startEpoch(5);
        assertFalse(Arrays.equals(epoch5, visited(otherSeed)));
    }

    @Test
    void batchesHaveTheRequestedSizeAndSequentialKeepsOrder() {
        ShuffledDataSetIterator it = ShuffledDataSetIterator.sequential(indexed(), 4);
        assertEquals(3, it.batchesPerEpoch());
        assertEquals(4, it.next().numExamples());
        assertEquals(4, it.next().numExamples());
        assertEquals(2, it.next().numExamples());
        assertFalse(it.hasNext());
        it.reset();
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, visited(it));
        assertEquals(1, it.inputColumns());
        assertEquals(2, it.totalOutcomes());
    }

    @Test
    void sequencesArePaddedPerBatch() {
        List<DataSet> examples = new ArrayList<>();
        for (int length = 1; length <= 5; length++) {
            examples.add(SequenceBatcher.example(Nd4j.ones(DataType.FLOAT, 2, length), new int[length], 3));
        }
        ShuffledDataSetIterator it = ShuffledDataSetIterator.sequential(examples, 2);
        DataSet first = it.next();
        assertArrayEquals(new long[] {2, 2, 2}, first.getFeatures().shape());
        assertArrayEquals(new float[] {1, 0, 1, 1}, first.getFeaturesMaskArray().reshape(4).toFloatVector());
        it.next();
        DataSet last = it.next();
        assertArrayEquals(new long[] {1, 3, 5}, last.getLabels().shape());
    }
}
