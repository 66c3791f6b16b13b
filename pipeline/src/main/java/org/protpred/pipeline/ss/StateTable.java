package org.protpred.pipeline.ss;

import java.util.List;
import java.util.Locale;
import org.protpred.models.core.metrics.ConfusionMatrix;

/** The per-state part of the 3- and 8-state evaluation reports: precision, recall, MCC and the confusion matrix. */
final class StateTable {

    private StateTable() {
    }

    /** Appends the per-state table and the confusion matrix headed {@code matrixTitle}. */
    static void append(StringBuilder sb, ConfusionMatrix confusion, String matrixTitle) {
        sb.append("  state  precision  recall  MCC\n");
        List<String> names = confusion.labels();
        for (int c = 0; c < names.size(); c++) {
            sb.append(String.format(Locale.ROOT, "  %-5s  %9s  %6s  %s%n", names.get(c),
                    fraction(confusion.precision(c)), fraction(confusion.recall(c)),
                    fraction(confusion.matthews(c))));
        }
        sb.append("  ").append(matrixTitle).append(" (rows observed, columns predicted):\n");
        for (String line : confusion.format().split("\n")) {
            sb.append("    ").append(line).append('\n');
        }
    }

    private static String fraction(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
