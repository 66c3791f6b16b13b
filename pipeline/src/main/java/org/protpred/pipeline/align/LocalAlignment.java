package org.protpred.pipeline.align;

import java.util.List;

import org.biojava.nbio.core.alignment.matrices.SubstitutionMatrixHelper;
import org.biojava.nbio.core.alignment.template.SubstitutionMatrix;
import org.biojava.nbio.core.sequence.compound.AminoAcidCompound;
import org.biojava.nbio.core.sequence.compound.AminoAcidCompoundSet;
import org.protpred.pipeline.protein.AminoAcids;

/**
 * Smith-Waterman local alignment of two protein sequences (Smith &amp; Waterman, J Mol Biol 147:195, 1981) with affine
 * gaps (Gotoh, J Mol Biol 162:705, 1982), scored with BLOSUM62 (Henikoff &amp; Henikoff 1992; the matrix as BioJava's
 * {@code SubstitutionMatrixHelper.getBlosum62()} ships it) and BLAST's default gap costs: a gap of {@code k} residues
 * costs {@value #GAP_OPEN} + {@code k} x {@value #GAP_EXTEND}.
 *
 * <p>Besides the best local score, the alignment reports for the path that reaches it the number of aligned residue
 * pairs and how many of them are identical, so that the identity of two chains is
 * <pre>  identity = identical aligned pairs / length of the shorter chain</pre>
 * (the definition PISCES-style culling and {@link HomologyFilter} use). Only two rows of the dynamic programme are
 * kept (memory O(length)); where several paths reach the best score, the diagonal move is preferred, then a gap in
 * the first sequence.
 *
 * <p>Letters are read through {@link AminoAcids}: the 20 standard residues, and {@code X} (scored as BLOSUM62's
 * {@code X}) for everything else. {@code X} never counts as identical.
 */
public final class LocalAlignment {

    /** Cost of opening a gap (added once per gap). */
    public static final int GAP_OPEN = 11;
    /** Cost of each residue of a gap. */
    public static final int GAP_EXTEND = 1;

    /** Residue codes: the 20 standard residues and {@code X}. */
    static final int LETTERS = AminoAcids.COUNT + 1;
    private static final int[][] BLOSUM62 = blosum62();

    /**
     * The outcome of one alignment.
     *
     * @param score      best local alignment score (0 when no pair of residues scores positive)
     * @param identities identical aligned pairs on the best path
     * @param pairs      aligned residue pairs (columns without a gap) on the best path
     * @param shorter    length of the shorter sequence
     */
    public record Result(int score, int identities, int pairs, int shorter) {

        /** Identical aligned pairs over the length of the shorter chain (0 for an empty chain). */
        public double identity() {
            return shorter == 0 ? 0 : (double) identities / shorter;
        }
    }

    private LocalAlignment() {
    }

    /** The BLOSUM62 score of two residue letters (any non-standard letter is {@code X}). */
    public static int score(char a, char b) {
        return BLOSUM62[code(a)][code(b)];
    }

    /** The BLOSUM62 score of two residue codes ({@link #encode}). */
    static int blosum62(int x, int y) {
        return BLOSUM62[x][y];
    }

    /** The BLOSUM62 scores of residue code {@code x} against every code (shared: do not modify). */
    static int[] blosum62Row(int x) {
        return BLOSUM62[x];
    }

    /** Aligns two sequences of amino-acid letters. */
    public static Result align(String a, String b) {
        return align(encode(a), encode(b));
    }

    /** Aligns two sequences already {@link #encode encoded}. */
    public static Result align(byte[] a, byte[] b) {
        int n = a.length;
        int m = b.length;
        int shorter = Math.min(n, m);
        if (n == 0 || m == 0) {
            return new Result(0, 0, 0, shorter);
        }
        final int openCost = GAP_OPEN + GAP_EXTEND;
        // Row arrays over j = 0..m: H and F (gap in b, i.e. vertical) of the previous row, and the path counts
        // (identities << 32 | pairs) that come with them.
        int[] h = new int[m + 1];
        int[] f = new int[m + 1];
        long[] hCount = new long[m + 1];
        long[] fCount = new long[m + 1];
        java.util.Arrays.fill(f, Integer.MIN_VALUE / 2);
        int best = 0;
        long bestCount = 0;
        for (int i = 1; i <= n; i++) {
            int[] row = BLOSUM62[a[i - 1]];
            byte ai = a[i - 1];
            boolean aKnown = ai != AminoAcids.UNKNOWN;
            int diag = 0;           // H[i-1][j-1]
            long diagCount = 0;
            int e = Integer.MIN_VALUE / 2;   // E[i][j]: gap in a (horizontal)
            long eCount = 0;
            int left = 0;           // H[i][j-1]
            long leftCount = 0;
            for (int j = 1; j <= m; j++) {
                byte bj = b[j - 1];
                // E from the left
                int eOpen = left - openCost;
                int eExt = e - GAP_EXTEND;
                if (eOpen >= eExt) {
                    e = eOpen;
                    eCount = leftCount;
                } else {
                    e = eExt;
                }
                // F from above
                int up = h[j];
                int fOpen = up - openCost;
                int fExt = f[j] - GAP_EXTEND;
                int fj;
                long fjCount;
                if (fOpen >= fExt) {
                    fj = fOpen;
                    fjCount = hCount[j];
                } else {
                    fj = fExt;
                    fjCount = fCount[j];
                }
                f[j] = fj;
                fCount[j] = fjCount;
                // H
                int d = diag + row[bj];
                int hv;
                long hc;
                if (d >= e && d >= fj) {
                    hv = d;
                    hc = diagCount + 1 + (aKnown && ai == bj ? 1L << 32 : 0);
                } else if (e >= fj) {
                    hv = e;
                    hc = eCount;
                } else {
                    hv = fj;
                    hc = fjCount;
                }
                if (hv <= 0) {
                    hv = 0;
                    hc = 0;
                }
                diag = up;
                diagCount = hCount[j];
                h[j] = hv;
                hCount[j] = hc;
                left = hv;
                leftCount = hc;
                if (hv > best) {
                    best = hv;
                    bestCount = hc;
                }
            }
        }
        return new Result(best, (int) (bestCount >>> 32), (int) bestCount, shorter);
    }

