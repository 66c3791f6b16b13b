package org.protpred.models.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class SequenceBatcherTest {

    @Test
    void exampleHasOneHotLabelsAndMasksUnlabelledPositions() {
        DataSet ex = SequenceBatcher.example(Nd4j.create(new float[][] {{1, 2, 3}, {4, 5, 6}}), new int[] {2, -1, 0}, 3);
        assertArrayEquals(new long[] {1, 2, 3}, ex.getFeatures().shape());
        assertArrayEquals(new float[] {0, 0, 1, 0, 0, 0, 1, 0, 0}, ex.getLabels().reshape(9).toFloatVector());
        assertArrayEquals(new float[] {1, 0, 1}, ex.getLabelsMaskArray().reshape(3).toFloatVector());
        assertArrayEquals(new float[] {1, 1, 1}, ex.getFeaturesMaskArray().reshape(3).toFloatVector());
        assertThrows(IllegalArgumentException.class,
                () -> SequenceBatcher.example(Nd4j.zeros(DataType.FLOAT, 2, 3), new int[] {0, 1}, 3));
        assertThrows(IllegalArgumentException.class,
                () -> SequenceBatcher.example(Nd4j.zeros(DataType.FLOAT, 2, 2), new int[] {0, 3}, 3));
    }

    @Test
    void mergePadsToTheLongestSequenceWithMasks() {
        DataSet a = SequenceBatcher.example(Nd4j.create(new float[][] {{1, 2}}), new int[] {1, 0}, 2);
        DataSet b = SequenceBatcher.example(Nd4j.create(new float[][] {{3, 4, 5, 6}}), new int[] {0, -1, 1, 1}, 2);
        DataSet batch = SequenceBatcher.merge(List.of(a, b));
        assertArrayEquals(new long[] {2, 1, 4}, batch.getFeatures().shape());
        assertArrayEquals(new float[] {1, 2, 0, 0, 3, 4, 5, 6}, batch.getFeatures().reshape(8).toFloatVector());
        assertArrayEquals(new float[] {1, 1, 0, 0, 1, 1, 1, 1}, batch.getFeaturesMaskArray().reshape(8).toFloatVector());
        assertArrayEquals(new float[] {1, 1, 0, 0, 1, 0, 1, 1}, batch.getLabelsMaskArray().reshape(8).toFloatVector());
        // labels [2, 2, 4]: example a = classes 1,0 then padding; example b = 0,(none),1,1
        assertArrayEquals(new float[] {0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1},
                batch.getLabels().reshape(16).toFloatVector());
    }

    @Test
    void mergeStacksFlatExamplesWithoutMasks() {
        DataSet a = new DataSet(Nd4j.create(new float[][] {{1, 2}}), Nd4j.create(new float[][] {{1, 0}}));
        DataSet b = new DataSet(Nd4j.create(new float[][] {{3, 4}}), Nd4j.create(new float[][] {{0, 1}}));
        DataSet batch = SequenceBatcher.merge(List.of(a, b));
        assertArrayEquals(new float[] {1, 2, 3, 4}, batch.getFeatures().reshape(4).toFloatVector());
        assertNull(batch.getFeaturesMaskArray());
        assertEquals(2, batch.numExamples());
    }
}
