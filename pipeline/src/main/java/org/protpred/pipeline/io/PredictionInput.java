package org.protpred.pipeline.io;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.AminoAcids;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Reads the sequences to predict from a FASTA file record by record, so that one bad record fails alone: each
 * record either becomes a {@link ProteinRecord} or a one-line error naming the file, line and record. Letters are
 * read as {@link AminoAcids} defines ({@code B/Z/J} as {@code X}, {@code U} as {@code C}, {@code O} as {@code K}, a
 * final {@code *} dropped); records longer than {@link #MAX_LENGTH} residues are refused. A file that is not FASTA
 * at all (missing, empty, no header) is an {@link InputException} for the whole file.
 */
public final class PredictionInput {

    /** Longest sequence accepted. */
    public static final int MAX_LENGTH = 100_000;

    /** The outcome of reading one record: a record, or the id and an error message. */
    public record Item(String id, ProteinRecord record, String error) {
        public boolean ok() {
            return record != null;
        }
    }

    private PredictionInput() {
    }

    /**
     * All records of the file, each read or refused on its own: a record with an id seen before is refused (the
     * first one with that id is kept). Only a malformed header ends the file.
     */
    public static List<Item> read(Path file) {
        try (Stream<Item> items = stream(file)) {
            return items.toList();
        }
    }

    /**
     * The number of records (header lines) of a regular file, counted without holding any line in memory, or -1 for
     * a stream that cannot be read twice (standard input, a pipe) or a file that cannot be read (the caller's own
     * reading then reports why).
     */
    public static long countRecords(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return -1;
        }
        try (java.io.Reader in = InputFiles.openReader(file)) {
            char[] buffer = new char[1 << 16];
            long count = 0;
            boolean lineStart = true;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (lineStart && c == '>') {
                        count++;
                    }
                    lineStart = c == '\n';
                }
            }
            return count;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The records of the file one by one, as {@link #read} gives them, without holding the file in memory (close the
     * stream). Only the ids seen so far are remembered, to refuse duplicates.
     */
    public static Stream<Item> stream(Path file) {
        Map<String, Long> firstLine = new HashMap<>();
        return FastaReader.streamRawLenient(file).map(e -> {
            Long first = firstLine.putIfAbsent(e.id(), e.line());
            return first == null ? item(file, e) : new Item(e.id(), null, InputException.at(file, e.line(),
                    "record '" + e.id() + "': duplicate id (first used at line " + first + ")").getMessage());
        });
    }

    private static Item item(Path file, FastaEntry e) {
        if (e.problem() != null) {   // refused by the reader itself (e.g. too long: not read whole)
            return new Item(e.id(), null, e.problem());
        }
        String text = e.text();
        if (text.endsWith("*")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            return new Item(e.id(), null, InputException.at(file, e.line(), "record '" + e.id()
                    + "' has no sequence").getMessage());
        }
        if (text.length() > MAX_LENGTH) {
            return new Item(e.id(), null, InputException.at(file, e.line(), "record '" + e.id() + "' has "
                    + text.length() + " residues, more than the " + MAX_LENGTH + " accepted").getMessage());
        }
        StringBuilder seq = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!AminoAcids.isAminoAcidCode(c)) {
                String shown = c < 32 || c == 127 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
                return new Item(e.id(), null, InputException.at(file, e.line(), "record '" + e.id()
                        + "': illegal character '" + shown + "' at residue " + (i + 1)
                        + "; expected amino-acid letters").getMessage());
            }
            seq.append(AminoAcids.canonical(c));
        }
        return new Item(e.id(), new ProteinRecord(e.id(), seq.toString(), e.description(), null, null, null, null,
                null, null), null);
    }
}
