package org.protpred.models.fold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Bulk host copies keep C order for dense arrays, views, permutations and other data types. */
class HostArraysTest {

    private static final float[] ONE_TO_SIX = {1, 2, 3, 4, 5, 6};

    @Test
    void denseArrayIsReadInCOrder() {
        INDArray a = Nd4j.createFromArray(ONE_TO_SIX).reshape('c', 2, 3);
        assertArrayEquals(ONE_TO_SIX, HostArrays.floats(a));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, HostArrays.doubles(a));
    }

    @Test
    void permutedAndSlicedViewsAreReadAsTheyLook() {
        INDArray a = Nd4j.createFromArray(ONE_TO_SIX).reshape('c', 2, 3);
        assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6}, HostArrays.floats(a.permute(1, 0)));
        assertArrayEquals(new float[] {5, 6}, HostArrays.floats(a.get(NDArrayIndex.point(1),
                NDArrayIndex.interval(1, 3))));
        assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6}, HostArrays.floats(a.dup('f').reshape('f', new long[] {6})));
    }

    @Test
    void arraysAreWrittenInCOrderAndCast() {
        INDArray f = HostArrays.array(ONE_TO_SIX, DataType.FLOAT, 3, 2);
        assertEquals(Nd4j.createFromArray(ONE_TO_SIX).reshape('c', 3, 2), f);
        INDArray d = HostArrays.array(new double[] {1, 2, 3, 4, 5, 6}, DataType.FLOAT, 2, 3);
        assertEquals(DataType.FLOAT, d.dataType());
        assertArrayEquals(ONE_TO_SIX, HostArrays.floats(d));
    }

    @Test
    void swapLeadingAxesMovesWholeRows() {
        // [p=2, q=3, L=2] -> [q=3, p=2, L=2]
        float[] in = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        assertArrayEquals(new float[] {0, 1, 6, 7, 2, 3, 8, 9, 4, 5, 10, 11},
                (float[]) Im2col.swapLeadingAxes(in, 2, 3, 2));
        INDArray expected = Nd4j.createFromArray(in).reshape('c', 2, 3, 2).permute(1, 0, 2).dup('c');
        assertArrayEquals(HostArrays.floats(expected), (float[]) Im2col.swapLeadingAxes(in, 2, 3, 2));
    }
}
