package org.protpred.pipeline.io;

/**
 * One record of a FASTA file as written, before any interpretation of its letters: used for label files
 * (e.g. NetSurfP's {@code sampled.fasta} with {@code H/E/C} strings or {@code mask.fasta} with {@code 0/1}).
 *
 * @param id          first word after {@code >}
 * @param description rest of the header line, trimmed (may be empty)
 * @param text        the record's lines joined with all whitespace removed, characters as in the file
 * @param line        1-based line number of the header, for messages
 * @param problem     null for a record read whole; else the one-line error ({@code FILE:LINE: record 'ID' ...})
 *                    of a record that {@link FastaReader#streamRawLenient lenient reading} could not hold, such as
 *                    one longer than {@link FastaReader#MAX_RESIDUES}: its {@code text} is then only the first
 *                    {@code MAX_RESIDUES + 1} characters, so that a length check refuses it too
 */
public record FastaEntry(String id, String description, String text, long line, String problem) {

    /** A record read whole. */
    public FastaEntry(String id, String description, String text, long line) {
        this(id, description, text, line, null);
    }
}
