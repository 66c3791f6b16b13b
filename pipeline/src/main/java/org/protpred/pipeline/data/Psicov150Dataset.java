package org.protpred.pipeline.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.io.InputFiles;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * The PSICOV benchmark ({@code contact/psicov150}, 150 chains): {@code pdb/<id>.pdb} (chain A, numbered 1..L) and
 * {@code fasta/<id>.fasta}. Records: id {@code <id>} (e.g. {@code 1a3a}), the FASTA sequence, and the structure's
 * coordinates, which must match the FASTA residue for residue (an {@link InputException} otherwise).
 */
public final class Psicov150Dataset {

    public static final String FOLDER = "contact/psicov150";
    public static final int CHAINS = 150;

    private Psicov150Dataset() {
    }

    /** The shared copy. */
    public static ProteinDataset shared() {
        return in(DataLocation.require(FOLDER));
    }

    /** The set in a folder laid out as the shared one. */
    public static ProteinDataset in(Path folder) {
        List<Path> pdbs = DataFiles.list(folder.resolve("pdb"), ".pdb");
        List<Path> sources = new ArrayList<>(pdbs);
        pdbs.forEach(p -> sources.add(fasta(folder, p)));
        return new ListedDataset<>("psicov150", pdbs, p -> read(folder, p), sources);
    }

    private static Path fasta(Path folder, Path pdb) {
        return folder.resolve("fasta").resolve(InputFiles.baseName(pdb, ".pdb") + ".fasta");
    }

    private static ProteinRecord read(Path folder, Path pdb) {
        String id = InputFiles.baseName(pdb, ".pdb");
        Path fasta = fasta(folder, pdb);
        String sequence = DataFiles.fastaSequence(fasta);
        ProteinRecord s = DataFiles.structure(pdb, "A", id);
        if (!s.sequence().equals(sequence)) {
            throw InputException.at(pdb, "residues differ from " + fasta + " (" + s.length() + " vs "
                    + sequence.length() + ")");
        }
        return new ProteinRecord(id, sequence, "PSICOV150 " + id, null, null, null, null, s.structure(), null);
    }
}
