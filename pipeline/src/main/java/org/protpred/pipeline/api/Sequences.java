package org.protpred.pipeline.api;

import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.AminoAcids;

/** How every facade reads a caller's sequence: as the command line reads FASTA letters ({@link AminoAcids}). */
final class Sequences {

    private Sequences() {
    }

    /**
     * The sequence in canonical upper-case one-letter codes.
     *
     * @param name names the sequence in messages, e.g. "sequence 2"
     * @throws InputException for a null or empty sequence or a letter that is no amino-acid code
     */
    static String canonical(String sequence, String name) {
        if (sequence == null || sequence.isEmpty()) {
            throw new InputException(name + " is empty");
        }
        StringBuilder sb = new StringBuilder(sequence.length());
        for (int i = 0; i < sequence.length(); i++) {
            char c = sequence.charAt(i);
            if (!AminoAcids.isAminoAcidCode(c)) {
                throw new InputException(name + ": illegal character '" + InputException.printable(String.valueOf(c))
                        + "' at residue " + (i + 1) + "; expected amino-acid letters");
            }
            sb.append(AminoAcids.canonical(c));
        }
        return sb.toString();
    }
}
