package org.protpred.pipeline.ss;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Text forms of a {@link SsPrediction}: PSIPRED's vertical ({@code .ss2}) and horizontal ({@code .horiz}) formats
 * (Jones 1999), FASTA records of the 3-state and (8-state predictions) the 8-state string, and JSON.
 */
public final class SsWriters {

    /** Keeps BigDecimals as given, so that every probability prints with its 4 decimals (0.0270, not 0.027). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    /** Residues per block of the horizontal format. */
    public static final int BLOCK = 60;

    private SsWriters() {
    }

    /**
     * PSIPRED VFORMAT: the header {@code # PSIPRED VFORMAT (protpred VERSION)}, a blank line, then per residue
     * {@code %4d %c %c  %6.3f %6.3f %6.3f}: 1-based index, residue, predicted state (C/H/E), P(C), P(H), P(E).
     */
    public static String ss2(SsPrediction p, String version) {
        StringBuilder sb = new StringBuilder(64 + 36 * p.length());
        sb.append("# PSIPRED VFORMAT (protpred ").append(version).append(")\n\n");
        String states = p.states();
        for (int i = 0; i < p.length(); i++) {
            String index = Integer.toString(i + 1);
            sb.append("    ", Math.min(4, index.length()), 4).append(index).append(' ')
                    .append(p.sequence().charAt(i)).append(' ').append(states.charAt(i)).append(' ');
            for (int state : new int[] {SsLabels.C, SsLabels.H, SsLabels.E}) {
                sb.append(' ');
                appendFixed3(sb, p.probability(i, state));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Appends what {@code String.format(Locale.ROOT, "%6.3f", v)} gives, without a {@link java.util.Formatter} (one
     * per residue and state made writing the {@code .ss2} files cost as much as the networks' forward pass): the
     * shortest decimal form of {@code v} rounded half up to 3 places, as the Formatter rounds, right-aligned in 6
     * characters. Values below 0, infinite or NaN (no probability) go through the Formatter.
     */
    static void appendFixed3(StringBuilder sb, float v) {
        if (!(v >= 0) || Float.isInfinite(v)) {
            sb.append(String.format(Locale.ROOT, "%6.3f", v));
            return;
        }
        String digits = new BigDecimal(Double.toString(v)).setScale(3, RoundingMode.HALF_UP).toPlainString();
        sb.append("      ", Math.min(6, digits.length()), 6).append(digits);
    }

    /**
     * PSIPRED HFORMAT: the header {@code # PSIPRED HFORMAT (protpred VERSION)} and a blank line, then per block of
     * {@value #BLOCK} residues the lines {@code Conf: } (confidence digits 0-9, {@link SsPrediction#confidence}),
     * {@code Pred: } (states), {@code   AA: } (residues), a ruler with the position of every tenth residue
     * right-aligned above it, and a blank line.
     */
    public static String horiz(SsPrediction p, String version) {
        StringBuilder sb = new StringBuilder();
        sb.append("# PSIPRED HFORMAT (protpred ").append(version).append(")\n\n");
        String states = p.states();
        for (int start = 0; start < p.length(); start += BLOCK) {
            int end = Math.min(p.length(), start + BLOCK);
            sb.append("Conf: ");
            for (int i = start; i < end; i++) {
                sb.append((char) ('0' + p.confidence(i)));
            }
            sb.append("\nPred: ").append(states, start, end);
            sb.append("\n  AA: ").append(p.sequence(), start, end);
            sb.append("\n      ");
            for (int pos = start + 10; pos <= end; pos += 10) {
                sb.append(String.format(Locale.ROOT, "%10d", pos));
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    /** A FASTA record of the predicted states, 60 per line. */
    public static String fasta(SsPrediction p) {
        return fasta(p.id(), p.states());
    }

    /** A FASTA record of the predicted 8 DSSP states, 60 per line. @throws IllegalStateException for 3 states */
    public static String fasta8(SsPrediction p) {
        return fasta(p.id(), p.eightStates());
    }

    private static String fasta(String id, String s) {
        StringBuilder sb = new StringBuilder(">").append(id).append('\n');
        for (int i = 0; i < s.length(); i += BLOCK) {
            sb.append(s, i, Math.min(s.length(), i + BLOCK)).append('\n');
        }
        return sb.toString();
    }

    /**
     * JSON: {@code {"id":..., "sequence":..., "states":..., "labels":["H","E","C"],
     * "probabilities":[[pH,pE,pC], ...]}} with probabilities to 4 decimals, one residue per array. An 8-state
     * prediction adds {@code "states8":..., "labels8":["H","G","I","E","B","T","S","C"],
     * "probabilities8":[[pH,pG,pI,pE,pB,pT,pS,pC], ...]} (the 3-state probabilities are their sums). Written by
     * Jackson on one line, followed by a newline.
     */
    public static String json(SsPrediction p) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", p.id()).put("sequence", p.sequence()).put("states", p.states());
        ArrayNode labels = root.putArray("labels");
        SsLabels.NAMES.forEach(labels::add);
        ArrayNode rows = root.putArray("probabilities");
        for (int i = 0; i < p.length(); i++) {
            rows.addArray().add(fixed4(p.probability(i, SsLabels.H))).add(fixed4(p.probability(i, SsLabels.E)))
                    .add(fixed4(p.probability(i, SsLabels.C)));
        }
        if (p.hasEightStates()) {
            root.put("states8", p.eightStates());
            ArrayNode labels8 = root.putArray("labels8");
            SsLabels.NAMES8.forEach(labels8::add);
            ArrayNode rows8 = root.putArray("probabilities8");
            for (int i = 0; i < p.length(); i++) {
                ArrayNode row = rows8.addArray();
                for (int k = 0; k < SsLabels.NAMES8.size(); k++) {
                    row.add(fixed4(p.probability8(i, k)));
                }
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A probability as a JSON number with exactly 4 decimals (as {@code %.4f} prints it). */
    private static BigDecimal fixed4(float v) {
        return new BigDecimal(String.format(Locale.ROOT, "%.4f", v));
    }
}
