package org.protpred.pipeline.labels;

/**
 * The secondary-structure alphabets and the one 8-to-3 state reduction used everywhere in protpred.
 *
 * <p>8 states (DSSP, Kabsch &amp; Sander 1983): {@code H} alpha helix, {@code G} 3-10 helix, {@code I} pi helix,
 * {@code E} strand, {@code B} isolated bridge, {@code T} turn, {@code S} bend, {@code C} everything else (DSSP's blank;
 * also {@code -}, {@code .}, {@code L} and DSSP 4's polyproline {@code P} are read as {@code C}).
 * 3 states: {@code H} (H, G, I), {@code E} (E, B), {@code C} (the rest) — the common reduction of e.g. PSIPRED and
 * NetSurfP-2.0.
 */
public final class SecondaryStructureAlphabet {

    /** The 8 DSSP states in index order. */
    public static final String EIGHT = "HGIEBTSC";
    /** The 3 reduced states in index order. */
    public static final String THREE = "HEC";

    private SecondaryStructureAlphabet() {
    }

    /**
     * The 8-state letter for a DSSP code: one of {@code HGIEBTS} as is (upper or lower case), {@code C} for coil codes
     * (blank, {@code C}, {@code -}, {@code .}, {@code L}, {@code P}).
     *
     * @throws IllegalArgumentException for any other character
     */
    public static char eightState(char dssp) {
        char c = Character.toUpperCase(dssp);
        if (c != 'C' && EIGHT.indexOf(c) >= 0) {
            return c;
        }
        return switch (c) {
            case ' ', 'C', '-', '.', 'L', 'P' -> 'C';
            default -> throw new IllegalArgumentException("not a DSSP secondary-structure code: '" + dssp + "'");
        };
    }

    /** 8-to-3 reduction of one DSSP code: H,G,I -> H; E,B -> E; everything else -> C. */
    public static char threeState(char dssp) {
        return switch (eightState(dssp)) {
            case 'H', 'G', 'I' -> 'H';
            case 'E', 'B' -> 'E';
            default -> 'C';
        };
    }

    /** Normalises a string of DSSP codes to {@link #EIGHT} letters. */
    public static String eightState(CharSequence dssp) {
        StringBuilder sb = new StringBuilder(dssp.length());
        for (int i = 0; i < dssp.length(); i++) {
            sb.append(eightState(dssp.charAt(i)));
        }
        return sb.toString();
    }

    /** Reduces a string of DSSP codes to {@link #THREE} letters. */
    public static String threeState(CharSequence dssp) {
        StringBuilder sb = new StringBuilder(dssp.length());
        for (int i = 0; i < dssp.length(); i++) {
            sb.append(threeState(dssp.charAt(i)));
        }
        return sb.toString();
    }

    /** Index 0-7 of an 8-state letter in {@link #EIGHT}. */
    public static int eightIndex(char dssp) {
        return EIGHT.indexOf(eightState(dssp));
    }

    /** Index 0-2 of a DSSP code after reduction, in {@link #THREE}. */
    public static int threeIndex(char dssp) {
        return THREE.indexOf(threeState(dssp));
    }
}
