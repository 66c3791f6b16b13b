package org.protpred.pipeline.protein;

/**
 * The residue alphabet: the 20 standard amino acids in alphabetical one-letter order, then {@code X} (unknown).
 *
 * <p>Documented choice for the other IUPAC letters: {@code U} (selenocysteine) is read as {@code C},
 * {@code O} (pyrrolysine) as {@code K}; the ambiguity codes {@code B} (D/N), {@code Z} (E/Q) and {@code J} (I/L)
 * are read as {@code X}. Any other character is not an amino acid.
 */
public final class AminoAcids {

    /** The 20 standard residues; index {@code 20} is {@code X}. */
    public static final String ALPHABET = "ACDEFGHIKLMNPQRSTVWY";
    public static final int COUNT = 20;
    public static final int UNKNOWN = 20;

    private static final int[] INDEX = new int[128];

    static {
        java.util.Arrays.fill(INDEX, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = i;
            INDEX[Character.toLowerCase(ALPHABET.charAt(i))] = i;
        }
        for (char c : new char[] {'X', 'B', 'Z', 'J'}) {
            INDEX[c] = UNKNOWN;
            INDEX[Character.toLowerCase(c)] = UNKNOWN;
        }
        INDEX['U'] = INDEX['u'] = ALPHABET.indexOf('C');
        INDEX['O'] = INDEX['o'] = ALPHABET.indexOf('K');
    }

    private AminoAcids() {
    }

    /** Index 0-19 of a standard residue, 20 for unknown, -1 for a character that is not an amino-acid code. */
    public static int index(char c) {
        return c < 128 ? INDEX[c] : -1;
    }

    public static boolean isAminoAcidCode(char c) {
        return index(c) >= 0;
    }

    /** The canonical one-letter code ({@code ACDEFGHIKLMNPQRSTVWY} or {@code X}) for an accepted code. */
    public static char canonical(char c) {
        int i = index(c);
        if (i < 0) {
            throw new IllegalArgumentException("not an amino-acid code: '" + c + "'");
        }
        return i == UNKNOWN ? 'X' : ALPHABET.charAt(i);
    }
}
