package org.protpred.pipeline.ss;

import java.util.Objects;

/**
 * The predicted secondary structure of one chain.
 *
 * @param id            record id
 * @param sequence      residues
 * @param probabilities per residue, the probabilities of H, E and C ({@link SsLabels#STATES} order)
 */
public record SsPrediction(String id, String sequence, float[][] probabilities) {

    public SsPrediction {
        Objects.requireNonNull(id, "id");
        if (probabilities.length != sequence.length()) {
            throw new IllegalArgumentException(id + ": " + probabilities.length + " predictions for "
                    + sequence.length() + " residues");
        }
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
