package org.protpred.pipeline.align;

import java.util.Arrays;
import org.protpred.pipeline.protein.AminoAcids;

/**
 * The Smith-Waterman score alone (no identities, no aligned pairs) of one query against many subjects: the same
 * recurrence, matrix and gap costs as {@link LocalAlignment#align}, so {@link #score} always equals
 * {@code LocalAlignment.align(query, subject).score()}.
 *
 * <p>Why it exists: a homology search aligns each query with hundreds of candidates but reports the identity of only
 * the few best, so tracking path counts in every cell (two {@code long} arrays and a branch per move in
 * {@link LocalAlignment}) is wasted on almost all of them. Here the inner loop works on {@code int}s only, takes the
 * maxima with {@link Math#max} (no data-dependent branches), and reads substitution scores from a query profile built
 * once: for each residue letter, the row of its BLOSUM62 scores against every query position, so a subject residue
 * selects one row and the inner loop walks it sequentially. The optimal local score does not depend on which chain
 * is the row and which the column (BLOSUM62 is symmetric, gap costs are the same on both sides).
 *
 * <p>Instances hold scratch rows and are therefore not thread-safe: use one per thread (or per query).
 */
public final class QueryProfile {

    private static final int OPEN = LocalAlignment.GAP_OPEN + LocalAlignment.GAP_EXTEND;
    private static final int EXTEND = LocalAlignment.GAP_EXTEND;
    /** Minus infinity that survives subtracting gap costs without overflow. */
    private static final int NEG = Integer.MIN_VALUE / 2;

    /** {@code rows[letter][j]}: BLOSUM62 score of {@code letter} against query residue {@code j - 1} (j = 1..m). */
    private final int[][] rows;
    private final byte[] query;
    private final int length;
    private final int[] h;
    private final int[] f;
    private int scoreEnd;
    /** Scratch rows of {@link #align}, over the subject, grown as needed. */
    private int[] alignH = new int[0];
    private int[] alignHCount = new int[0];
    private int[] alignF = new int[0];
    private int[] alignFCount = new int[0];

    /** A profile of a query {@link LocalAlignment#encode encoded}. */
    public QueryProfile(byte[] query) {
        this.query = query;
        length = query.length;
        rows = new int[LocalAlignment.LETTERS][length + 1];
        for (int letter = 0; letter < rows.length; letter++) {
            int[] row = rows[letter];
            for (int j = 1; j <= length; j++) {
                row[j] = LocalAlignment.blosum62(letter, query[j - 1]);
            }
        }
        h = new int[length + 1];
        f = new int[length + 1];
    }

    /** The query as encoded (shared: do not modify). */
    public byte[] query() {
        return query;
    }

    /** Length of the query. */
    public int length() {
        return length;
    }

    /**
     * The best local alignment score of the query and an {@link LocalAlignment#encode encoded} subject. Also notes
     * the last subject residue whose row of the dynamic programme reaches that score ({@link #lastScoreEnd}), which
     * lets {@link #align(byte[], int, int)} skip the rest of the subject.
     */
    public int score(byte[] subject) {
        int m = length;
        scoreEnd = 0;
        if (m == 0 || subject.length == 0) {
            return 0;
        }
        Arrays.fill(h, 0);
        Arrays.fill(f, NEG);
        int best = 0;
        int end = 0;
        int s = 0;
        for (; s + 1 < subject.length; s += 2) {
            long maxima = twoRows(rows[subject[s]], rows[subject[s + 1]]);
            int first = (int) (maxima >>> 32);
            int second = (int) maxima;
            if (first >= best) {
                end = first > 0 ? s + 1 : 0;
                best = first;
            }
            if (second >= best) {
                end = second > 0 ? s + 2 : 0;
                best = second;
            }
        }
        if (s < subject.length) {
            int last = oneRow(rows[subject[s]]);
            if (last >= best) {
                end = last > 0 ? s + 1 : 0;
                best = last;
            }
        }
        scoreEnd = end;
        return best;
    }

