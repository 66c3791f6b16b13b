package org.protpred.pipeline.features;

import java.util.List;
import java.util.stream.IntStream;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.AminoAcids;
import org.protpred.pipeline.protein.Alignment;

/**
 * An alignment encoded for statistics, with its sequence weights.
 *
 * <p>Encoding: each aligned character becomes a state 0-19 (the 20 standard amino acids in
 * {@link AminoAcids#ALPHABET} order) or {@link #GAP} = 20 for a gap ({@code -}, {@code .}) and for anything that is
 * not a standard residue ({@code X}, {@code B}, {@code Z}, {@code J}).
 *
 * <p>Sequence weights (Henikoff-style clustering as in Morcos et al. 2011, PNAS 108:E1293, and plmDCA): the
 * identity of two rows is the fraction of the {@code L} columns where they hold the same state, gaps included;
 * row {@code s} gets weight {@code w_s = 1 / n_s}, where {@code n_s} counts the rows (itself included) whose identity
 * with {@code s} is at least the threshold (0.8 by default). The effective number of sequences is
 * {@code Neff = sum_s w_s}.
 *
 * <p>Profile (see {@link #profile(double)}): weighted residue counts {@code c_i(a) = sum_s w_s [x_si = a]} over the
 * 20 residues (gaps and unknowns not counted), {@code n_i = sum_a c_i(a)}, and with a pseudocount weight {@code b}
 * spread uniformly, {@code f_i(a) = (c_i(a) + b/20) / (n_i + b)}. A column with no residues gives 1/20 everywhere.
 */
public final class AlignmentStatistics {

    /** The state of a gap or non-standard residue. */
    public static final int GAP = 20;
    /** Number of states: 20 residues and the gap. */
    public static final int STATES = 21;
    /** The default identity threshold for sequence weights. */
    public static final double DEFAULT_IDENTITY = 0.8;

    private final byte[][] rows;
    private final double[] weights;
    private final double neff;
    private final int length;

    private AlignmentStatistics(byte[][] rows, double[] weights, int length) {
        this.rows = rows;
        this.weights = weights;
        this.length = length;
        double s = 0;
        for (double w : weights) {
            s += w;
        }
        this.neff = s;
    }

    /**
     * Encodes an alignment and computes its weights.
     *
     * @param alignment rows in the query's coordinates, row 0 the query
     * @param sequence  the record's sequence; the alignment must have one column per residue
     * @param identity  identity threshold for the weights, in (0, 1]
     * @throws InputException if the alignment's width differs from the sequence length or it holds a character that
     *                        is neither an amino-acid code nor a gap
     */
    public static AlignmentStatistics of(Alignment alignment, String sequence, double identity) {
        int l = sequence.length();
        if (alignment.depth() == 0) {
            throw new InputException(alignment.source() + ": empty alignment");
        }
        if (alignment.width() != l) {
            throw new InputException(alignment.source() + ": alignment has " + alignment.width()
                    + " columns but the sequence has " + l + " residues");
        }
        List<String> text = alignment.rows();
        byte[][] rows = new byte[text.size()][];
        for (int s = 0; s < rows.length; s++) {
            rows[s] = encode(text.get(s), l, alignment, s);
        }
        return new AlignmentStatistics(rows, weights(rows, l, identity), l);
    }

    /** Encodes already-validated rows (for tests and synthetic alignments). */
    static AlignmentStatistics ofRows(byte[][] rows, double identity) {
        int l = rows.length == 0 ? 0 : rows[0].length;
        return new AlignmentStatistics(rows, weights(rows, l, identity), l);
    }

