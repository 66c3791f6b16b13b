package org.protpred.pipeline.api;

import org.protpred.pipeline.ss.SsLabels;
import org.protpred.pipeline.ss.SsPrediction;

/**
 * The predicted 3-state secondary structure of one protein sequence: per residue the most probable state
 * ({@code H} helix, {@code E} strand, {@code C} coil) and the three probabilities. From an 8-state model also the 8
 * DSSP states ({@link #eightStates()}, {@link #probability8}); the 3-state probabilities are then their sums
 * (H+G+I, E+B, T+S+C). Immutable.
 */
public final class SecondaryStructurePrediction {

    private final SsPrediction prediction;

    SecondaryStructurePrediction(SsPrediction prediction) {
        this.prediction = prediction;
    }

    /** The sequence as predicted (upper case, canonical one-letter codes). */
    public String sequence() {
        return prediction.sequence();
    }

    public int length() {
        return prediction.length();
    }

    /** The predicted states as a string of {@code H}, {@code E} and {@code C}, one letter per residue. */
    public String states() {
        return prediction.states();
    }

    /** The predicted state of residue {@code i} (0-based). */
    public char state(int i) {
        return prediction.states().charAt(i);
    }

    /** The probability of {@code state} ({@code 'H'}, {@code 'E'} or {@code 'C'}) at residue {@code i} (0-based). */
    public double probability(int i, char state) {
        int k = "HEC".indexOf(state);
        if (k < 0) {
            throw new IllegalArgumentException("state must be H, E or C, not '" + state + "'");
        }
        return prediction.probability(i, k);
    }

    /** A copy of the probabilities: one row per residue with P(H), P(E), P(C). */
    public double[][] probabilities() {
        double[][] out = new double[length()][3];
        for (int i = 0; i < out.length; i++) {
            for (int k = 0; k < 3; k++) {
                out[i][k] = prediction.probability(i, k);
            }
        }
        return out;
    }

    /** Whether the 8-state predictions are available (the prediction came from an 8-state model). */
    public boolean hasEightStates() {
        return prediction.hasEightStates();
    }

    /**
     * The predicted 8 DSSP states, one of {@code HGIEBTSC} per residue.
     *
     * @throws IllegalStateException if a 3-state model made the prediction
     */
    public String eightStates() {
        return prediction.eightStates();
    }

    /**
     * The probability of DSSP {@code state} ({@code H G I E B T S C}) at residue {@code i} (0-based).
     *
     * @throws IllegalStateException if a 3-state model made the prediction
     */
    public double probability8(int i, char state) {
        int k = SsLabels.STATES8.indexOf(state);
        if (k < 0) {
            throw new IllegalArgumentException("state must be one of H, G, I, E, B, T, S, C, not '" + state + "'");
        }
        return prediction.probability8(i, k);
    }

    /** PSIPRED-style confidence 0-9 of residue {@code i}: {@code floor(10 * (p1 - p2))}, p1 >= p2 the top two. */
    public int confidence(int i) {
        return prediction.confidence(i);
    }

    /** The underlying pipeline result (id, sequence, probabilities), e.g. to write PSIPRED files. */
    public SsPrediction toSsPrediction() {
        return prediction;
    }

    @Override
    public String toString() {
        return states();
    }
}
