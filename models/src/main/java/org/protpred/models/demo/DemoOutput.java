package org.protpred.models.demo;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Formatting shared by the demos; classifier demos end their output with {@code test accuracy: 0.XXXX}. */
public final class DemoOutput {

    /** Prefix of the last line of every classifier demo. */
    public static final String ACCURACY_PREFIX = "test accuracy: ";

    private DemoOutput() {
    }

    /** Prints {@code test accuracy: 0.XXXX} and flushes. */
    public static void printAccuracy(PrintWriter out, double accuracy) {
        out.println(ACCURACY_PREFIX + String.format(Locale.ROOT, "%.4f", accuracy));
        out.flush();
    }

    /** Fraction of equal positions. */
    public static double accuracy(int[] predicted, int[] truth) {
        return org.protpred.models.data.Labels.accuracy(predicted, truth);
    }

    /** {@code [1.2345, -0.5000]} */
    public static String format(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.4f", v))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
