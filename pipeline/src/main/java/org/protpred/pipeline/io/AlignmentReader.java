package org.protpred.pipeline.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.Alignment;
import org.protpred.pipeline.protein.AminoAcids;

/**
 * Reads multiple sequence alignments, plain or gzip, into an {@link Alignment} in the first row's (the query's)
 * coordinates.
 *
 * <p>Formats, told apart by the first non-blank line: aligned FASTA and A3M (first line starts with {@code >}; a row
 * may span several lines) and PSICOV/HHblits {@code .aln} (one aligned sequence per line, no names; rows are named
 * {@code seq0}, {@code seq1}, ...). In every format lower-case letters and {@code .} are insertions relative to the
 * query and are dropped (A3M convention); upper-case letters and {@code -} are match columns. Letters are
 * canonicalised as {@link AminoAcids} describes ({@code B/Z/J} to {@code X}, {@code U} to {@code C}, {@code O} to
 * {@code K}). After dropping insertions every row must be as long as the first.
 *
 * <p>Errors, with file and line: a row of another length than the first, a character other than letters,
 * {@code -} and {@code .}, a row without match columns, a FASTA header without an id, and a file without rows.
 * Reading is bounded: a line over {@link #MAX_LINE} characters, a header over {@link #MAX_HEADER}, a row over
 * {@link #MAX_WIDTH} match columns, more than {@link #MAX_ROWS} rows or {@link #MAX_CELLS} residues are refused as
 * soon as they are met, without being held.
 */
public final class AlignmentReader {

    /** Most match columns a row may have. */
    public static final int MAX_WIDTH = 100_000;
    /** Most rows an alignment may have. */
    public static final int MAX_ROWS = 1_000_000;
    /** Most residues (rows times match columns) an alignment may hold. */
    public static final long MAX_CELLS = 500_000_000L;
    /** Longest line read (an A3M row with its insertions). */
    public static final int MAX_LINE = 1_000_000;
    /** Longest header line. */
    public static final int MAX_HEADER = 10_000;

    private AlignmentReader() {
    }

    /** Reads the alignment; the first row is the query. */
    public static Alignment read(Path file) {
        try (LineReader r = LineReader.open(file)) {
            return parse(file, r);
        } catch (IOException e) {
            throw InputFiles.readFailure(file, e);
        }
    }

    /**
     * Reads the alignment and puts the query first: the first row equal to {@code querySequence} ({@code X} on either
     * side matching any letter; some PSICOV-style files do not list the query first) is moved to the front. An
     * alignment without such a row is refused ({@code FILE: no row of the alignment is the query sequence ...}): it
     * was made for another sequence. The alignment must be as wide as the query.
     *
     * @param querySequence the query, canonical upper case as in {@link org.protpred.pipeline.protein.ProteinRecord}
     */
    public static Alignment read(Path file, String querySequence) {
        Alignment a = read(file);
        if (a.width() != querySequence.length()) {
            throw InputException.at(file, "alignment has " + a.width() + " match columns, the query sequence has "
                    + querySequence.length() + " residues");
        }
        int at = -1;
        for (int i = 0; i < a.rows().size() && at < 0; i++) {
            if (sameSequence(a.rows().get(i), querySequence)) {
                at = i;
            }
        }
        if (at < 0) {
            throw InputException.at(file, "no row of the alignment is the query sequence (the first row, '"
                    + a.ids().get(0) + "', differs from it at residue " + (firstDifference(a.rows().get(0),
                    querySequence) + 1) + ")");
        }
        if (at == 0) {
            return a;
        }
        List<String> ids = new ArrayList<>(a.ids());
        List<String> rows = new ArrayList<>(a.rows());
        ids.add(0, ids.remove(at));
        rows.add(0, rows.remove(at));
        return new Alignment(ids, rows, a.source());
    }

    private static boolean sameSequence(String row, String query) {
        return firstDifference(row, query) < 0;
    }

    /** First index where the row and the query differ ({@code X} matching any letter), or -1. */
    private static int firstDifference(String row, String query) {
        for (int i = 0; i < row.length(); i++) {
            char a = row.charAt(i);
            char b = query.charAt(i);
            if (a != b && (a == '-' || a != 'X' && b != 'X')) {
                return i;
            }
        }
        return -1;
    }

    private static Alignment parse(Path file, LineReader r) throws IOException {
        List<String> ids = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        String line;
        Boolean fasta = null;
        String id = null;
        long rowLine = 0;
        StringBuilder row = null;
        while ((line = r.readLine(MAX_LINE)) != null) {
            long lineNo = r.lineNumber();
            if (r.overflowed()) {
                throw InputException.at(file, lineNo, "line longer than " + MAX_LINE + " characters");
            }
            if (line.isBlank()) {
                continue;
            }
            if (fasta == null) {
                fasta = line.charAt(0) == '>';
            }
            if (fasta && line.charAt(0) == '>') {
                if (row != null) {
                    addRow(file, rowLine, id, row, ids, rows);
                }
                if (line.length() > MAX_HEADER) {
                    throw InputException.at(file, lineNo, "header longer than " + MAX_HEADER + " characters");
                }
                String header = line.substring(1).strip();
                if (header.isEmpty()) {
                    throw InputException.at(file, lineNo, "header without an id");
                }
                id = header.split("\\s+", 2)[0];
                rowLine = lineNo;
                row = new StringBuilder();
            } else if (fasta) {
                appendMatchColumns(file, lineNo, line, row, id);
            } else {
                StringBuilder single = new StringBuilder();
                String name = "seq" + rows.size();
                appendMatchColumns(file, lineNo, line, single, name);
                addRow(file, lineNo, name, single, ids, rows);
            }
        }
        if (row != null) {
            addRow(file, rowLine, id, row, ids, rows);
        }
        if (rows.isEmpty()) {
            throw InputException.at(file, "alignment has no sequences");
        }
        return new Alignment(ids, rows, file.toString());
    }

    private static void appendMatchColumns(Path file, long lineNo, String line, StringBuilder out, String id) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-') {
                out.append(c);
            } else if (c == '.' || c >= 'a' && c <= 'z') {
                continue;
            } else if (c >= 'A' && c <= 'Z') {
                out.append(AminoAcids.canonical(c));
            } else if (c == ' ' || c == '\t' || c == '\r') {
                continue;
            } else {
                throw InputException.at(file, lineNo, "illegal character '" + c + "' in alignment (column "
                        + (i + 1) + "); expected letters, '-' or '.'");
            }
            if (out.length() > MAX_WIDTH) {
                throw InputException.at(file, lineNo, "alignment row '" + id + "' has more than " + MAX_WIDTH
                        + " match columns");
            }
        }
    }

    private static void addRow(Path file, long line, String id, StringBuilder row, List<String> ids,
                               List<String> rows) {
        if (row.length() == 0) {
            throw InputException.at(file, line, "alignment row '" + id + "' has no match columns");
        }
        if (!rows.isEmpty() && row.length() != rows.get(0).length()) {
            throw InputException.at(file, line, "alignment row '" + id + "' has " + row.length()
                    + " match columns, the first row has " + rows.get(0).length());
        }
        if (rows.size() >= MAX_ROWS) {
            throw InputException.at(file, line, "alignment has more than " + MAX_ROWS + " rows");
        }
        if ((long) (rows.size() + 1) * row.length() > MAX_CELLS) {
            throw InputException.at(file, line, "alignment has more than " + MAX_CELLS
                    + " residues (rows x match columns)");
        }
        ids.add(id);
        rows.add(row.toString());
    }
}
