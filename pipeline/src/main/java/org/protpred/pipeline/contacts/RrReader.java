package org.protpred.pipeline.contacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protpred.models.core.InputException;

/**
 * Reads back a CASP RR file as {@link ContactWriter#rr} writes it: the header lines ({@code PFRMAT}, {@code TARGET},
 * {@code MODEL}, ...), the sequence lines, then {@code i j d1 d2 p} lines (1-based) and {@code END}.
 */
public final class RrReader {

    /**
     * The contents of an RR file.
     *
     * @param target   the {@code TARGET} id (empty if none)
     * @param sequence the sequence lines joined
     * @param pairs    the contact lines in file order, residues 0-based
     */
    public record RrContacts(String target, String sequence, List<ContactPrediction.Pair> pairs) {

        public RrContacts {
            pairs = List.copyOf(pairs);
        }

        /** Residues. */
        public int length() {
            return sequence.length();
        }

        /** Pairs at least {@code minSeparation} apart with probability at least {@code minProbability}. */
        public long count(int minSeparation, double minProbability) {
            return pairs.stream().filter(p -> p.separation() >= minSeparation && p.probability() >= minProbability)
                    .count();
        }
    }

    private RrReader() {
    }

    /** Reads {@code file}. @throws InputException naming the line that does not fit the format */
    public static RrContacts read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw InputException.at(file, "cannot read: " + e.getMessage());
        }
        String target = "";
        StringBuilder sequence = new StringBuilder();
        List<ContactPrediction.Pair> pairs = new ArrayList<>();
        boolean end = false;
        for (int n = 0; n < lines.size() && !end; n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (line.equals("END")) {
                end = true;
            } else if (f[0].equals("TARGET")) {
                target = f.length > 1 ? f[1] : "";
            } else if (f[0].matches("PFRMAT|MODEL|AUTHOR|REMARK|METHOD")) {
                continue;
            } else if (f.length == 5 && f[0].matches("\\d+")) {
                pairs.add(pair(file, n + 1, f));
            } else if (pairs.isEmpty() && line.matches("[A-Za-z]+")) {
                sequence.append(line);
            } else {
                throw InputException.at(file, n + 1, "not an RR line (expected 'i j d1 d2 probability')");
            }
        }
        if (!end) {
            throw InputException.at(file, "no END line (truncated RR file?)");
        }
        return new RrContacts(target, sequence.toString(), pairs);
    }

    private static ContactPrediction.Pair pair(Path file, int line, String[] f) {
        try {
            int i = Integer.parseInt(f[0]) - 1;
            int j = Integer.parseInt(f[1]) - 1;
            double p = Double.parseDouble(f[4]);
            if (i < 0 || j <= i) {
                throw InputException.at(file, line, "expected residues 1 <= i < j");
            }
            return new ContactPrediction.Pair(i, j, p);
        } catch (NumberFormatException e) {
            throw InputException.at(file, line, "not a number: " + InputException.printable(e.getMessage()));
        }
    }
}
