package org.protpred.pipeline.io;

import java.io.BufferedReader;
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
 */
public final class AlignmentReader {

    private AlignmentReader() {
    }

    /** Reads the alignment; the first row is the query. */
    public static Alignment read(Path file) {
        try (BufferedReader r = InputFiles.openReader(file)) {
            return parse(file, r);
        } catch (IOException e) {
            throw InputFiles.readFailure(file, e);
        }
    }

    /**
     * Reads the alignment and puts the query first: the first row equal to {@code querySequence} (some PSICOV-style
     * files do not list the query first) is moved to the front; if no row equals it, the query is added as row
     * {@code query}. The alignment must be as wide as the query.
     *
     * @param querySequence the query, canonical upper case as in {@link org.protpred.pipeline.protein.ProteinRecord}
     */
    public static Alignment read(Path file, String querySequence) {
        Alignment a = read(file);
        if (a.width() != querySequence.length()) {
            throw InputException.at(file, "alignment has " + a.width() + " match columns, the query sequence has "
                    + querySequence.length() + " residues");
        }
        int at = a.rows().indexOf(querySequence);
        if (at == 0) {
            return a;
        }
        List<String> ids = new ArrayList<>(a.ids());
        List<String> rows = new ArrayList<>(a.rows());
        if (at > 0) {
            ids.add(0, ids.remove(at));
            rows.add(0, rows.remove(at));
        } else {
            ids.add(0, "query");
            rows.add(0, querySequence);
        }
        return new Alignment(ids, rows, a.source());
    }

    private static Alignment parse(Path file, BufferedReader r) throws IOException {
        List<String> ids = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        String line;
        long lineNo = 0;
        Boolean fasta = null;
        String id = null;
        long rowLine = 0;
        StringBuilder row = null;
        while ((line = r.readLine()) != null) {
            lineNo++;
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
                String header = line.substring(1).strip();
                if (header.isEmpty()) {
                    throw InputException.at(file, lineNo, "header without an id");
                }
                id = header.split("\\s+", 2)[0];
                rowLine = lineNo;
                row = new StringBuilder();
            } else if (fasta) {
                appendMatchColumns(file, lineNo, line, row);
            } else {
                StringBuilder single = new StringBuilder();
                appendMatchColumns(file, lineNo, line, single);
                addRow(file, lineNo, "seq" + rows.size(), single, ids, rows);
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

    private static void appendMatchColumns(Path file, long lineNo, String line, StringBuilder out) {
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
        ids.add(id);
        rows.add(row.toString());
    }
}
