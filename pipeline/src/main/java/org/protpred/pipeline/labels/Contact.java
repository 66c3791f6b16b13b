package org.protpred.pipeline.labels;

import java.util.Optional;

/**
 * A pair of residues in contact, 0-based, {@code i < j}.
 *
 * @param i        first residue (0-based)
 * @param j        second residue (0-based), greater than {@code i}
 * @param distance distance between their representative atoms (Angstrom)
 */
public record Contact(int i, int j, double distance) {

    public int separation() {
        return j - i;
    }

    /** The separation range, empty for pairs closer than 6 in sequence. */
    public Optional<ContactRange> range() {
        return ContactRange.of(separation());
    }
}
