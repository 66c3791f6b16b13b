package org.protpred.pipeline.features;

/**
 * A block of pair feature rows from a {@link PairFeatureStream}: row {@code r} describes pair
 * ({@code first[r]}, {@code second[r]}), 0-based residue indices with {@code first < second}, and its features are
 * {@code values[r * width .. (r + 1) * width)} in the spec's pair column order. Only {@code size} rows are valid.
 *
 * @param size   number of rows
 * @param width  number of columns
 * @param first  residue {@code i} of each row
 * @param second residue {@code j} of each row
 * @param values row-major features
 */
public record PairBlock(int size, int width, int[] first, int[] second, float[] values) {

    /** Feature {@code column} of row {@code row}. */
    public float value(int row, int column) {
        return values[row * width + column];
    }

    /** A copy of one row's features. */
    public float[] row(int row) {
        float[] out = new float[width];
        System.arraycopy(values, row * width, out, 0, width);
        return out;
    }
}