    /**
     * One row of the score-only programme (one subject residue, its profile row {@code row}) over {@link #h} and
     * {@link #f}; returns the row's best cell.
     */
    private int oneRow(int[] row) {
        int[] h = this.h;
        int[] f = this.f;
        int diag = 0;     // H of the previous subject residue, previous query position
        int left = 0;     // H of this subject residue, previous query position
        int e = NEG;      // best path ending in a gap in the subject (moving along the query)
        int rowBest = 0;
        for (int j = 1; j <= length; j++) {
            e = Math.max(left - OPEN, e - EXTEND);
            int up = h[j];
            int fj = Math.max(up - OPEN, f[j] - EXTEND);
            f[j] = fj;
            int hv = Math.max(Math.max(diag + row[j], 0), Math.max(e, fj));
            diag = up;
            h[j] = hv;
            left = hv;
            rowBest = Math.max(rowBest, hv);
        }
        return rowBest;
    }

    /**
     * Two consecutive rows ({@code a}, then {@code b}) of the score-only programme, computed together with a lag of
     * one column: step {@code j} computes cell {@code j} of the first row and cell {@code j - 1} of the second, which
     * by then has the first row's cells above it and diagonally before it. Why: within one row each cell waits for
     * its left neighbour (the horizontal gap), a chain of dependent additions and maxima that keeps the processor
     * waiting; two rows interleaved give it two independent chains. Returns the best cell of the first row in the
     * high 32 bits, of the second in the low 32 bits (both are at least 0).
     */
    private long twoRows(int[] a, int[] b) {
        int[] h = this.h;
        int[] f = this.f;
        int m = length;
        // first row: cell 1
        int upA = h[1];
        int eA = Math.max(-OPEN, NEG - EXTEND);
        int fA = Math.max(upA - OPEN, f[1] - EXTEND);
        int hA = Math.max(Math.max(a[1], 0), Math.max(eA, fA));
        int diagA = upA;
        int bestA = hA;
        int eB = NEG;
        int leftB = 0;
        int diagB = 0;    // first row, column j - 2
        int bestB = 0;
        for (int j = 2; j <= m; j++) {
            // the first row's cell j-1, above and diagonal for the second row
            int aboveB = hA;
            int aboveF = fA;
            upA = h[j];
            eA = Math.max(hA - OPEN, eA - EXTEND);
            fA = Math.max(upA - OPEN, f[j] - EXTEND);
            hA = Math.max(Math.max(diagA + a[j], 0), Math.max(eA, fA));
            diagA = upA;
            bestA = Math.max(bestA, hA);
            // the second row's cell j-1
            eB = Math.max(leftB - OPEN, eB - EXTEND);
            int fB = Math.max(aboveB - OPEN, aboveF - EXTEND);
            int hB = Math.max(Math.max(diagB + b[j - 1], 0), Math.max(eB, fB));
            diagB = aboveB;
            leftB = hB;
            bestB = Math.max(bestB, hB);
            h[j - 1] = hB;
            f[j - 1] = fB;
        }
        // the second row's last cell
        eB = Math.max(leftB - OPEN, eB - EXTEND);
        int fB = Math.max(hA - OPEN, fA - EXTEND);
        int hB = Math.max(Math.max(diagB + b[m], 0), Math.max(eB, fB));
        bestB = Math.max(bestB, hB);
        h[m] = hB;
        f[m] = fB;
        return (long) bestA << 32 | bestB;
    }

    /**
     * After {@link #score}: one past the last subject residue at which a local alignment with the best score ends
     * (0 when the score is 0). No cell beyond it reaches the score.
     */
    public int lastScoreEnd() {
        return scoreEnd;
    }

    /**
     * The same as {@link LocalAlignment#bestUngapped LocalAlignment.bestUngapped(query, subject, shift)}: the best
     * ungapped segment score on the diagonal that pairs query residue {@code i} with subject residue
     * {@code i + shift}, read from the profile and with the running maximum taken without branches.
     */
    public int bestUngapped(byte[] subject, int shift) {
        int from = Math.max(0, -shift);
        int to = Math.min(length, subject.length - shift);
        int run = 0;
        int best = 0;
        for (int i = from; i < to; i++) {
            run = Math.max(run + rows[subject[i + shift]][i + 1], 0);
            best = Math.max(best, run);
        }
        return best;
    }

