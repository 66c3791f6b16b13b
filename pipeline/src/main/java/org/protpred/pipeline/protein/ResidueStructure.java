package org.protpred.pipeline.protein;

/**
 * Per-residue coordinates of a chain, aligned one to one with the record's sequence.
 *
 * @param residueNumbers author residue numbers with insertion codes (e.g. {@code "27A"}), one per residue
 * @param ca             C-alpha coordinates (L x 3); rows of unobserved residues are NaN
 * @param cb             C-beta coordinates (L x 3), virtual C-beta from the backbone for glycine or a missing C-beta;
 *                       NaN where neither can be had
 * @param observed       whether the residue has coordinates in the structure
 */
public record ResidueStructure(String[] residueNumbers, double[][] ca, double[][] cb, boolean[] observed) {

    public int length() {
        return observed.length;
    }
}
