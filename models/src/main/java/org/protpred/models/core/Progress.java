package org.protpred.models.core;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long loop: a progress bar on the terminal when there is one ({@code System.console() != null}), plain
 * log lines otherwise (at each further 10%, at most one line per 5 seconds and at least one per 30 seconds, plus a
 * closing line unless the whole job took under 5 seconds; good for Nextflow logs and redirected output).
 *
 * <pre>{@code
 * try (Progress p = Progress.start("features", proteins.size())) {
 *     for (...) { ...; p.step(); }
 * }
 * }</pre>
 *
 * <p>The system property {@code protpred.progress} overrides the choice: {@code bar}, {@code lines} or {@code off}.
 * Bars and lines go to standard error, keeping standard output for results.
 */
public final class Progress implements AutoCloseable {

    private static final long LINE_INTERVAL_NANOS = 30_000_000_000L;
    private static final long MIN_LINE_GAP_NANOS = 5_000_000_000L;

    private final String label;
    private final long total;
    private final Consumer<String> log;
    private final ProgressBar bar;
    private final LongSupplier clock;
    private final long startNanos;
    private long done;
    private long lastLineNanos;
    private int lastDecile;
    private int linesWritten;
    private boolean closed;

    private Progress(String label, long total, Consumer<String> log, ProgressBar bar, LongSupplier clock) {
        this.label = label;
        this.total = total;
        this.log = log;
        this.bar = bar;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.lastLineNanos = startNanos;
    }

    /** Line-mode progress with a given clock (nanoseconds), for tests. */
    static Progress lines(String label, long total, Consumer<String> log, LongSupplier clock) {
        return new Progress(label, total, log, null, clock);
    }

    /** Starts progress for {@code total} steps ({@code <= 0}: unknown), lines to standard error. */
    public static Progress start(String label, long total) {
        return start(label, total, System.err::println);
    }

    /** Starts progress; in line mode the lines go to {@code log} (the bar, when used, always draws on the terminal). */
    public static Progress start(String label, long total, Consumer<String> log) {
        String mode = System.getProperty("protpred.progress", "auto").toLowerCase(Locale.ROOT);
        boolean useBar = mode.equals("bar") || (mode.equals("auto") && System.console() != null);
        if (mode.equals("off")) {
            return new Progress(label, total, null, null, System::nanoTime);
        }
        if (useBar) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(total > 0 ? total : -1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build();
            return new Progress(label, total, null, bar, System::nanoTime);
        }
        return new Progress(label, total, log, null, System::nanoTime);
    }

    /** Progress that shows nothing (for callers that turn progress off). */
    public static Progress silent() {
        return new Progress("", 0, null, null, System::nanoTime);
    }

    /** One step done. */
    public void step() {
        stepBy(1);
    }

    /** {@code n} steps done. */
    public void stepBy(long n) {
        done += n;
        if (bar != null) {
            bar.stepBy(n);
        } else if (log != null) {
            long now = clock.getAsLong();
            int decile = total > 0 ? (int) Math.min(10, done * 10 / total) : 0;
            boolean newDecile = decile > lastDecile && decile < 10 && now - lastLineNanos >= MIN_LINE_GAP_NANOS;
            if (newDecile || now - lastLineNanos >= LINE_INTERVAL_NANOS) {
                lastDecile = Math.max(lastDecile, decile);
                lastLineNanos = now;
                linesWritten++;
                log.accept(label + ": " + (total > 0 ? (done * 100 / total) + "% (" + done + "/" + total + ")" : done + " done")
                        + String.format(Locale.ROOT, ", %.1f s", seconds(now)));
            }
        }
    }

    /** A short note shown next to the bar (e.g. the current loss); ignored in line mode. */
    public void note(String message) {
        if (bar != null) {
            bar.setExtraMessage(message);
        }
    }

    /** Steps done so far. */
    public long done() {
        return done;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (bar != null) {
            bar.close();
        } else if (log != null && (linesWritten > 0 || clock.getAsLong() - startNanos >= MIN_LINE_GAP_NANOS)) {
            log.accept(label + ": done " + done + (total > 0 ? "/" + total : "")
                    + String.format(Locale.ROOT, " in %.1f s", seconds(clock.getAsLong())));
        }
    }

    private double seconds(long now) {
        return (now - startNanos) / 1e9;
    }
}
