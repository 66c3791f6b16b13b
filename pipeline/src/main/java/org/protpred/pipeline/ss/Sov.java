package org.protpred.pipeline.ss;

import java.util.ArrayList;
import java.util.List;

/**
 * Segment overlap score SOV'99 (Zemla, Venclovas, Fidelis and Rost, Proteins 34:220, 1999) for 3-state secondary
 * structure, accumulated over any number of chains.
 *
 * <p>For each state {@code i}, {@code S(i)} holds every pair of an observed segment {@code s1} and a predicted
 * segment {@code s2} of state {@code i} that overlap, and {@code S'(i)} every observed segment of state {@code i}
 * that no predicted segment of that state overlaps. With {@code minov} the number of residues the two segments
 * share, {@code maxov} the length of the span both cover, and
 * {@code delta = min(maxov - minov, minov, floor(len(s1)/2), floor(len(s2)/2))},
 * <pre>
 *   SOV(i) = 100 / N(i) * sum over S(i) of (minov + delta) / maxov * len(s1)
 *   N(i)   = sum over S(i) of len(s1) + sum over S'(i) of len(s1)
 * </pre>
 * and the overall SOV uses the sums over all three states. Over several chains, numerators and {@code N} are
 * summed (segments never cross chains).
 *
 * <p>Residues that are not scored (unresolved or disordered) are set apart in both strings, so no segment spans
 * them and they count nowhere.
 */
public final class Sov {

    private static final String STATES = SsLabels.STATES;
    private final double[] numerator = new double[STATES.length()];
    private final long[] normaliser = new long[STATES.length()];

    /** Adds one chain: observed and predicted states ({@code H/E/C}), and which residues count (null: all). */
    public void add(String observed, String predicted, boolean[] scored) {
        if (observed.length() != predicted.length()) {
            throw new IllegalArgumentException("observed has " + observed.length() + " residues, predicted "
                    + predicted.length());
        }
        char[] obs = observed.toCharArray();
        char[] pred = predicted.toCharArray();
        if (scored != null) {
            for (int i = 0; i < obs.length; i++) {
                if (!scored[i]) {
                    obs[i] = '-';
                    pred[i] = '-';
                }
            }
        }
        List<int[]> observedSegments = segments(obs);
        List<int[]> predictedSegments = segments(pred);
        for (int[] s1 : observedSegments) {
            int state = s1[2];
            int len1 = s1[1] - s1[0];
            boolean overlapped = false;
            for (int[] s2 : predictedSegments) {
                if (s2[2] != state || s2[1] <= s1[0] || s2[0] >= s1[1]) {
                    continue;
                }
                overlapped = true;
                int len2 = s2[1] - s2[0];
                int minov = Math.min(s1[1], s2[1]) - Math.max(s1[0], s2[0]);
                int maxov = Math.max(s1[1], s2[1]) - Math.min(s1[0], s2[0]);
                int delta = Math.min(Math.min(maxov - minov, minov), Math.min(len1 / 2, len2 / 2));
                numerator[state] += (double) (minov + delta) / maxov * len1;
                normaliser[state] += len1;
            }
            if (!overlapped) {
                normaliser[state] += len1;
            }
        }
    }

    /** Maximal runs of one state: {start, end (exclusive), state index}; characters outside H/E/C start none. */
    private static List<int[]> segments(char[] s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length) {
            int state = STATES.indexOf(s[i]);
            int j = i + 1;
            while (j < s.length && s[j] == s[i]) {
                j++;
            }
            if (state >= 0) {
                out.add(new int[] {i, j, state});
            }
            i = j;
        }
        return out;
    }

    /** Overall SOV in percent (NaN when nothing was observed). */
    public double score() {
        double num = 0;
        long n = 0;
        for (int k = 0; k < STATES.length(); k++) {
            num += numerator[k];
            n += normaliser[k];
        }
        return n == 0 ? Double.NaN : 100 * num / n;
    }

    /** SOV of one state ({@link SsLabels#H}, {@link SsLabels#E} or {@link SsLabels#C}) in percent. */
    public double score(int state) {
        return normaliser[state] == 0 ? Double.NaN : 100 * numerator[state] / normaliser[state];
    }
}
