package org.protpred.pipeline.ss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protpred.models.core.InputException;

/**
 * Reads back a PSIPRED VFORMAT file as {@link SsWriters#ss2} writes it: {@code #} comment and blank lines, then per
 * residue its 1-based index, residue, state and P(C), P(H), P(E).
 */
public final class Ss2Reader {

    /**
     * A {@code .ss2} file's contents.
     *
     * @param id            the record id it was read for
     * @param sequence      residues
     * @param states        the predicted states as written ({@code H/E/C}; with probabilities rounded to 3 decimals
     *                      a tie could otherwise pick another)
     * @param probabilities per residue P(H), P(E), P(C) ({@link SsLabels#STATES} order)
     */
    public record Ss2(String id, String sequence, String states, float[][] probabilities) {

        public int length() {
            return sequence.length();
        }

        /** Probability of state {@code s} ({@link SsLabels#H}, {@link SsLabels#E}, {@link SsLabels#C}) at residue i. */
        public float probability(int residue, int state) {
            return probabilities[residue][state];
        }
    }

    private Ss2Reader() {
    }

    /** The prediction in {@code file}, under the record id {@code id}. @throws InputException naming the line */
    public static Ss2 read(Path file, String id) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw InputException.at(file, "cannot read: " + e.getMessage());
        }
        StringBuilder sequence = new StringBuilder();
        StringBuilder states = new StringBuilder();
        List<float[]> probabilities = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 6 || f[1].length() != 1 || f[2].length() != 1
                    || SsLabels.STATES.indexOf(f[2].charAt(0)) < 0) {
                throw InputException.at(file, n + 1, "not a PSIPRED VFORMAT line: index, residue, state (H/E/C), "
                        + "P(C), P(H), P(E)");
            }
            try {
                if (Integer.parseInt(f[0]) != probabilities.size() + 1) {
                    throw InputException.at(file, n + 1, "residue " + f[0] + " out of order (expected "
                            + (probabilities.size() + 1) + ")");
                }
                float[] p = new float[3];
                p[SsLabels.C] = Float.parseFloat(f[3]);
                p[SsLabels.H] = Float.parseFloat(f[4]);
                p[SsLabels.E] = Float.parseFloat(f[5]);
                probabilities.add(p);
            } catch (NumberFormatException e) {
                throw InputException.at(file, n + 1, "not a number: " + InputException.printable(e.getMessage()));
            }
            sequence.append(f[1]);
            states.append(f[2]);
        }
        if (probabilities.isEmpty()) {
            throw InputException.at(file, "no residues (not a PSIPRED VFORMAT file)");
        }
        return new Ss2(id, sequence.toString(), states.toString(), probabilities.toArray(new float[0][]));
    }
}
