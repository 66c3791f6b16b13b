package org.protpred.pipeline.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.labels.ContactMap;
import org.protpred.pipeline.labels.ContactRange;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.Evaluator;

/**
 * Precision of predicted contacts, the CASP way: per chain and separation range (short 6-11, medium 12-23, long
 * &gt;= 24), the fraction of true contacts (C-beta, C-alpha for glycine, within 8 A, from the coordinates) among the
 * {@code k} most probable pairs of that range, for {@code k} = L/10, L/5, L/2 and L (integer division, at least 1;
 * fewer when the range has fewer pairs). L and the pairs counted are the residues with coordinates that the record
 * scores (for a CASP13 domain, the domain's residues). The <b>one-shift</b> variant also counts a predicted pair
 * (i, j) as correct when a true contact lies at (i + a, j + b) with a, b in {-1, 0, 1} (and separation &gt;= 6).
 * The report lists every chain and the means over chains (a chain without any pair of a range is left out of that
 * range's mean).
 */
public final class ContactEvaluator implements Evaluator<ContactPrediction> {

    /** The divisors of L: top L/10, L/5, L/2, L. */
    public static final int[] DIVISORS = {10, 5, 2, 1};
    private static final String[] NAMES = {"L/10", "L/5", "L/2", "L"};

    /**
     * One chain's scores.
     *
     * @param precision [range ordinal][divisor index], NaN where the range has no pair
     * @param shifted   the one-shift variant, same layout
     */
    public record Scores(String id, int length, double[][] precision, double[][] shifted) {
        public double precision(ContactRange range, int divisor) {
            return precision[range.ordinal()][index(divisor)];
        }

        public double shifted(ContactRange range, int divisor) {
            return shifted[range.ordinal()][index(divisor)];
        }
    }

    private final String setName;
    private final List<Scores> scores = new ArrayList<>();

    public ContactEvaluator(String setName) {
        this.setName = setName;
    }

    private static int index(int divisor) {
        for (int d = 0; d < DIVISORS.length; d++) {
            if (DIVISORS[d] == divisor) {
                return d;
            }
        }
        throw new IllegalArgumentException("divisor must be 10, 5, 2 or 1, got " + divisor);
    }

    @Override
    public void add(ProteinRecord truth, ContactPrediction prediction) {
        if (truth.structureIfPresent().isEmpty()) {
            throw new InputException("record '" + truth.id() + "' has no structure to score contacts against");
        }
        boolean[] observed = truth.structure().observed().clone();
        for (int i = 0; i < observed.length; i++) {
            observed[i] &= truth.isScored(i);
        }
        scores.add(score(truth.id(), ContactMap.of(truth), observed, prediction));
    }

    /** The scores of everything added so far, in order. */
    public List<Scores> scores() {
        return List.copyOf(scores);
    }

    /** Scores one chain: {@code observed} marks the residues that count (L = their number). */
    public static Scores score(String id, ContactMap truth, boolean[] observed, ContactPrediction prediction) {
        int length = 0;
        for (boolean b : observed) {
            length += b ? 1 : 0;
        }
        double[][] precision = new double[3][DIVISORS.length];
        double[][] shifted = new double[3][DIVISORS.length];
        for (ContactRange range : ContactRange.values()) {
            List<ContactPrediction.Pair> candidates = new ArrayList<>();
            for (ContactPrediction.Pair p : prediction.pairs(range)) {
                if (observed[p.i()] && observed[p.j()]) {
                    candidates.add(p);
                }
            }
            for (int d = 0; d < DIVISORS.length; d++) {
                int k = Math.min(Math.max(1, length / DIVISORS[d]), candidates.size());
                if (k == 0) {
                    precision[range.ordinal()][d] = Double.NaN;
                    shifted[range.ordinal()][d] = Double.NaN;
                    continue;
                }
                int hit = 0;
                int near = 0;
                for (int n = 0; n < k; n++) {
                    ContactPrediction.Pair p = candidates.get(n);
                    if (truth.isContact(p.i(), p.j())) {
                        hit++;
                        near++;
                    } else if (nearContact(truth, p.i(), p.j())) {
                        near++;
                    }
                }
                precision[range.ordinal()][d] = (double) hit / k;
                shifted[range.ordinal()][d] = (double) near / k;
            }
        }
        return new Scores(id, length, precision, shifted);
    }

    private static boolean nearContact(ContactMap truth, int i, int j) {
        int n = truth.length();
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                int x = i + a;
                int y = j + b;
                if (x >= 0 && y < n && y - x >= ContactRange.MIN_SEPARATION && truth.isContact(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Mean over chains of [range][divisor] (NaN entries left out), the plain or one-shift precision. */
    public static double[][] mean(List<Scores> scores, boolean oneShift) {
        double[][] sum = new double[3][DIVISORS.length];
        int[][] count = new int[3][DIVISORS.length];
        for (Scores s : scores) {
            double[][] v = oneShift ? s.shifted() : s.precision();
            for (int r = 0; r < 3; r++) {
                for (int d = 0; d < DIVISORS.length; d++) {
                    if (!Double.isNaN(v[r][d])) {
                        sum[r][d] += v[r][d];
                        count[r][d]++;
                    }
                }
            }
        }
        for (int r = 0; r < 3; r++) {
            for (int d = 0; d < DIVISORS.length; d++) {
                sum[r][d] = count[r][d] == 0 ? Double.NaN : sum[r][d] / count[r][d];
            }
        }
        return sum;
    }

    @Override
    public String report() {
        if (scores.isEmpty()) {
            throw new InputException(setName + ": no chain with coordinates to score");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "contacts on %s: %d chains; precision of the top L/10, L/5, L/2, L "
                + "predicted pairs per range (L = residues with coordinates)%n", setName, scores.size()));
        sb.append(header());
        for (Scores s : scores) {
            sb.append(row(s.id(), s.length(), s.precision()));
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "mean over %d chains%n", scores.size()));
        sb.append(String.format(Locale.ROOT, "%-9s %6s %6s %6s %6s%n", "range", NAMES[0], NAMES[1], NAMES[2],
                NAMES[3]));
        double[][] m = mean(scores, false);
        double[][] s = mean(scores, true);
        for (ContactRange r : ContactRange.values()) {
            sb.append(String.format(Locale.ROOT, "%-9s %s%n", r.name().toLowerCase(Locale.ROOT), cells(m[r.ordinal()])));
        }
        sb.append(String.format(Locale.ROOT, "one-shift (a true contact at i+-1, j+-1 counts)%n"));
        for (ContactRange r : ContactRange.values()) {
            sb.append(String.format(Locale.ROOT, "%-9s %s%n", r.name().toLowerCase(Locale.ROOT), cells(s[r.ordinal()])));
        }
        return sb.toString();
    }

    private static String header() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-16s %5s", "chain", "L"));
        for (ContactRange r : ContactRange.values()) {
            for (String n : NAMES) {
                sb.append(String.format(Locale.ROOT, " %6s", r.name().substring(0, 1) + ":" + n));
            }
        }
        return sb.append('\n').toString();
    }

    private static String row(String id, int length, double[][] v) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-16s %5d", id, length));
        for (int r = 0; r < 3; r++) {
            sb.append(' ').append(cells(v[r]));
        }
        return sb.append('\n').toString();
    }

    private static String cells(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < v.length; d++) {
            sb.append(d == 0 ? "" : " ").append(Double.isNaN(v[d]) ? String.format(Locale.ROOT, "%6s", "-")
                    : String.format(Locale.ROOT, "%6.3f", v[d]));
        }
        return sb.toString();
    }
}
