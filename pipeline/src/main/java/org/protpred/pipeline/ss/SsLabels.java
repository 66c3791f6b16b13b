package org.protpred.pipeline.ss;

import java.util.List;
import org.protpred.pipeline.data.CachedRecord;
import org.protpred.pipeline.labels.SecondaryStructureAlphabet;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * The secondary-structure classes as the network sees them, for both alphabets a model may predict:
 * <ul>
 *   <li>3 states: output column {@code k} is {@code SecondaryStructureAlphabet.THREE.charAt(k)}, i.e. H, E, C;</li>
 *   <li>8 states: output column {@code k} is {@code SecondaryStructureAlphabet.EIGHT.charAt(k)}, i.e. the DSSP states
 *       H, G, I, E, B, T, S, C.</li>
 * </ul>
 * 8-state probabilities reduce to 3-state ones by summing ({@link #reduce}): H = H+G+I, E = E+B, C = T+S+C, the
 * reduction every data set of protpred uses ({@link SecondaryStructureAlphabet}).
 */
public final class SsLabels {

    /** Label kind of the 3-state strings in records. */
    public static final String SS3 = "ss3";
    /** Label kind of the 8-state strings in records. */
    public static final String SS8 = "ss8";
    /** The 3 states in output order. */
    public static final String STATES = SecondaryStructureAlphabet.THREE;
    /** The 3 states in output order, as stored in model files. */
    public static final List<String> NAMES = List.of("H", "E", "C");
    /** The 8 DSSP states in output order. */
    public static final String STATES8 = SecondaryStructureAlphabet.EIGHT;
    /** The 8 states in output order, as stored in model files. */
    public static final List<String> NAMES8 = List.of("H", "G", "I", "E", "B", "T", "S", "C");
    public static final int H = 0;
    public static final int E = 1;
    public static final int C = 2;

    /** For each 8-state index, the index of its 3-state class. */
    private static final int[] THREE_OF_EIGHT = new int[STATES8.length()];

    static {
        for (int k = 0; k < STATES8.length(); k++) {
            THREE_OF_EIGHT[k] = SecondaryStructureAlphabet.threeIndex(STATES8.charAt(k));
        }
    }

    private SsLabels() {
    }

    /** Per residue the class index (0-2), or -1 where the residue is not scored. */
    public static int[] classes(String ss3, boolean[] scored) {
        int[] out = new int[ss3.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = scored == null || scored[i] ? SecondaryStructureAlphabet.threeIndex(ss3.charAt(i)) : -1;
        }
        return out;
    }

    /** Per residue the 8-state class index (0-7, {@link #STATES8} order), or -1 where the residue is not scored. */
    public static int[] classes8(String ss8, boolean[] scored) {
        int[] out = new int[ss8.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = scored == null || scored[i] ? SecondaryStructureAlphabet.eightIndex(ss8.charAt(i)) : -1;
        }
        return out;
    }

    /**
     * The classes of a cached training record for a model of this alphabet: from its {@code ss3} label for 3 states,
     * its {@code ss8} label for 8 states.
     */
    public static int[] classes(CachedRecord r, SsAlphabet alphabet) {
        String value = r.labels().get(alphabet.labelKind());
        if (value == null) {
            throw new IllegalArgumentException(r.id() + ": no " + alphabet.labelKind() + " label");
        }
        return alphabet.classes(value, r.scored());
    }

    /** The classes of a record (its {@code ss3} label and scored mask). */
    public static int[] classes(ProteinRecord r) {
        return classes(r.label(SS3).orElseThrow(() -> new IllegalArgumentException(r.id() + ": no ss3 label")),
                r.scored());
    }

    /** The 3-state class (0-2) of an 8-state class (0-7). */
    public static int threeOfEight(int eightState) {
        return THREE_OF_EIGHT[eightState];
    }

    /** 3-state probabilities (P(H), P(E), P(C)) of one residue's 8-state probabilities, by summing. */
    public static float[] reduce(float[] eight) {
        if (eight.length != STATES8.length()) {
            throw new IllegalArgumentException("expected 8 probabilities, got " + eight.length);
        }
        float[] three = new float[STATES.length()];
        for (int k = 0; k < eight.length; k++) {
            three[THREE_OF_EIGHT[k]] += eight[k];
        }
        return three;
    }

    /** {@link #reduce(float[])} of every residue (L x 8 to L x 3). */
    public static float[][] reduce(float[][] eight) {
        float[][] out = new float[eight.length][];
        for (int i = 0; i < eight.length; i++) {
            out[i] = reduce(eight[i]);
        }
        return out;
    }
}