    /**
     * Exactly {@link LocalAlignment#align LocalAlignment.align(query, subject)}: the same recurrence in the same
     * orientation (query residues as rows), with the same preference among equal moves (diagonal, then gap in the
     * query, then gap in the subject) and the same first best cell, so the identities and aligned pairs are those of
     * the same path. Faster because the path counts travel as one {@code int} per cell,
     * {@code identities << 16 | pairs} (both are at most the shorter length, below 65,536 here), in reused rows, and
     * the moves are picked with conditional expressions rather than nested branches. Pairs of chains that are both
     * 65,536 residues or longer go to {@link LocalAlignment#align}.
     */
    public LocalAlignment.Result align(byte[] subject) {
        return align(subject, Integer.MAX_VALUE, subject.length);
    }

    /**
     * {@link #align(byte[])} when {@link #score} of the same subject has given {@code score} and
     * {@link #lastScoreEnd} {@code end}: the same result, sooner. A cell depends only on cells above and to its left,
     * and the result is the path counts of the first cell (query residues as rows) that reaches the score, so
     * subject residues after {@code end} (where no cell reaches it) can be left out, and the rows can stop at that
     * first cell.
     */
    public LocalAlignment.Result align(byte[] subject, int score, int end) {
        int n = length;
        int shorter = Math.min(n, subject.length);
        if (shorter >= 1 << 16) {
            return LocalAlignment.align(query, subject);
        }
        if (shorter == 0 || score <= 0) {
            return new LocalAlignment.Result(0, 0, 0, shorter);
        }
        int m = end;
        if (alignH.length < m + 1) {
            alignH = new int[m + 1];
            alignHCount = new int[m + 1];
            alignF = new int[m + 1];
            alignFCount = new int[m + 1];
        }
        int[] h = alignH;
        int[] hCount = alignHCount;
        int[] f = alignF;
        int[] fCount = alignFCount;
        Arrays.fill(h, 0, m + 1, 0);
        Arrays.fill(hCount, 0, m + 1, 0);
        Arrays.fill(f, 0, m + 1, NEG);
        Arrays.fill(fCount, 0, m + 1, 0);
        int best = 0;
        int bestCount = 0;
        rows:
        for (int i = 0; i < n; i++) {
            int ai = query[i];
            int[] row = LocalAlignment.blosum62Row(ai);
            int same = ai == AminoAcids.UNKNOWN ? -1 : ai;    // X is never identical
            int diag = 0;
            int diagCount = 0;
            int e = NEG;
            int eCount = 0;
            int left = 0;
            int leftCount = 0;
            for (int j = 1; j <= m; j++) {
                int bj = subject[j - 1];
                int eOpen = left - OPEN;
                int eExt = e - EXTEND;
                eCount = eOpen >= eExt ? leftCount : eCount;
                e = Math.max(eOpen, eExt);
                int up = h[j];
                int upCount = hCount[j];
                int fOpen = up - OPEN;
                int fExt = f[j] - EXTEND;
                int fj = Math.max(fOpen, fExt);
                int fjCount = fOpen >= fExt ? upCount : fCount[j];
                f[j] = fj;
                fCount[j] = fjCount;
                int d = diag + row[bj];
                int dCount = diagCount + (bj == same ? 0x10001 : 1);
                boolean diagonal = d >= e && d >= fj;
                int gapCount = e >= fj ? eCount : fjCount;
                int hv = diagonal ? d : Math.max(e, fj);
                int hc = diagonal ? dCount : gapCount;
                hc = hv > 0 ? hc : 0;
                hv = Math.max(hv, 0);
                diag = up;
                diagCount = upCount;
                h[j] = hv;
                hCount[j] = hc;
                left = hv;
                leftCount = hc;
                if (hv > best) {
                    best = hv;
                    bestCount = hc;
                    if (best == score) {
                        break rows;
                    }
                }
            }
        }
        return new LocalAlignment.Result(best, bestCount >>> 16, bestCount & 0xFFFF, shorter);
    }
}
