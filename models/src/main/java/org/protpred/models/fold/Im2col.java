package org.protpred.models.fold;

/**
 * im2col and its adjoint for a 1-D convolution in Same mode with stride 1 (see {@link GemmConvolution1DLayer}), on
 * host arrays in C order: input {@code x [b, c, L]}, columns {@code [c K, b L]} with
 * {@code C[(i, j), (n, t)] = x[n, i, t + j - pl]}, {@code pl = (K - 1) / 2}, 0 where {@code t + j - pl} is outside
 * {@code [0, L)}. Arrays are {@code float[]} or {@code double[]} (the result has the argument's type).
 */
final class Im2col {

    private Im2col() {
    }

    /** The columns of {@code x}. */
    static Object im2col(Object x, int b, int channels, int length, int kernel) {
        int before = (kernel - 1) / 2;
        if (x instanceof double[] in) {
            double[] out = new double[channels * kernel * b * length];
            for (int i = 0; i < channels; i++) {
                for (int j = 0; j < kernel; j++) {
                    int shift = j - before;
                    int from = Math.max(0, -shift);
                    int to = Math.min(length, length - shift);
                    for (int n = 0; n < b; n++) {
                        int dst = ((i * kernel + j) * b + n) * length;
                        int src = (n * channels + i) * length + shift;
                        for (int t = from; t < to; t++) {
                            out[dst + t] = in[src + t];
                        }
                    }
                }
            }
            return out;
        }
        float[] in = (float[]) x;
        float[] out = new float[channels * kernel * b * length];
        for (int i = 0; i < channels; i++) {
            for (int j = 0; j < kernel; j++) {
                int shift = j - before;
                int from = Math.max(0, -shift);
                int to = Math.min(length, length - shift);
                for (int n = 0; n < b; n++) {
                    int dst = ((i * kernel + j) * b + n) * length;
                    int src = (n * channels + i) * length + shift;
                    for (int t = from; t < to; t++) {
                        out[dst + t] = in[src + t];
                    }
                }
            }
        }
        return out;
    }

    /** The adjoint of {@link #im2col}: each column entry added to the input step it was copied from. */
    static Object col2im(Object columns, int b, int channels, int length, int kernel) {
        int before = (kernel - 1) / 2;
        if (columns instanceof double[] in) {
            double[] out = new double[b * channels * length];
            for (int i = 0; i < channels; i++) {
                for (int j = 0; j < kernel; j++) {
                    int shift = j - before;
                    int from = Math.max(0, -shift);
                    int to = Math.min(length, length - shift);
                    for (int n = 0; n < b; n++) {
                        int src = ((i * kernel + j) * b + n) * length;
                        int dst = (n * channels + i) * length + shift;
                        for (int t = from; t < to; t++) {
                            out[dst + t] += in[src + t];
                        }
                    }
                }
            }
            return out;
        }
        float[] in = (float[]) columns;
        float[] out = new float[b * channels * length];
        for (int i = 0; i < channels; i++) {
            for (int j = 0; j < kernel; j++) {
                int shift = j - before;
                int from = Math.max(0, -shift);
                int to = Math.min(length, length - shift);
                for (int n = 0; n < b; n++) {
                    int src = ((i * kernel + j) * b + n) * length;
                    int dst = (n * channels + i) * length + shift;
                    for (int t = from; t < to; t++) {
                        out[dst + t] += in[src + t];
                    }
                }
            }
        }
        return out;
    }

    /**
     * {@code data [p, q, L]} (C order) as {@code [q, p, L]}: the first two axes swapped, rows of {@code L} kept
     * whole (the layout change between a matrix product's {@code [out, b L]} and the network's {@code [b, out, L]}).
     */
    static Object swapLeadingAxes(Object data, int p, int q, int length) {
        Object out = data instanceof double[] d ? new double[d.length] : new float[((float[]) data).length];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < q; j++) {
                System.arraycopy(data, (i * q + j) * length, out, (j * p + i) * length, length);
            }
        }
        return out;
    }
}
