package org.protpred.pipeline.protein;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One protein chain as every part of protpred sees it: the sequence and whatever is known of it. Readers of
 * FASTA, structures and data sets produce it; feature extractors and predictors consume it.
 *
 * @param id          identifier (first word of a FASTA header, or the structure's id and chain)
 * @param sequence    upper-case residues over {@link AminoAcids#ALPHABET}
 * @param description rest of the header (may be empty)
 * @param labels      per-residue label strings by kind (e.g. {@code "ss3"}, {@code "ss8"}), each as long as the sequence
 * @param scored      residues whose labels count in losses and scores (unresolved or disordered ones do not);
 *                    {@code null} means all
 * @param profile     position-specific profile, if one was supplied
 * @param alignment   multiple sequence alignment with this sequence first, if one was supplied
 * @param structure   per-residue coordinates, if the record came from a structure
 * @param fold        SCOP fold label (e.g. {@code a.1}), if known
 */
public record ProteinRecord(
        String id,
        String sequence,
        String description,
        Map<String, String> labels,
        boolean[] scored,
        Profile profile,
        Alignment alignment,
        ResidueStructure structure,
        String fold) {

    public ProteinRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sequence, "sequence");
        description = description == null ? "" : description;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (e.getValue().length() != sequence.length()) {
                throw new IllegalArgumentException(id + ": label '" + e.getKey() + "' has " + e.getValue().length()
                        + " residues, sequence has " + sequence.length());
            }
        }
        if (scored != null && scored.length != sequence.length()) {
            throw new IllegalArgumentException(id + ": mask has " + scored.length + " residues, sequence has "
                    + sequence.length());
        }
    }

    /** A record with only an id and a sequence. */
    public static ProteinRecord of(String id, String sequence) {
        return new ProteinRecord(id, sequence, "", Map.of(), null, null, null, null, null);
    }

    public int length() {
        return sequence.length();
    }

    public Optional<String> label(String kind) {
        return Optional.ofNullable(labels.get(kind));
    }

    /** Whether residue {@code i} counts in losses and scores. */
    public boolean isScored(int i) {
        return scored == null || scored[i];
    }

    public Optional<Profile> profileIfPresent() {
        return Optional.ofNullable(profile);
    }

    public Optional<Alignment> alignmentIfPresent() {
        return Optional.ofNullable(alignment);
    }

    public Optional<ResidueStructure> structureIfPresent() {
        return Optional.ofNullable(structure);
    }

    public ProteinRecord withLabel(String kind, String value) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>(labels);
        m.put(kind, value);
        return new ProteinRecord(id, sequence, description, m, scored, profile, alignment, structure, fold);
    }

    public ProteinRecord withScored(boolean[] mask) {
        return new ProteinRecord(id, sequence, description, labels, mask, profile, alignment, structure, fold);
    }

    public ProteinRecord withProfile(Profile p) {
        return new ProteinRecord(id, sequence, description, labels, scored, p, alignment, structure, fold);
    }

    public ProteinRecord withAlignment(Alignment a) {
        return new ProteinRecord(id, sequence, description, labels, scored, profile, a, structure, fold);
    }

    public ProteinRecord withStructure(ResidueStructure s) {
        return new ProteinRecord(id, sequence, description, labels, scored, profile, alignment, s, fold);
    }

    public ProteinRecord withFold(String f) {
        return new ProteinRecord(id, sequence, description, labels, scored, profile, alignment, structure, f);
    }
}
