package org.protpred.pipeline.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.io.FastaEntry;
import org.protpred.pipeline.io.FastaReader;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * The NetSurfP-2.0 secondary-structure set (Klausen et al., Proteins 87:520, 2019; split files of the FLIP
 * benchmark): training chains, the validation chains set aside from them, and the NEW364 test set (359 chains).
 *
 * <p>Folder layout ({@code $PROTPRED_DATA/secstr/netsurfp2}): three FASTA files with the same ids in the same order,
 * {@code sequences.fasta} (residues), {@code sampled.fasta} (3-state {@code H/E/C} string; the header description
 * carries {@code SET=train|test VALIDATION=True|False}) and {@code mask.fasta} ({@code 1} resolved residue,
 * {@code 0} unresolved). Records carry label {@code ss3} and {@code scored} = the mask: unresolved residues count
 * neither in the loss nor in the scores.
 */
public final class NetSurfP2Dataset extends ReadOnceDataset {

    /** Where the set lives below the data root. */
    public static final String FOLDER = "secstr/netsurfp2";

    /** The three parts of the set. */
    public enum Split {
        /** {@code SET=train VALIDATION=False}. */
        TRAIN("train"),
        /** {@code SET=train VALIDATION=True}: for early stopping. */
        VALIDATION("validation"),
        /** {@code SET=test}: NEW364. */
        TEST("test");

        private final String label;

        Split(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Path folder;
    private final Split split;

    private NetSurfP2Dataset(Path folder, Split split) {
        this.folder = folder;
        this.split = split;
    }

    /** A split of the set in {@code folder}. */
    public static NetSurfP2Dataset of(Path folder, Split split) {
        return new NetSurfP2Dataset(folder, split);
    }

    /** A split of the shared copy under the data root ({@link DataLocation}). */
    public static NetSurfP2Dataset standard(Split split) {
        return of(DataLocation.require(FOLDER), split);
    }

    public Split split() {
        return split;
    }

    @Override
    public String name() {
        return "netsurfp2/" + split.label();
    }

    @Override
    public List<Path> sources() {
        return List.of(sequencesFile(), labelsFile(), maskFile());
    }

    private Path sequencesFile() {
        return folder.resolve("sequences.fasta");
    }

    private Path labelsFile() {
        return folder.resolve("sampled.fasta");
    }

    private Path maskFile() {
        return folder.resolve("mask.fasta");
    }

    @Override
    protected List<ProteinRecord> read() {
        Map<String, FastaEntry> labels = new HashMap<>();
        for (FastaEntry e : FastaReader.readAllRaw(labelsFile())) {
            labels.put(e.id(), e);
        }
        Map<String, FastaEntry> masks = new HashMap<>();
        for (FastaEntry e : FastaReader.readAllRaw(maskFile())) {
            masks.put(e.id(), e);
        }
        List<ProteinRecord> out = new ArrayList<>();
        for (ProteinRecord r : FastaReader.readAll(sequencesFile())) {
            FastaEntry label = labels.get(r.id());
            FastaEntry mask = masks.get(r.id());
            if (label == null) {
                throw InputException.at(labelsFile(), "no record '" + r.id() + "' (it is in " + sequencesFile() + ")");
            }
            if (mask == null) {
                throw InputException.at(maskFile(), "no record '" + r.id() + "' (it is in " + sequencesFile() + ")");
            }
            if (!inSplit(label)) {
                continue;
            }
            String ss3 = label.text().toUpperCase(java.util.Locale.ROOT);
            check(labelsFile(), label, ss3, r.length(), "HEC");
            check(maskFile(), mask, mask.text(), r.length(), "01");
            boolean[] scored = new boolean[r.length()];
            for (int i = 0; i < scored.length; i++) {
                scored[i] = mask.text().charAt(i) == '1';
            }
            out.add(new ProteinRecord(r.id(), r.sequence(), label.description(), Map.of("ss3", ss3), scored,
                    null, null, null, null));
        }
        return out;
    }

    private boolean inSplit(FastaEntry label) {
        String d = " " + label.description() + " ";
        boolean test = d.contains(" SET=test ");
        boolean train = d.contains(" SET=train ");
        if (!test && !train) {
            throw InputException.at(labelsFile(), label.line(), "header of '" + label.id()
                    + "' lacks SET=train or SET=test");
        }
        boolean validation = d.contains(" VALIDATION=True ");
        return switch (split) {
            case TRAIN -> train && !validation;
            case VALIDATION -> train && validation;
            case TEST -> test;
        };
    }

    private static void check(Path file, FastaEntry e, String text, int length, String alphabet) {
        if (text.length() != length) {
            throw InputException.at(file, e.line(), "record '" + e.id() + "' has " + text.length()
                    + " letters, its sequence " + length);
        }
        for (int i = 0; i < text.length(); i++) {
            if (alphabet.indexOf(text.charAt(i)) < 0) {
                throw InputException.at(file, e.line(), "record '" + e.id() + "': unexpected '" + text.charAt(i)
                        + "' at residue " + (i + 1) + " (expected one of " + alphabet + ")");
            }
        }
    }
}
