package org.protpred.pipeline.fold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.protpred.models.core.AtomicFiles;
import org.protpred.pipeline.task.OutputNames;
import org.protpred.pipeline.task.PredictionWriter;

/**
 * Writes fold rankings into an output folder: per domain {@code <id>.rank} (and {@code <id>.fold.json} with the
 * {@code json} format), then {@value #COMBINED} with one line per domain. Files are written atomically; names come
 * from {@link OutputNames#stem}.
 *
 * <p>{@code <id>.rank}: two {@code #} comment lines (the domain and its length; the model and method), the header
 * {@code Rank Fold Probability Evidence}, then the best {@code top} folds, one per line, whitespace-separated: rank,
 * fold id, probability ({@code %.4f}), and the best alignment hit of that fold as {@code ID IDENTITY%} (identity over
 * the shorter chain, {@code %.1f}) or {@code -}.
 *
 * <p>{@value #COMBINED}: a header {@code id length top_fold probability top5}, then per domain its id, length, best
 * fold, that fold's probability ({@code %.4f}) and its five best folds joined by commas, tab-separated.
 */
public final class FoldWriter implements PredictionWriter<FoldPrediction> {

    /** Name of the combined table. */
    public static final String COMBINED = "folds.tsv";
    /** The extra format {@code --format json}. */
    public static final String JSON = "json";
    /** Folds per {@code .rank} file unless told otherwise. */
    public static final int DEFAULT_TOP = 10;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path directory;
    private final boolean json;
    private final int top;
    private final String version;
    private final StringBuilder table = new StringBuilder("id\tlength\ttop_fold\tprobability\ttop5\n");

    /**
     * @param top     folds per {@code .rank} file and JSON
     * @param version names protpred in the header (e.g. {@code protpred 0.1.0})
     */
    public FoldWriter(Path directory, boolean json, int top, String version) {
        this.directory = directory;
        this.json = json;
        this.top = top;
        this.version = version;
    }

    @Override
    public void write(FoldPrediction p) {
        String stem = OutputNames.stem(p.id());
        AtomicFiles.writeString(directory.resolve(stem + ".rank"), rank(p, top, version));
        if (json) {
            AtomicFiles.writeString(directory.resolve(stem + ".fold.json"), json(p, top));
        }
        table.append(line(p));
    }

    @Override
    public void finish() {
        AtomicFiles.writeString(directory.resolve(COMBINED), table.toString());
    }

    /** The {@code .rank} text of a prediction. */
    public static String rank(FoldPrediction p, int top, String version) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(version).append(" SCOP fold ranking of ").append(p.id()).append(" (")
                .append(p.length()).append(" residues)\n");
        sb.append("# model ").append(p.model()).append(", method ").append(p.method().label())
                .append('\n');
        sb.append("Rank Fold Probability Evidence\n");
        for (FoldPrediction.RankedFold f : p.top(top)) {
            sb.append(f.rank()).append(' ').append(f.fold()).append(' ')
                    .append(String.format(Locale.ROOT, "%.4f", f.probability())).append(' ').append(evidence(f))
                    .append('\n');
        }
        return sb.toString();
    }

    /** {@code ID IDENTITY%} of a fold's best hit, or {@code -}. */
    static String evidence(FoldPrediction.RankedFold f) {
        return f.hit() == null ? "-"
                : f.hit().id() + " " + String.format(Locale.ROOT, "%.1f%%", 100 * f.hit().identity());
    }

    /** One line of {@value #COMBINED}. */
    public static String line(FoldPrediction p) {
        List<FoldPrediction.RankedFold> five = p.top(5);
        StringBuilder folds = new StringBuilder();
        for (FoldPrediction.RankedFold f : five) {
            folds.append(folds.length() == 0 ? "" : ",").append(f.fold());
        }
        return p.id() + "\t" + p.length() + "\t" + five.get(0).fold() + "\t"
                + String.format(Locale.ROOT, "%.4f", five.get(0).probability()) + "\t" + folds + "\n";
    }

    /**
     * The JSON of a prediction: {@code {"id", "length", "model", "method", "folds": [{"rank", "fold",
     * "probability", "hit": {"id", "identity", "score"} or null}, ...]}} with the best {@code top} folds,
     * probabilities and identities rounded to 4 decimals.
     */
    public static String json(FoldPrediction p, int top) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", p.id());
        root.put("length", p.length());
        root.put("model", p.model());
        root.put("method", p.method().label());
        ArrayNode folds = root.putArray("folds");
        for (FoldPrediction.RankedFold f : p.top(top)) {
            ObjectNode o = folds.addObject();
            o.put("rank", f.rank());
            o.put("fold", f.fold());
            o.put("probability", round(f.probability()));
            if (f.hit() == null) {
                o.putNull("hit");
            } else {
                o.putObject("hit").put("id", f.hit().id()).put("identity", round(f.hit().identity()))
                        .put("score", f.hit().score());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal round(double v) {
        return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
