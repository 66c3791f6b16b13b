package org.protpred.pipeline.fold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protpred.models.core.InputException;

/**
 * A fold ranking as a {@code .rank} file holds it ({@link FoldWriter#rank}): the best folds, each with its rank,
 * fold id, probability and evidence ({@code d1dlwa_ 34.5%} or {@code -}).
 *
 * @param folds best first
 */
public record FoldRanking(List<Row> folds) {

    /**
     * One line of the ranking.
     *
     * @param rank        1 for the best
     * @param fold        fold id
     * @param probability as written ({@code %.4f})
     * @param evidence    the best alignment hit of the fold, or {@code -}
     */
    public record Row(int rank, String fold, double probability, String evidence) {
    }

    public FoldRanking {
        folds = List.copyOf(folds);
    }

    /** The best fold. */
    public Row best() {
        return folds.get(0);
    }

    /** The ranking of a prediction as its {@code .rank} file holds it (the best {@code top}). */
    public static FoldRanking of(FoldPrediction p, int top) {
        List<Row> rows = new ArrayList<>();
        for (FoldPrediction.RankedFold f : p.top(top)) {
            rows.add(new Row(f.rank(), f.fold(), Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4f",
                    f.probability())), FoldWriter.evidence(f)));
        }
        return new FoldRanking(rows);
    }

    /** Reads a {@code .rank} file. @throws InputException naming the line that is not a ranking line */
    public static FoldRanking read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw InputException.at(file, "cannot read: " + e.getMessage());
        }
        List<Row> rows = new ArrayList<>();
        boolean header = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals("Rank Fold Probability Evidence")) {
                    throw InputException.at(file, n + 1, "expected the header 'Rank Fold Probability Evidence'");
                }
                header = true;
                continue;
            }
            String[] f = line.split("\\s+", 4);
            if (f.length != 4) {
                throw InputException.at(file, n + 1, "expected rank, fold, probability and evidence");
            }
            try {
                rows.add(new Row(Integer.parseInt(f[0]), f[1], Double.parseDouble(f[2]), f[3]));
            } catch (NumberFormatException e) {
                throw InputException.at(file, n + 1, "not a number: " + InputException.printable(e.getMessage()));
            }
        }
        if (rows.isEmpty()) {
            throw InputException.at(file, "no folds (not a protpred .rank file)");
        }
        return new FoldRanking(rows);
    }
}
