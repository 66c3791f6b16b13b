package org.protpred.pipeline.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.labels.SecondaryStructureAlphabet;
import org.protpred.pipeline.protein.AminoAcids;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * The secondary-structure test sets CB513 (Cuff &amp; Barton 1999; 511 chains) and TS115 (Yang et al. 2016; 115
 * chains) in NetSurfP-2.0's full-chain re-derivation (Klausen et al. 2019, CC0). Test sets: never train on them.
 *
 * <p>File: a CSV with the header {@code input, dssp3, dssp8, disorder, cb513_mask} (leading spaces in the names),
 * one chain per row, each cell a space-separated per-residue list. Records (ids {@code CB513_0}, {@code CB513_1},
 * ... in row order, matching {@code CB513.fasta}'s {@code >CB513|0} headers) carry labels {@code ss3} and
 * {@code ss8} (8 DSSP states), {@code scored} = residues with {@code disorder} = 1.0 (only those are scored), and,
 * where the file has the column, label {@value #CB513_MASK} — a string of {@code 1}/{@code 0} marking the residues
 * of the original CB513 definition.
 */
public final class Cb513Ts115Dataset extends ReadOnceDataset {

    /** Where the sets live below the data root. */
    public static final String FOLDER = "secstr/cb513_ts115";
    /** Label kind of the original-CB513 residue flags ({@code 1}/{@code 0}). */
    public static final String CB513_MASK = "cb513_mask";

    private final Path csv;
    private final String name;
    private final String idPrefix;

    private Cb513Ts115Dataset(Path csv, String name, String idPrefix) {
        this.csv = csv;
        this.name = name;
        this.idPrefix = idPrefix;
    }

    /** A set read from a CSV file of this layout. */
    public static Cb513Ts115Dataset of(Path csv, String name, String idPrefix) {
        return new Cb513Ts115Dataset(csv, name, idPrefix);
    }

    /** CB513 from the data root. */
    public static Cb513Ts115Dataset cb513() {
        return of(DataLocation.require(FOLDER).resolve("CB513_HHblits.csv"), "cb513", "CB513_");
    }

    /** TS115 from the data root. */
    public static Cb513Ts115Dataset ts115() {
        return of(DataLocation.require(FOLDER).resolve("TS115_HHblits.csv"), "ts115", "TS115_");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Path> sources() {
        return List.of(csv);
    }

    @Override
    protected List<ProteinRecord> read() {
        List<String> lines = DataFiles.lines(csv);
        if (lines.isEmpty()) {
            throw InputException.at(csv, "empty file");
        }
        String[] header = lines.get(0).split(",");
        int input = column(header, "input");
        int dssp3 = column(header, "dssp3");
        int dssp8 = column(header, "dssp8");
        int disorder = column(header, "disorder");
        int cbMask = optionalColumn(header, CB513_MASK);
        List<ProteinRecord> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            int lineNo = n + 1;
            String[] cells = line.split(",", -1);
            if (cells.length != header.length) {
                throw InputException.at(csv, lineNo, cells.length + " cells, the header has " + header.length);
            }
            String[] aa = tokens(cells[input]);
            int l = aa.length;
            StringBuilder seq = new StringBuilder(l);
            for (String a : aa) {
                if (a.length() != 1 || !AminoAcids.isAminoAcidCode(a.charAt(0))) {
                    throw InputException.at(csv, lineNo, "'" + a + "' is not an amino-acid letter");
                }
                seq.append(AminoAcids.canonical(a.charAt(0)));
            }
            String ss3 = states(cells[dssp3], l, lineNo, "dssp3", true);
            String ss8 = states(cells[dssp8], l, lineNo, "dssp8", false);
            boolean[] scored = flags(cells[disorder], l, lineNo, "disorder");
            java.util.HashMap<String, String> labels = new java.util.HashMap<>(Map.of("ss3", ss3, "ss8", ss8));
            if (cbMask >= 0) {
                boolean[] m = flags(cells[cbMask], l, lineNo, CB513_MASK);
                StringBuilder sb = new StringBuilder(l);
                for (boolean b : m) {
                    sb.append(b ? '1' : '0');
                }
                labels.put(CB513_MASK, sb.toString());
            }
            out.add(new ProteinRecord(idPrefix + out.size(), seq.toString(), name + " row " + lineNo, labels, scored,
                    null, null, null, null));
        }
        return out;
    }

    private String states(String cell, int length, int lineNo, String what, boolean three) {
        String[] t = tokens(cell);
        if (t.length != length) {
            throw InputException.at(csv, lineNo, what + " has " + t.length + " entries, the sequence " + length);
        }
        StringBuilder sb = new StringBuilder(length);
        for (String s : t) {
            if (s.length() != 1) {
                throw InputException.at(csv, lineNo, what + ": '" + s + "' is not a secondary-structure letter");
            }
            try {
                sb.append(three ? SecondaryStructureAlphabet.threeState(s.charAt(0))
                        : SecondaryStructureAlphabet.eightState(s.charAt(0)));
            } catch (IllegalArgumentException e) {
                throw InputException.at(csv, lineNo, what + ": '" + s + "' is not a secondary-structure letter");
            }
        }
        return sb.toString();
    }

    private boolean[] flags(String cell, int length, int lineNo, String what) {
        String[] t = tokens(cell);
        if (t.length != length) {
            throw InputException.at(csv, lineNo, what + " has " + t.length + " entries, the sequence " + length);
        }
        boolean[] out = new boolean[length];
        for (int i = 0; i < length; i++) {
            try {
                out[i] = Double.parseDouble(t[i]) == 1.0;
            } catch (NumberFormatException e) {
                throw InputException.at(csv, lineNo, what + ": '" + t[i] + "' is not a number");
            }
        }
        return out;
    }

    private static String[] tokens(String cell) {
        String s = cell.strip();
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    private int column(String[] header, String name) {
        int i = optionalColumn(header, name);
        if (i < 0) {
            throw InputException.at(csv, 1, "no column '" + name + "' in the header");
        }
        return i;
    }

    private static int optionalColumn(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
