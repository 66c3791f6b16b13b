package org.protpred.pipeline.ss;

import java.util.List;
import org.protpred.models.core.InputException;

/**
 * The two label alphabets a secondary-structure model can predict: {@link #THREE} states (H, E, C) or the
 * {@link #EIGHT} DSSP states (H, G, I, E, B, T, S, C). A model's alphabet follows from the labels in its file
 * ({@link #of}); everything that depends on the number of states asks the alphabet.
 */
public enum SsAlphabet {
    THREE(SsLabels.NAMES, SsLabels.STATES, SsLabels.SS3),
    EIGHT(SsLabels.NAMES8, SsLabels.STATES8, SsLabels.SS8);

    private final List<String> names;
    private final String letters;
    private final String labelKind;

    SsAlphabet(List<String> names, String letters, String labelKind) {
        this.names = names;
        this.letters = letters;
        this.labelKind = labelKind;
    }

    /** The alphabet whose names are {@code names}. @throws IllegalArgumentException for any other list */
    public static SsAlphabet of(List<String> names) {
        for (SsAlphabet a : values()) {
            if (a.names.equals(names)) {
                return a;
            }
        }
        throw new IllegalArgumentException("labels " + names + " are neither " + SsLabels.NAMES + " nor "
                + SsLabels.NAMES8);
    }

    /** The alphabet of {@code states} states (3 or 8). @throws InputException for another number */
    public static SsAlphabet ofStates(int states) {
        return switch (states) {
            case 3 -> THREE;
            case 8 -> EIGHT;
            default -> throw new InputException("secondary structure has 3 or 8 states, not " + states);
        };
    }

    /** The label names as model files store them, in output order. */
    public List<String> names() {
        return names;
    }

    /** The state letters in output order. */
    public String letters() {
        return letters;
    }

    /** Number of states. */
    public int size() {
        return letters.length();
    }

    /** The record label kind that holds the observed states ({@code ss3} or {@code ss8}). */
    public String labelKind() {
        return labelKind;
    }

    /** Per residue the class index in this alphabet, or -1 where the residue is not scored. */
    public int[] classes(String observed, boolean[] scored) {
        return this == EIGHT ? SsLabels.classes8(observed, scored) : SsLabels.classes(observed, scored);
    }
}
