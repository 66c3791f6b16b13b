package org.protpred.pipeline.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.AminoAcids;

/**
 * Reads the column-to-residue maps of the Pfam40 contact set ({@code contact/pfam40/indices/*.indices}, from
 * Ollikainen &amp; Kortemme, PLoS Comput Biol 2013): one tab-separated line per alignment column that a structure
 * residue occupies, with five fields: alignment column (0-based, into the Pfam alignment's match columns), residue
 * letter, a residue index in the source sequence numbering, the PDB residue number and chain separated by a space
 * (e.g. {@code 27A A} with an insertion code), and a fifth integer that the data set does not document. Columns the
 * structure does not cover are absent.
 *
 * <p>Errors, with file and line: a line without five tab-separated fields, a non-numeric index, a residue letter
 * that is not an amino acid, a column listed twice, and a file without entries.
 */
public final class ColumnIndexReader {

    /**
     * One alignment column occupied by a structure residue.
     *
     * @param column        alignment column, 0-based
     * @param residue       residue letter (canonical upper case)
     * @param sourceIndex   the third field: residue index in the source sequence's numbering
     * @param residueNumber PDB author residue number with insertion code, as in
     *                      {@code ResidueStructure#residueNumbers()}
     * @param chain         PDB chain name
     * @param extra         the undocumented fifth field
     */
    public record Entry(int column, char residue, int sourceIndex, String residueNumber, String chain, int extra) {
    }

    /** Longest line read. */
    public static final int MAX_LINE = 10_000;
    /** Most entries a file may have. */
    public static final int MAX_ENTRIES = 1_000_000;

    private ColumnIndexReader() {
    }

    /** All entries of the file, in file order. */
    public static List<Entry> read(Path file) {
        List<Entry> out = new ArrayList<>();
        Set<Integer> columns = new HashSet<>();
        try (LineReader r = LineReader.open(file)) {
            String line;
            while ((line = r.readLine(MAX_LINE)) != null) {
                long lineNo = r.lineNumber();
                if (r.overflowed()) {
                    throw InputException.at(file, lineNo, "line longer than " + MAX_LINE + " characters");
                }
                if (out.size() >= MAX_ENTRIES) {
                    throw InputException.at(file, lineNo, "more than " + MAX_ENTRIES + " column entries");
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.strip().split("\t");
                if (f.length != 5) {
                    throw InputException.at(file, lineNo, "expected 5 tab-separated fields, found " + f.length);
                }
                int column = number(file, lineNo, f[0], "column");
                if (!columns.add(column)) {
                    throw InputException.at(file, lineNo, "column " + column + " listed twice");
                }
                String aa = f[1].strip();
                if (aa.length() != 1 || !AminoAcids.isAminoAcidCode(aa.charAt(0))) {
                    throw InputException.at(file, lineNo, "residue '" + aa + "' is not an amino-acid letter");
                }
                String[] res = f[3].strip().split("\\s+");
                if (res.length != 2 || !res[0].matches("-?\\d+[A-Za-z]?")) {
                    throw InputException.at(file, lineNo, "expected 'NUMBER CHAIN' in field 4, found '" + f[3] + "'");
                }
                out.add(new Entry(column, AminoAcids.canonical(aa.charAt(0)), number(file, lineNo, f[2], "index"),
                        res[0], res[1], number(file, lineNo, f[4], "field 5")));
            }
        } catch (IOException e) {
            throw InputFiles.readFailure(file, e);
        }
        if (out.isEmpty()) {
            throw InputException.at(file, "no column entries");
        }
        return out;
    }

    private static int number(Path file, long line, String s, String what) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw InputException.at(file, line, what + " '" + s.strip() + "' is not an integer");
        }
    }
}
