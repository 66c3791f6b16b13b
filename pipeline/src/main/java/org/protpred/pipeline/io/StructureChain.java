package org.protpred.pipeline.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.biojava.nbio.structure.Chain;
import org.biojava.nbio.structure.Group;
import org.biojava.nbio.structure.Structure;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.protein.ResidueStructure;

/**
 * One protein chain read from a structure file: every residue of the chain's sequence (SEQRES in PDB files,
 * {@code entity_poly_seq} in mmCIF, or the residues with coordinates when the file has no sequence records), whether
 * each residue was observed (has a C-alpha atom), and the parsed BioJava objects for further calculations (DSSP).
 *
 * <p>Two views as {@link ProteinRecord}: {@link #observedRecord()} (the observed residues only; this is what
 * {@code protpred labels} and the contact maps use) and {@link #fullRecord()} (the whole chain sequence, with
 * {@code scored} marking the observed residues).
 */
public final class StructureChain {

    private final Path file;
    private final String id;
    private final String chainName;
    private final Structure structure;
    private final Chain chain;
    private final List<Group> residues;
    private final String sequence;
    private final ResidueStructure full;

    StructureChain(Path file, String id, String chainName, Structure structure, Chain chain, List<Group> residues,
                   String sequence, ResidueStructure full) {
        this.file = file;
        this.id = id;
        this.chainName = chainName;
        this.structure = structure;
        this.chain = chain;
        this.residues = List.copyOf(residues);
        this.sequence = sequence;
        this.full = full;
    }

    /** The file it was read from. */
    public Path file() {
        return file;
    }

    /** Record id: the file's base name, {@code _}, the chain name (see {@link StructureReader}). */
    public String id() {
        return id;
    }

    /** The chain's author name ({@code A}). */
    public String chainName() {
        return chainName;
    }

    /** The whole parsed structure (BioJava), e.g. for DSSP, which needs the neighbouring chains too. */
    public Structure biojavaStructure() {
        return structure;
    }

    /** The selected chain (BioJava). */
    public Chain biojavaChain() {
        return chain;
    }

    /** The chain's whole sequence, observed or not, upper case over {@code AminoAcids}. */
    public String fullSequence() {
        return sequence;
    }

    /** Number of residues in the whole chain sequence. */
    public int fullLength() {
        return sequence.length();
    }

    /** Per-residue coordinates over the whole sequence; rows of unobserved residues are NaN. */
    public ResidueStructure fullStructure() {
        return full;
    }

    /** The BioJava group of every residue with coordinates, in sequence order (one per observed residue). */
    public List<Group> observedGroups() {
        List<Group> out = new ArrayList<>();
        for (int i = 0; i < residues.size(); i++) {
            if (full.observed()[i]) {
                out.add(residues.get(i));
            }
        }
        return out;
    }

    /** The observed sequence (residues with a C-alpha atom), in chain order. */
    public String observedSequence() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sequence.length(); i++) {
            if (full.observed()[i]) {
                sb.append(sequence.charAt(i));
            }
        }
        return sb.toString();
    }

    /** Observed residues only: sequence, numbering and coordinates, all residues observed. */
    public ProteinRecord observedRecord() {
        boolean[] obs = full.observed();
        int n = 0;
        for (boolean o : obs) {
            n += o ? 1 : 0;
        }
        String[] numbers = new String[n];
        double[][] ca = new double[n][];
        double[][] cb = new double[n][];
        boolean[] observed = new boolean[n];
        int k = 0;
        for (int i = 0; i < obs.length; i++) {
            if (obs[i]) {
                numbers[k] = full.residueNumbers()[i];
                ca[k] = full.ca()[i].clone();
                cb[k] = full.cb()[i].clone();
                observed[k] = true;
                k++;
            }
        }
        return new ProteinRecord(id, observedSequence(), description(), null, null, null, null,
                new ResidueStructure(numbers, ca, cb, observed), null);
    }

    /** The whole chain sequence, with unobserved residues present (NaN coordinates) and not scored. */
    public ProteinRecord fullRecord() {
        return new ProteinRecord(id, sequence, description(), null, full.observed().clone(), null, null, full, null);
    }

    private String description() {
        return "chain " + chainName + " of " + file.getFileName();
    }
}
