package org.protpred.pipeline.labels;

import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.protein.ResidueStructure;

/** Which atom stands for a residue when measuring residue-residue distances. */
public enum RepresentativeAtom {
    /**
     * The standard contact definition (CASP): C-beta, but C-alpha for glycine. A non-glycine residue without a
     * C-beta atom uses its virtual C-beta (C-alpha if even that is missing).
     */
    CB_CA_FOR_GLYCINE,
    /** C-beta everywhere, virtual for glycine and missing C-beta atoms (C-alpha if that cannot be placed). */
    CB,
    /** C-alpha everywhere. */
    CA;

    /** One coordinate triple per residue of the record (NaN for unobserved residues). */
    public double[][] coordinates(ProteinRecord record) {
        ResidueStructure s = record.structureIfPresent().orElseThrow(
                () -> new IllegalArgumentException(record.id() + ": record has no structure"));
        if (s.length() != record.length()) {
            throw new IllegalArgumentException(record.id() + ": structure has " + s.length()
                    + " residues, sequence has " + record.length());
        }
        double[][] out = new double[s.length()][];
        for (int i = 0; i < out.length; i++) {
            double[] ca = s.ca()[i];
            double[] cb = s.cb()[i];
            double[] pick = switch (this) {
                case CA -> ca;
                case CB -> cb;
                case CB_CA_FOR_GLYCINE -> record.sequence().charAt(i) == 'G' ? ca : cb;
            };
            out[i] = Double.isNaN(pick[0]) ? ca.clone() : pick.clone();
        }
        return out;
    }
}