    private static byte[] encode(String row, int l, Alignment alignment, int s) {
        if (row.length() != l) {
            throw new InputException(alignment.source() + ": row " + (s + 1) + " ('" + alignment.ids().get(s)
                    + "') has " + row.length() + " columns, expected " + l);
        }
        byte[] out = new byte[l];
        for (int i = 0; i < l; i++) {
            char c = row.charAt(i);
            if (c == '-' || c == '.') {
                out[i] = GAP;
                continue;
            }
            int k = AminoAcids.index(c);
            if (k < 0) {
                throw new InputException(alignment.source() + ": row " + (s + 1) + " ('" + alignment.ids().get(s)
                        + "') has the character '" + c + "' in column " + (i + 1));
            }
            out[i] = (byte) k;
        }
        return out;
    }

    /**
     * {@code w_s = 1 / #{t : identity(s, t) >= threshold}}. Rows are packed eight states to a {@code long}; the
     * mismatching states of two words are counted with bit operations, and a pair is abandoned as soon as its
     * mismatches exceed what the threshold allows.
     */
    static double[] weights(byte[][] rows, int l, double threshold) {
        int n = rows.length;
        double[] w = new double[n];
        if (n == 0) {
            return w;
        }
        // identity >= threshold  <=>  mismatches <= l - ceil(threshold * l)
        int maxMismatch = l - (int) Math.ceil(threshold * l - 1e-9);
        int words = (l + 7) / 8;
        long[][] packed = new long[n][words];
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < l; i++) {
                packed[s][i >>> 3] |= ((long) rows[s][i]) << ((i & 7) * 8);
            }
        }
        java.util.concurrent.atomic.AtomicIntegerArray later = new java.util.concurrent.atomic.AtomicIntegerArray(n);
        int[] own = new int[n];
        IntStream.range(0, n).parallel().forEach(s -> {
            long[] a = packed[s];
            int count = 0;
            for (int t = s + 1; t < n; t++) {
                long[] b = packed[t];
                int mismatches = 0;
                for (int k = 0; k < words && mismatches <= maxMismatch; k++) {
                    mismatches += differingBytes(a[k] ^ b[k]);
                }
                if (mismatches <= maxMismatch) {
                    count++;
                    later.incrementAndGet(t);
                }
            }
            own[s] = count;
        });
        for (int s = 0; s < n; s++) {
            w[s] = 1.0 / (1 + own[s] + later.get(s));
        }
        return w;
    }

    /** Number of non-zero bytes of {@code x} (each byte holds a state below 32). */
    private static int differingBytes(long x) {
        x |= x >>> 4;
        x |= x >>> 2;
        x |= x >>> 1;
        return Long.bitCount(x & 0x0101010101010101L);
    }

    public int depth() {
        return rows.length;
    }

    public int length() {
        return length;
    }

    /** The weight of row {@code s}. */
    public double weight(int s) {
        return weights[s];
    }

    /** Effective number of sequences: the sum of the weights. */
    public double neff() {
        return neff;
    }

    /** The encoded state of row {@code s} at column {@code i}. */
    public int state(int s, int i) {
        return rows[s][i];
    }

    byte[][] rows() {
        return rows;
    }

    /**
     * The weighted amino-acid profile with a uniform pseudocount (formula in the class comment).
     *
     * @param pseudocount the pseudocount weight {@code b} (0 for none; then a column without residues gets 1/20)
     * @return L x 20 frequencies, each row summing to 1
     */
    public double[][] profile(double pseudocount) {
        double[][] f = new double[length][AminoAcids.COUNT];
        double[] n = new double[length];
        for (int s = 0; s < rows.length; s++) {
            byte[] r = rows[s];
            double w = weights[s];
            for (int i = 0; i < length; i++) {
                if (r[i] < AminoAcids.COUNT) {
                    f[i][r[i]] += w;
                    n[i] += w;
                }
            }
        }
        for (int i = 0; i < length; i++) {
            double denominator = n[i] + pseudocount;
            for (int a = 0; a < AminoAcids.COUNT; a++) {
                f[i][a] = denominator > 0 ? (f[i][a] + pseudocount / AminoAcids.COUNT) / denominator
                        : 1.0 / AminoAcids.COUNT;
            }
        }
        return f;
    }
}
