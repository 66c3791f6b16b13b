package org.protpred.pipeline.contacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.protpred.pipeline.labels.ContactRange;
import org.protpred.pipeline.task.Prediction;

/**
 * The predicted contacts of one chain: for each separation range (short 6-11, medium 12-23, long &gt;= 24) the
 * {@code keepPerRange} most probable pairs with their probabilities, sorted by probability (highest first). Pairs
 * closer than 6 in sequence are never kept. Memory is O(number of pairs kept) = O(L), never L x L: the predictor
 * streams every pair through a bounded heap per range ({@link Collector}).
 *
 * <p>Since every pair of the overall top {@code k} is within the top {@code k} of its own range,
 * {@link #top(int)} is exact for any {@code k <= keepPerRange}; {@link #top(ContactRange, int)} likewise.
 */
public final class ContactPrediction implements Prediction {

    /** One predicted pair, residues 0-based with {@code i < j}. */
    public record Pair(int i, int j, double probability) {
        public int separation() {
            return j - i;
        }

        public ContactRange range() {
            return ContactRange.of(j - i).orElseThrow();
        }
    }

    /** Highest probability first; ties by i then j (so the order is reproducible). */
    public static final Comparator<Pair> ORDER = Comparator.comparingDouble(Pair::probability).reversed()
            .thenComparingInt(Pair::i).thenComparingInt(Pair::j);

    private final String id;
    private final String sequence;
    private final List<List<Pair>> byRange;
    private final long pairsScored;

    ContactPrediction(String id, String sequence, List<List<Pair>> byRange, long pairsScored) {
        this.id = id;
        this.sequence = sequence;
        this.byRange = byRange;
        this.pairsScored = pairsScored;
    }

    @Override
    public String id() {
        return id;
    }

    public String sequence() {
        return sequence;
    }

    /** Chain length L. */
    public int length() {
        return sequence.length();
    }

    /** How many pairs the network scored (all pairs with separation &gt;= 6 between scored residues). */
    public long pairsScored() {
        return pairsScored;
    }

    /** The pairs kept for a range, most probable first. */
    public List<Pair> pairs(ContactRange range) {
        return byRange.get(range.ordinal());
    }

    /** The {@code k} most probable pairs of a range (fewer if fewer were kept). */
    public List<Pair> top(ContactRange range, int k) {
        List<Pair> p = pairs(range);
        return p.subList(0, Math.min(k, p.size()));
    }

    /** The {@code k} most probable pairs of all ranges (separation &gt;= 6). */
    public List<Pair> top(int k) {
        List<Pair> all = new ArrayList<>();
        for (List<Pair> p : byRange) {
            all.addAll(p.subList(0, Math.min(k, p.size())));
        }
        all.sort(ORDER);
        return all.subList(0, Math.min(k, all.size()));
    }

    /** The probability of pair (i, j) if it was kept, else NaN. */
    public double probability(int i, int j) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        var range = ContactRange.of(b - a);
        if (range.isEmpty()) {
            return Double.NaN;
        }
        for (Pair p : pairs(range.get())) {
            if (p.i() == a && p.j() == b) {
                return p.probability();
            }
        }
        return Double.NaN;
    }

    /**
     * Gathers the most probable pairs of a chain as they stream by: one bounded min-heap per range (capacity
     * {@code keep}), so memory stays O(keep) whatever the number of pairs.
     */
    static final class Collector {
        private final int keep;
        private final double[][] prob = new double[3][];
        private final int[][] first = new int[3][];
        private final int[][] second = new int[3][];
        private final int[] size = new int[3];
        private long scored;

        Collector(int keep) {
            this.keep = Math.max(1, keep);
            for (int r = 0; r < 3; r++) {
                prob[r] = new double[this.keep];
                first[r] = new int[this.keep];
                second[r] = new int[this.keep];
            }
        }

        void add(int i, int j, double p) {
            int sep = j - i;
            if (sep < ContactRange.MIN_SEPARATION) {
                return;
            }
            scored++;
            int r = sep <= 11 ? 0 : sep <= 23 ? 1 : 2;
            double[] h = prob[r];
            int n = size[r];
            if (n < keep) {
                int k = n;
                size[r] = n + 1;
                while (k > 0) {
                    int parent = (k - 1) / 2;
                    if (!less(r, i, j, p, parent)) {
                        break;
                    }
                    move(r, parent, k);
                    k = parent;
                }
                set(r, k, i, j, p);
            } else if (less(r, 0, i, j, p)) {   // larger than the smallest kept: replace the root
                int k = 0;
                while (true) {
                    int c = 2 * k + 1;
                    if (c >= n) {
                        break;
                    }
                    if (c + 1 < n && lessAt(r, c + 1, c)) {
                        c++;
                    }
                    if (!less(r, c, i, j, p)) {
                        break;
                    }
                    move(r, c, k);
                    k = c;
                }
                set(r, k, i, j, p);
            }
            assert h != null;
        }

        /** (i, j, p) ranks below entry e (lower probability, or equal and later in (i, j) order). */
        private boolean less(int r, int i, int j, double p, int e) {
            double q = prob[r][e];
            if (p != q) {
                return p < q;
            }
            return i != first[r][e] ? i > first[r][e] : j > second[r][e];
        }

        /** Entry e ranks below (i, j, p). */
        private boolean less(int r, int e, int i, int j, double p) {
            double q = prob[r][e];
            if (p != q) {
                return q < p;
            }
            return first[r][e] != i ? first[r][e] > i : second[r][e] > j;
        }

        private boolean lessAt(int r, int a, int b) {
            return less(r, a, first[r][b], second[r][b], prob[r][b]);
        }

        private void move(int r, int from, int to) {
            set(r, to, first[r][from], second[r][from], prob[r][from]);
        }

        private void set(int r, int k, int i, int j, double p) {
            prob[r][k] = p;
            first[r][k] = i;
            second[r][k] = j;
        }

        ContactPrediction finish(String id, String sequence) {
            List<List<Pair>> out = new ArrayList<>(3);
            for (int r = 0; r < 3; r++) {
                Pair[] pairs = new Pair[size[r]];
                for (int k = 0; k < size[r]; k++) {
                    pairs[k] = new Pair(first[r][k], second[r][k], prob[r][k]);
                }
                Arrays.sort(pairs, ORDER);
                out.add(List.of(pairs));
            }
            return new ContactPrediction(id, sequence, out, scored);
        }
    }
}
