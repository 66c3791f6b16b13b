package org.protpred.pipeline.ss;

import java.util.Objects;
import org.protpred.pipeline.task.Prediction;

/**
 * The predicted secondary structure of one chain: always 3-state probabilities, and the 8-state ones when an 8-state
 * model predicted it (the 3-state ones are then their sums, {@link SsLabels#reduce}).
 *
 * @param id             record id
 * @param sequence       residues
 * @param probabilities  per residue, the probabilities of H, E and C ({@link SsLabels#STATES} order)
 * @param probabilities8 per residue, the probabilities of the 8 DSSP states ({@link SsLabels#STATES8} order), or
 *                       null for a 3-state prediction
 */
public record SsPrediction(String id, String sequence, float[][] probabilities, float[][] probabilities8)
        implements Prediction {

    public SsPrediction {
        Objects.requireNonNull(id, "id");
        if (probabilities.length != sequence.length()) {
            throw new IllegalArgumentException(id + ": " + probabilities.length + " predictions for "
                    + sequence.length() + " residues");
        }
        if (probabilities8 != null && probabilities8.length != sequence.length()) {
            throw new IllegalArgumentException(id + ": " + probabilities8.length + " 8-state predictions for "
                    + sequence.length() + " residues");
        }
    }

    /** A 3-state prediction. */
    public SsPrediction(String id, String sequence, float[][] probabilities) {
        this(id, sequence, probabilities, null);
    }

    /** An 8-state prediction (L x 8), with its 3-state sums. */
    public static SsPrediction ofEightStates(String id, String sequence, float[][] probabilities8) {
        return new SsPrediction(id, sequence, SsLabels.reduce(probabilities8), probabilities8);
    }

    /** Whether the 8-state probabilities are known. */
    public boolean hasEightStates() {
        return probabilities8 != null;
    }

    /**
     * The most probable of the 8 DSSP states at each residue ({@code HGIEBTSC} letters).
     *
     * @throws IllegalStateException for a 3-state prediction
     */
    public String eightStates() {
        return eightStates(requireEight());
    }

    /**
     * Probability of 8-state {@code k} (index in {@link SsLabels#STATES8}) at residue {@code i}.
     *
     * @throws IllegalStateException for a 3-state prediction
     */
    public float probability8(int residue, int state) {
        return requireEight()[residue][state];
    }

    private float[][] requireEight() {
        if (probabilities8 == null) {
            throw new IllegalStateException(id + ": predicted by a 3-state model; no 8-state probabilities");
        }
        return probabilities8;
    }

    public int length() {
        return sequence.length();
    }

    /** The most probable state of each residue, as an {@code H/E/C} string. */
    public String states() {
        StringBuilder sb = new StringBuilder(probabilities.length);
        for (float[] p : probabilities) {
            sb.append(SsLabels.STATES.charAt(argMax(p)));
        }
        return sb.toString();
    }

    /** Probability of state {@code s} ({@link SsLabels#H}, {@link SsLabels#E}, {@link SsLabels#C}) at residue i. */
    public float probability(int residue, int state) {
        return probabilities[residue][state];
    }

    /**
     * PSIPRED-style confidence of residue {@code i}, 0-9: {@code floor(10 * (p1 - p2))} capped at 9, where p1 and p2
     * are the largest and second-largest state probabilities.
     */
    public int confidence(int residue) {
        float[] p = probabilities[residue];
        float first = Float.NEGATIVE_INFINITY;
        float second = Float.NEGATIVE_INFINITY;
        for (float v : p) {
            if (v > first) {
                second = first;
                first = v;
            } else if (v > second) {
                second = v;
            }
        }
        return Math.max(0, Math.min(9, (int) Math.floor(10 * (first - second))));
    }

    /** The most probable of the 8 DSSP states at each residue of L x 8 probabilities ({@link SsLabels#STATES8}). */
    public static String eightStates(float[][] probabilities8) {
        StringBuilder sb = new StringBuilder(probabilities8.length);
        for (float[] p : probabilities8) {
            if (p.length != SsLabels.STATES8.length()) {
                throw new IllegalArgumentException("expected 8 probabilities per residue, got " + p.length);
            }
            sb.append(SsLabels.STATES8.charAt(argMax(p)));
        }
        return sb.toString();
    }

    static int argMax(float[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
