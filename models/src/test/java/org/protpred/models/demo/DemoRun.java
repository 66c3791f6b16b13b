package org.protpred.models.demo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Function;

/** Runs a demo into a string and gives its output and last line. */
record DemoRun<R>(R result, String output) {

    static <R> DemoRun<R> of(Function<PrintWriter, R> demo) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        R result = demo.apply(out);
        out.flush();
        return new DemoRun<>(result, text.toString());
    }

    String lastLine() {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }

    /** The figure of a classifier demo's last line {@code test accuracy: 0.XXXX}. */
    double parsedAccuracy() {
        String last = lastLine();
        if (!last.matches("test accuracy: [01]\\.\\d{4}")) {
            throw new AssertionError("last line is not 'test accuracy: 0.XXXX': " + last);
        }
        return Double.parseDouble(last.substring(DemoOutput.ACCURACY_PREFIX.length()));
    }
}
