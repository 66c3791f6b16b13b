package org.protpred.pipeline.contacts;

import java.util.Arrays;
import java.util.Locale;
import org.protpred.models.core.InputException;

/**
 * Scales pair feature columns to [0, 1] as DNcon's networks expect: per column {@code (v - min) / (max - min)} with
 * the minimum and maximum fitted on the training pairs, clamped to [0, 1] (a value outside the training range
 * becomes 0 or 1); a column that was constant in training becomes 0. Stored in the model file's metadata as two
 * comma-separated lists ({@link #MIN_KEY}, {@link #MAX_KEY}).
 */
public final class PairScaler {

    public static final String MIN_KEY = "pairScalerMin";
    public static final String MAX_KEY = "pairScalerMax";

    private final float[] min;
    private final float[] max;

    public PairScaler(float[] min, float[] max) {
        if (min.length != max.length) {
            throw new IllegalArgumentException("min and max differ in length");
        }
        this.min = min.clone();
        this.max = max.clone();
    }

    /** Fits on row-major rows of {@code width} columns ({@code rows} of them). */
    public static PairScaler fit(float[] values, int rows, int width) {
        float[] lo = new float[width];
        float[] hi = new float[width];
        Arrays.fill(lo, Float.POSITIVE_INFINITY);
        Arrays.fill(hi, Float.NEGATIVE_INFINITY);
        for (int r = 0; r < rows; r++) {
            int o = r * width;
            for (int c = 0; c < width; c++) {
                float v = values[o + c];
                if (v < lo[c]) {
                    lo[c] = v;
                }
                if (v > hi[c]) {
                    hi[c] = v;
                }
            }
        }
        for (int c = 0; c < width; c++) {
            if (lo[c] > hi[c]) {
                lo[c] = 0;
                hi[c] = 0;
            }
        }
        return new PairScaler(lo, hi);
    }

    public int width() {
        return min.length;
    }

    /** Scales {@code rows} row-major rows in place. */
    public void apply(float[] values, int rows) {
        int width = min.length;
        for (int r = 0; r < rows; r++) {
            int o = r * width;
            for (int c = 0; c < width; c++) {
                float range = max[c] - min[c];
                float v = range > 0 ? (values[o + c] - min[c]) / range : 0f;
                values[o + c] = v < 0 ? 0 : v > 1 ? 1 : v;
            }
        }
    }

    public String minText() {
        return text(min);
    }

    public String maxText() {
        return text(max);
    }

    private static String text(float[] v) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < v.length; c++) {
            sb.append(c == 0 ? "" : ",").append(String.format(Locale.ROOT, "%s", Float.toString(v[c])));
        }
        return sb.toString();
    }

    /** The scaler stored as {@link #minText()} / {@link #maxText()}. @throws InputException naming the source */
    public static PairScaler parse(String minText, String maxText, int width, String source) {
        if (minText == null || maxText == null) {
            throw new InputException(source + ": the model has no pair feature scaler (" + MIN_KEY + ", " + MAX_KEY
                    + ")");
        }
        try {
            float[] lo = parse(minText);
            float[] hi = parse(maxText);
            if (lo.length != width || hi.length != width) {
                throw new InputException(source + ": the pair feature scaler has " + lo.length + "/" + hi.length
                        + " columns, the feature spec " + width);
            }
            return new PairScaler(lo, hi);
        } catch (NumberFormatException e) {
            throw new InputException(source + ": damaged pair feature scaler: " + e.getMessage());
        }
    }

    private static float[] parse(String text) {
        String[] parts = text.split(",");
        float[] out = new float[parts.length];
        for (int c = 0; c < parts.length; c++) {
            out[c] = Float.parseFloat(parts[c].trim());
        }
        return out;
    }
}
