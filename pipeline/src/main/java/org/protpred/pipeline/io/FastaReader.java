package org.protpred.pipeline.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.AminoAcids;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Reads FASTA files (plain or gzip), record by record, without holding the file in memory.
 *
 * <p>Format accepted: blank lines anywhere; the first non-blank line must start with {@code >}; the id is the first
 * word after {@code >} and the description the rest of the header; sequence lines of any width, upper or lower case,
 * spaces and tabs inside them ignored. In {@link #stream protein mode} every character must be an amino-acid code
 * accepted by {@link AminoAcids} (the 20 standard letters and {@code X}; {@code B/Z/J} become {@code X}, {@code U}
 * becomes {@code C}, {@code O} becomes {@code K}); sequences are returned in upper case. A single {@code *} as the
 * very last character of a record is tolerated as a stop/terminator mark and dropped; a {@code *} anywhere else is
 * an error, as are digits, gaps ({@code -}, {@code .}) and any other non-letter.
 *
 * <p>Rejected, with the file and line number: a file whose first non-blank line is not a header, a header without
 * an id, a record without residues, an id used twice, an illegal character, a record of more than
 * {@link #MAX_RESIDUES} residues ({@code FILE:LINE: record 'ID' has more than 100000 residues}) and a header line of
 * more than {@link #MAX_HEADER} characters. Reading is bounded: however long a line or record, no more than about
 * these limits is held in memory (a gzip of a 1 GB line is refused, not read whole). A byte-order mark at the start
 * is skipped. Missing files, folders and 0-byte files are rejected by {@link InputFiles}; {@code -} reads standard
 * input.
 *
 * <p>Streams are lazy: errors further down the file surface when the stream reaches them. Close the stream
 * (try-with-resources) to release the file.
 */
public final class FastaReader {

    /** Most residues (characters, for raw records) a record may have; longer ones are refused. */
    public static final int MAX_RESIDUES = 100_000;
    /** Most characters a header line may have. */
    public static final int MAX_HEADER = 10_000;

    private FastaReader() {
    }

    /** Protein records with validated, canonical upper-case sequences, lazily. The caller closes the stream. */
    public static Stream<ProteinRecord> stream(Path file) {
        return entries(file, true, false).map(e -> new ProteinRecord(e.id(), e.text(), e.description(),
                null, null, null, null, null, null));
    }

    /** All protein records of the file, in order. */
    public static List<ProteinRecord> readAll(Path file) {
        try (Stream<ProteinRecord> s = stream(file)) {
            return s.toList();
        }
    }

    /**
     * Records with their text as written (whitespace removed, case kept, no check of the characters), lazily: for
     * label files such as 3-state strings or 0/1 masks. Headers, empty records and duplicate ids are still checked.
     */
    public static Stream<FastaEntry> streamRaw(Path file) {
        return entries(file, false, false);
    }

    /**
     * Like {@link #streamRaw(Path)}, but a record without residues comes back with empty text, and a record whose id
     * was seen before comes back too, instead of ending the stream: for a caller that checks records one by one,
     * reports the bad ones and goes on with the next. A record longer than {@link #MAX_RESIDUES} comes back with its
     * {@link FastaEntry#problem() problem} set (and only its first {@code MAX_RESIDUES + 1} characters), the rest of
     * it skipped without being held, and reading goes on with the next record. Malformed headers still end the
     * stream.
     */
    public static Stream<FastaEntry> streamRawLenient(Path file) {
        return entries(file, false, true);
    }

    /** All raw records of the file, in order. */
    public static List<FastaEntry> readAllRaw(Path file) {
        try (Stream<FastaEntry> s = streamRaw(file)) {
            return s.toList();
        }
    }

    private static Stream<FastaEntry> entries(Path file, boolean protein, boolean lenient) {
        Parser parser = new Parser(file, LineReader.open(file), protein, lenient);
        Spliterator<FastaEntry> split = Spliterators.spliteratorUnknownSize(parser,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false).onClose(parser::close);
    }

    /** Pulls one record at a time off the reader, never holding more than about one record's limit. */
    private static final class Parser implements Iterator<FastaEntry> {
        /** Longest sequence line kept whole: the residue limit plus room for spaces, a {@code \r} and a '*'. */
        private static final int MAX_LINE = MAX_RESIDUES + 1024;

        private final Path file;
        private final LineReader reader;
        private final boolean protein;
        private final boolean lenient;
        private final Set<String> seen = new HashSet<>();
        private String pendingHeader;
        private long pendingHeaderLine;
        private boolean started;
        private boolean finished;
        private FastaEntry next;

        Parser(Path file, LineReader reader, boolean protein, boolean lenient) {
            this.file = file;
            this.reader = reader;
            this.protein = protein;
            this.lenient = lenient;
        }

        void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null && !finished) {
                next = readRecord();
            }
            return next != null;
        }

        @Override
        public FastaEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            FastaEntry e = next;
            next = null;
            return e;
        }

        private String readLine(int max) {
            try {
                return reader.readLine(max);
            } catch (IOException e) {
                throw InputFiles.readFailure(file, e);
            }
        }

        /** Takes a line starting with '>' as the next header, refusing one longer than {@link #MAX_HEADER}. */
        private void header(String line) {
            if (reader.overflowed() || line.length() > MAX_HEADER) {
                throw InputException.at(file, reader.lineNumber(), "header longer than " + MAX_HEADER
                        + " characters");
            }
            pendingHeader = line;
            pendingHeaderLine = reader.lineNumber();
        }

        private FastaEntry readRecord() {
            if (!started) {
                started = true;
                String line;
                do {
                    line = readLine(MAX_HEADER + 1);
                } while (line != null && line.isBlank() && !reader.overflowed());
                if (line == null) {
                    throw InputException.at(file, "no FASTA records (file holds only blank lines)");
                }
                if (line.isEmpty() || line.charAt(0) != '>') {
                    throw InputException.at(file, reader.lineNumber(),
                            "not a FASTA file: the first line must start with '>'");
                }
                header(line);
            }
            if (pendingHeader == null) {
                finished = true;
                return null;
            }
            String header = pendingHeader.substring(1).strip();
            long headerLine = pendingHeaderLine;
            pendingHeader = null;
            if (header.isEmpty()) {
                throw InputException.at(file, headerLine, "header without an id");
            }
            int space = indexOfWhitespace(header);
            String id = space < 0 ? header : header.substring(0, space);
            String description = space < 0 ? "" : header.substring(space).strip();
            if (!seen.add(id) && !lenient) {
                throw InputException.at(file, headerLine, "duplicate id '" + id + "'");
            }
            StringBuilder seq = new StringBuilder();
            long terminatorLine = -1;
            String line;
            boolean tooLong = false;
            while ((line = readLine(MAX_LINE)) != null) {
                if (!line.isEmpty() && line.charAt(0) == '>') {
                    header(line);
                    break;
                }
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == ' ' || c == '\t' || c == '\r') {
                        continue;
                    }
                    if (seq.length() > MAX_RESIDUES || seq.length() == MAX_RESIDUES && c != '*') {
                        tooLong = true;
                        if (!protein) {
                            seq.append(c);
                        }
                        break;
                    }
                    if (!protein) {
                        seq.append(c);
                        continue;
                    }
                    if (terminatorLine >= 0) {
                        throw InputException.at(file, terminatorLine, "'*' inside the sequence of '" + id
                                + "' (only a single final '*' is allowed)");
                    }
                    if (c == '*') {
                        terminatorLine = reader.lineNumber();
                    } else if (AminoAcids.isAminoAcidCode(c)) {
                        seq.append(AminoAcids.canonical(c));
                    } else {
                        throw InputException.at(file, reader.lineNumber(), "illegal character '" + printable(c)
                                + "' in the sequence of '" + id + "' (column " + (i + 1)
                                + "); expected amino-acid letters");
                    }
                }
                if (!tooLong && reader.overflowed()) {
                    // a line of more than MAX_LINE characters, mostly blanks: too long to hold all the same
                    tooLong = true;
                }
                if (tooLong) {
                    break;
                }
            }
            if (tooLong) {
                String problem = InputException.at(file, headerLine, "record '" + id + "' has more than "
                        + MAX_RESIDUES + " residues").getMessage();
                if (!lenient) {
                    throw new InputException(problem);
                }
                skipRestOfRecord();
                return new FastaEntry(id, description, seq.toString(), headerLine, problem);
            }
            if (pendingHeader == null) {
                finished = true;
            }
            if (seq.length() == 0 && !lenient) {
                throw InputException.at(file, headerLine, "record '" + id + "' has no sequence");
            }
            return new FastaEntry(id, description, seq.toString(), headerLine);
        }

        /** Reads on to the next header (kept as pending) or the end of the file, holding one short line at most. */
        private void skipRestOfRecord() {
            String line;
            while ((line = readLine(MAX_HEADER + 1)) != null) {
                if (!line.isEmpty() && line.charAt(0) == '>') {
                    header(line);
                    return;
                }
            }
            finished = true;
        }

        private static int indexOfWhitespace(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isWhitespace(s.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }

        private static String printable(char c) {
            return c < 32 || c == 127 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        }
    }
}
