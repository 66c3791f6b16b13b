package org.protpred.pipeline.labels;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.protpred.models.core.AtomicFiles;

/**
 * Writes contacts in the CASP RR format (https://predictioncenter.org/casp13/index.cgi?page=format#RR):
 * {@code PFRMAT RR}, {@code TARGET id}, {@code MODEL 1}, the sequence in lines of {@value #LINE_WIDTH} residues,
 * one line {@code i j d1 d2 p} per contact (1-based residue numbers, distance bounds in Angstrom, probability), and
 * {@code END}. Written atomically.
 */
public final class RrWriter {

    /** Residues per sequence line. */
    public static final int LINE_WIDTH = 50;

    private RrWriter() {
    }

    /**
     * One RR contact line.
     *
     * @param i           first residue, 0-based (written 1-based)
     * @param j           second residue, 0-based (written 1-based)
     * @param lower       lower distance bound (Angstrom)
     * @param upper       upper distance bound (Angstrom)
     * @param probability probability of the contact
     */
    public record Entry(int i, int j, double lower, double upper, double probability) {

        /** A true contact: bounds 0 and 8 A, probability 1. */
        public static Entry trueContact(Contact c) {
            return new Entry(c.i(), c.j(), 0, ContactMap.DEFAULT_THRESHOLD, 1.0);
        }
    }

    /** Writes the file; the entries are written in the order given. */
    public static void write(Path target, String targetId, String sequence, Iterable<Entry> entries)
            throws IOException {
        AtomicFiles.writeText(target, w -> write(w, targetId, sequence, entries));
    }

    /** Writes the RR text to a writer. */
    public static void write(Writer w, String targetId, String sequence, Iterable<Entry> entries) throws IOException {
        w.write("PFRMAT RR\n");
        w.write("TARGET " + targetId + "\n");
        w.write("MODEL 1\n");
        for (int k = 0; k < sequence.length(); k += LINE_WIDTH) {
            w.write(sequence, k, Math.min(LINE_WIDTH, sequence.length() - k));
            w.write('\n');
        }
        for (Entry e : entries) {
            w.write((e.i() + 1) + " " + (e.j() + 1) + " " + number(e.lower()) + " " + number(e.upper()) + " "
                    + probability(e.probability()) + "\n");
        }
        w.write("END\n");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String probability(double p) {
        BigDecimal b = BigDecimal.valueOf(p).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 1 ? b.setScale(1).toPlainString() : b.toPlainString();
    }
}
