package org.protpred.pipeline.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.AminoAcids;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.protein.Profile;

/**
 * Reads PSI-BLAST ASCII position-specific scoring matrices ({@code psiblast -out_ascii_pssm}), plain or gzip.
 *
 * <p>Layout: a title, a header line naming the amino acids of the columns (PSI-BLAST writes
 * {@code A R N D C Q E G H I L K M F P S T W Y V} twice), then one line per residue:
 * position, residue letter, 20 log-odds scores, 20 weighted observed percentages, information content and relative
 * weight (44 fields; 42 without the last two are accepted too); a blank line ends the table. Columns are reordered
 * from the header's order to {@link AminoAcids#ALPHABET}.
 *
 * <p>{@link Profile#scores()} holds the scores as written (half-bit units). {@link Profile#frequencies()} holds the
 * weighted percentages divided by their row sum (PSI-BLAST rounds them down, so rows add up to a little under 100).
 * Where a row's percentages are all zero (no aligned sequences at that position), the frequencies are recovered
 * from the scores by inverting the log-odds: {@code f_a = p_a 2^(s_a / 2)}, normalised to sum to 1, with {@code p_a}
 * the background frequencies BLAST uses (Robinson &amp; Robinson, PNAS 1991). This is the distribution the scores
 * encode, not a softmax of the raw scores.
 *
 * <p>Errors, with file and line: no header (within the first 1000 lines), a row with the wrong number of fields, a
 * non-numeric, infinite or NaN field, a score beyond +-{@value #MAX_SCORE}, a percentage outside 0-100, positions
 * out of order, a residue letter that is not an amino acid, a table without rows, more than {@value #MAX_ROWS} rows
 * and a line over {@value #MAX_LINE} characters (never read whole).
 */
public final class PssmReader {

    /** Background frequencies in PSI-BLAST column order ARNDCQEGHILKMFPSTWYV (Robinson &amp; Robinson 1991). */
    private static final String BLAST_ORDER = "ARNDCQEGHILKMFPSTWYV";
    private static final double[] BLAST_BACKGROUND = {
        0.07805, 0.05129, 0.04487, 0.05364, 0.01925, 0.04264, 0.06295, 0.07377, 0.02199, 0.05142,
        0.09019, 0.05744, 0.02243, 0.03856, 0.05203, 0.07120, 0.05841, 0.01330, 0.03216, 0.06441};

    /**
     * A parsed PSSM.
     *
     * @param sequence the residue letters of the PSSM rows, canonical upper case
     * @param profile  scores and frequencies, L x 20 in {@link AminoAcids#ALPHABET} order
     */
    public record Pssm(String sequence, Profile profile) {
    }

    /** Longest line read (a PSSM row is about 180 characters). */
    public static final int MAX_LINE = 10_000;
    /** Most rows (residues) a PSSM may have. */
    public static final int MAX_ROWS = 100_000;
    /** Largest score magnitude accepted (PSI-BLAST writes small integers, in half bits). */
    public static final double MAX_SCORE = 1000;
    /** The header line is looked for in this many first lines (PSI-BLAST writes it on line 3). */
    static final int HEADER_SEARCH_LINES = 1000;

    private PssmReader() {
    }

    /** The profile of the file. */
    public static Profile read(Path file) {
        return readWithSequence(file).profile();
    }

