package org.protpred.pipeline.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.io.FastaReader;
import org.protpred.pipeline.io.StructureReader;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.protein.ResidueStructure;

/** Small file helpers shared by the dataset readers. */
final class DataFiles {

    private DataFiles() {
    }

    /** Regular files in a folder whose names end with {@code suffix}, sorted by name. */
    static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)).sorted()
                    .toList();
        } catch (IOException e) {
            throw InputException.at(folder, "cannot list: " + e.getMessage());
        }
    }

    /** All lines of a text file. */
    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw InputException.at(file, "cannot read: " + e.getMessage());
        }
    }

    /** The first (only) sequence of a FASTA file. */
    static String fastaSequence(Path file) {
        List<ProteinRecord> r = FastaReader.readAll(file);
        return r.get(0).sequence();
    }

    /** The observed residues of a structure's first protein chain (or the named chain), renamed {@code id}. */
    static ProteinRecord structure(Path pdb, String chain, String id) {
        ProteinRecord r = StructureReader.readRecord(pdb, chain);
        return new ProteinRecord(id, r.sequence(), r.description(), null, null, null, null, r.structure(), null);
    }

    /**
     * Places the observed residues of a structure into a longer sequence by their author residue numbers (residue
     * number {@code n} is position {@code n - 1} of {@code sequence}): the result has the whole sequence, coordinates
     * (NaN elsewhere) and {@code scored} true exactly where the structure has a residue.
     *
     * @throws InputException if a residue number falls outside the sequence, carries an insertion code, or its
     *                        residue differs from the sequence's letter there
     */
    static ProteinRecord numberedInto(ProteinRecord observed, String id, String sequence, Path pdb, Path fasta,
                                      String description) {
        int l = sequence.length();
        ResidueStructure s = observed.structure();
        String[] numbers = new String[l];
        double[][] ca = new double[l][];
        double[][] cb = new double[l][];
        boolean[] seen = new boolean[l];
        for (int i = 0; i < l; i++) {
            numbers[i] = Integer.toString(i + 1);
            ca[i] = new double[] {Double.NaN, Double.NaN, Double.NaN};
            cb[i] = new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        for (int k = 0; k < observed.length(); k++) {
            String number = s.residueNumbers()[k];
            int n;
            try {
                n = Integer.parseInt(number.trim());
            } catch (NumberFormatException e) {
                throw InputException.at(pdb, "residue number '" + number + "' cannot be placed in " + fasta);
            }
            if (n < 1 || n > l) {
                throw InputException.at(pdb, "residue " + n + " lies outside the " + l + " residues of " + fasta);
            }
            char expected = sequence.charAt(n - 1);
            char actual = observed.sequence().charAt(k);
            if (expected != actual && actual != 'X' && expected != 'X') {
                throw InputException.at(pdb, "residue " + n + " is " + actual + " but " + fasta + " has " + expected);
            }
            ca[n - 1] = s.ca()[k];
            cb[n - 1] = s.cb()[k];
            seen[n - 1] = true;
        }
        return new ProteinRecord(id, sequence, description, null, seen.clone(), null, null,
                new ResidueStructure(numbers, ca, cb, seen), null);
    }
}
