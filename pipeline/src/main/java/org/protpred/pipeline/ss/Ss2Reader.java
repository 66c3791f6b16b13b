package org.protpred.pipeline.ss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protpred.models.core.InputException;

/**
 * Reads back a PSIPRED VFORMAT file as {@link SsWriters#ss2} writes it: {@code #} comment and blank lines, then per
 * residue its 1-based index, residue, state and P(C), P(H), P(E). Each residue's state is the most probable of the
 * three as written, so {@code ss2(read(ss2(p)))} equals {@code ss2(p)}.
 */
public final class Ss2Reader {

    private Ss2Reader() {
    }

    /** The prediction in {@code file}, under the record id {@code id}. @throws InputException naming the line */
    public static SsPrediction read(Path file, String id) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw InputException.at(file, "cannot read: " + e.getMessage());
        }
        StringBuilder sequence = new StringBuilder();
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
        }
        if (probabilities.isEmpty()) {
            throw InputException.at(file, "no residues (not a PSIPRED VFORMAT file)");
        }
        return new SsPrediction(id, sequence.toString(), probabilities.toArray(new float[0][]));
    }
}
