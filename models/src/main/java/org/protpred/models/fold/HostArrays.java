package org.protpred.models.fold;

import java.nio.ByteOrder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Bulk copies between ND4J arrays and Java arrays for the layers that compute on the host. ND4J's own
 * {@code DataBuffer.asFloat()}/{@code asDouble()} and {@code Nd4j.createFromArray} copy element by element through
 * an indexer (with a bounds check and, inside workspaces, a memory-accounting call per element), which took more time
 * than the arithmetic of the fold network's layers; these go through one NIO buffer copy.
 */
final class HostArrays {

    private HostArrays() {
    }

    /** The values of {@code a} in C order as floats. */
    static float[] floats(INDArray a) {
        INDArray c = dense(a, DataType.FLOAT);
        float[] out = new float[Math.toIntExact(c.length())];
        c.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer().get(out);
        return out;
    }

    /** The values of {@code a} in C order as doubles. */
    static double[] doubles(INDArray a) {
        INDArray c = dense(a, DataType.DOUBLE);
        double[] out = new double[Math.toIntExact(c.length())];
        c.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer().get(out);
        return out;
    }

    /** A new array of {@code type} and {@code shape} (C order) holding {@code values}. */
    static INDArray array(float[] values, DataType type, long... shape) {
        INDArray a = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        a.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer().put(values);
        return type == DataType.FLOAT ? a : a.castTo(type);
    }

    /** A new array of {@code type} and {@code shape} (C order) holding {@code values}. */
    static INDArray array(double[] values, DataType type, long... shape) {
        INDArray a = Nd4j.createUninitialized(DataType.DOUBLE, shape, 'c');
        a.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer().put(values);
        return type == DataType.DOUBLE ? a : a.castTo(type);
    }

    /** {@code a} itself when it is a whole C-order buffer of {@code type}, else a C-order copy of that type. */
    private static INDArray dense(INDArray a, DataType type) {
        if (a.dataType() == type && a.offset() == 0 && a.data().length() == a.length()
                && java.util.Arrays.equals(a.stride(), Nd4j.getStrides(a.shape(), 'c'))) {
            return a;
        }
        return a.dataType() == type ? a.dup('c') : a.castTo(type).dup('c');
    }
}