    /**
     * Reads the file and attaches its profile to the record, checking that the PSSM's residues match the record's
     * sequence ({@code X} on either side matches anything).
     */
    public static ProteinRecord attach(ProteinRecord record, Path file) {
        Pssm pssm = readWithSequence(file);
        String a = record.sequence();
        String b = pssm.sequence();
        if (a.length() != b.length()) {
            throw InputException.at(file, "PSSM has " + b.length() + " residues, sequence '" + record.id() + "' has "
                    + a.length());
        }
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i) && a.charAt(i) != 'X' && b.charAt(i) != 'X') {
                throw InputException.at(file, "PSSM residue " + (i + 1) + " is " + b.charAt(i) + ", sequence '"
                        + record.id() + "' has " + a.charAt(i));
            }
        }
        return record.withProfile(pssm.profile());
    }

    /** The profile and the residue letters of the file. */
    public static Pssm readWithSequence(Path file) {
        try (LineReader r = LineReader.open(file)) {
            return parse(file, r);
        } catch (IOException e) {
            throw InputFiles.readFailure(file, e);
        }
    }

    private static Pssm parse(Path file, LineReader r) throws IOException {
        long lineNo = 0;
        String line;
        int[] toAlphabet = null;
        while ((line = r.readLine(MAX_LINE)) != null && r.lineNumber() <= HEADER_SEARCH_LINES) {
            lineNo = r.lineNumber();
            if (r.overflowed()) {
                continue;
            }
            toAlphabet = headerPermutation(line);
            if (toAlphabet != null) {
                break;
            }
        }
        if (toAlphabet == null) {
            throw InputException.at(file, "not a PSI-BLAST ASCII PSSM: no header line naming the 20 amino-acid columns");
        }
        StringBuilder seq = new StringBuilder();
        List<double[]> scores = new ArrayList<>();
        List<double[]> freqs = new ArrayList<>();
        while ((line = r.readLine(MAX_LINE)) != null) {
            lineNo = r.lineNumber();
            if (r.overflowed()) {
                throw InputException.at(file, lineNo, "line longer than " + MAX_LINE + " characters");
            }
            if (line.isBlank()) {
                break;
            }
            if (scores.size() >= MAX_ROWS) {
                throw InputException.at(file, lineNo, "PSSM has more than " + MAX_ROWS + " rows");
            }
            String[] f = line.strip().split("\\s+");
            if (f.length != 44 && f.length != 42) {
                throw InputException.at(file, lineNo, "expected 44 fields (position, residue, 20 scores,"
                        + " 20 percentages, information, weight), found " + f.length);
            }
            int pos = parseInt(file, lineNo, f[0], "position");
            if (pos != scores.size() + 1) {
                throw InputException.at(file, lineNo, "position " + pos + " out of order (expected "
                        + (scores.size() + 1) + ")");
            }
            if (f[1].length() != 1 || !AminoAcids.isAminoAcidCode(f[1].charAt(0))) {
                throw InputException.at(file, lineNo, "residue '" + f[1] + "' is not an amino-acid letter");
            }
            seq.append(AminoAcids.canonical(f[1].charAt(0)));
            double[] s = new double[AminoAcids.COUNT];
            double[] p = new double[AminoAcids.COUNT];
            for (int k = 0; k < AminoAcids.COUNT; k++) {
                s[toAlphabet[k]] = parseNumber(file, lineNo, f[2 + k], "score");
                p[toAlphabet[k]] = parseNumber(file, lineNo, f[22 + k], "percentage");
            }
            scores.add(s);
            freqs.add(normalise(p, s));
        }
        if (scores.isEmpty()) {
            throw InputException.at(file, lineNo, "PSSM table has no rows");
        }
        return new Pssm(seq.toString(), new Profile(freqs.toArray(double[][]::new), scores.toArray(double[][]::new),
                file.toString()));
    }

    /** Maps header column k to its index in ALPHABET, or null if the line is not the header. */
    private static int[] headerPermutation(String line) {
        String[] f = line.strip().split("\\s+");
        if (f.length < AminoAcids.COUNT) {
            return null;
        }
        int[] perm = new int[AminoAcids.COUNT];
        boolean[] seen = new boolean[AminoAcids.COUNT];
        for (int k = 0; k < AminoAcids.COUNT; k++) {
            if (f[k].length() != 1) {
                return null;
            }
            int idx = AminoAcids.ALPHABET.indexOf(f[k].charAt(0));
            if (idx < 0 || seen[idx]) {
                return null;
            }
            seen[idx] = true;
            perm[k] = idx;
        }
        return perm;
    }

    private static double[] normalise(double[] percentages, double[] scores) {
        double sum = 0;
        for (double v : percentages) {
            sum += v;
        }
        double[] out = new double[percentages.length];
        if (sum > 0) {
            for (int k = 0; k < out.length; k++) {
                out[k] = percentages[k] / sum;
            }
            return out;
        }
        double total = 0;
        for (int k = 0; k < out.length; k++) {
            char aa = AminoAcids.ALPHABET.charAt(k);
            out[k] = BLAST_BACKGROUND[BLAST_ORDER.indexOf(aa)] * Math.pow(2.0, scores[k] / 2.0);
            total += out[k];
        }
        for (int k = 0; k < out.length; k++) {
            out[k] /= total;
        }
        return out;
    }

    private static int parseInt(Path file, long line, String s, String what) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw InputException.at(file, line, what + " '" + s + "' is not a number");
        }
    }

    private static double parseNumber(Path file, long line, String s, String what) {
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw InputException.at(file, line, what + " '" + s + "' is not a valid number");
        }
        if (!Double.isFinite(v)) {
            throw InputException.at(file, line, what + " '" + s + "' is not a valid number");
        }
        if (what.equals("percentage") && (v < 0 || v > 100)) {
            throw InputException.at(file, line, "percentage '" + s + "' is outside 0-100");
        }
        if (what.equals("score") && Math.abs(v) > MAX_SCORE) {
            throw InputException.at(file, line, "score '" + s + "' is outside -" + (int) MAX_SCORE + " to "
                    + (int) MAX_SCORE);
        }
        return v;
    }
}