    /**
     * The best ungapped local segment score of two encoded sequences on one diagonal: residue {@code i} of {@code a}
     * against residue {@code i + shift} of {@code b} (maximum-sum run, 0 if every pair scores negative).
     */
    public static int bestUngapped(byte[] a, byte[] b, int shift) {
        int from = Math.max(0, -shift);
        int to = Math.min(a.length, b.length - shift);
        int run = 0;
        int best = 0;
        for (int i = from; i < to; i++) {
            run += BLOSUM62[a[i]][b[i + shift]];
            if (run < 0) {
                run = 0;
            } else if (run > best) {
                best = run;
            }
        }
        return best;
    }

    /** Residue codes (0-19 standard, 20 = {@code X}) of a sequence; any letter outside the alphabet becomes X. */
    public static byte[] encode(String sequence) {
        byte[] out = new byte[sequence.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) code(sequence.charAt(i));
        }
        return out;
    }

    private static int code(char c) {
        int k = AminoAcids.index(c);
        return k < 0 ? AminoAcids.UNKNOWN : k;
    }

    private static int[][] blosum62() {
        SubstitutionMatrix<AminoAcidCompound> matrix = SubstitutionMatrixHelper.getBlosum62();
        AminoAcidCompoundSet set = AminoAcidCompoundSet.getAminoAcidCompoundSet();
        String letters = AminoAcids.ALPHABET + "X";
        int[][] out = new int[LETTERS][LETTERS];
        for (int x = 0; x < LETTERS; x++) {
            AminoAcidCompound cx = set.getCompoundForString(String.valueOf(letters.charAt(x)));
            for (int y = 0; y < LETTERS; y++) {
                AminoAcidCompound cy = set.getCompoundForString(String.valueOf(letters.charAt(y)));
                out[x][y] = matrix.getValue(cx, cy);
            }
        }
        return out;
    }

    /**
     * The {@code k} residue codes ({@link #encode}) at {@code p} as one number in base {@link AminoAcids#COUNT}, or -1
     * when one of them is {@code X}: the k-mer index of the homology prefilters.
     */
    public static int kmer(byte[] s, int p, int k) {
        int w = 0;
        for (int i = 0; i < k; i++) {
            int c = s[p + i];
            if (c >= AminoAcids.COUNT) {
                return -1;
            }
            w = w * AminoAcids.COUNT + c;
        }
        return w;
    }

    /**
     * The k-mer index of encoded sequences ({@link #encode}) for a homology prefilter: for each k-mer number
     * ({@link #kmer}, 0 .. 20^k - 1) the occurrences as {@code sequenceIndex << 16 | position}, in sequence then
     * position order (an empty array for a k-mer that occurs nowhere). Sequences must be shorter than 65,536 residues.
     */
    public static int[][] kmerIndex(List<byte[]> sequences, int k) {
        int words = (int) Math.pow(AminoAcids.COUNT, k);
        int[] counts = new int[words];
        for (byte[] s : sequences) {
            for (int p = 0; p + k <= s.length; p++) {
                int w = kmer(s, p, k);
                if (w >= 0) {
                    counts[w]++;
                }
            }
        }
        int[][] index = new int[words][];
        for (int w = 0; w < words; w++) {
            index[w] = new int[counts[w]];
        }
        int[] fill = new int[words];
        for (int r = 0; r < sequences.size(); r++) {
            byte[] s = sequences.get(r);
            for (int p = 0; p + k <= s.length; p++) {
                int w = kmer(s, p, k);
                if (w >= 0) {
                    index[w][fill[w]++] = r << 16 | p;
                }
            }
        }
        return index;
    }
}
