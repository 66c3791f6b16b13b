package org.protpred.models.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void lineModeReportsEachTenPercentAtMostEveryFiveSeconds() {
        AtomicLong now = new AtomicLong();
        List<String> lines = new ArrayList<>();
        try (Progress p = Progress.lines("features", 20, lines::add, now::get)) {
            for (int i = 0; i < 20; i++) {
                now.addAndGet(3 * SECOND);
                p.step();
            }
        }
        // a line at the first step at least 5 s after the previous line that reaches a new 10%
        assertEquals(List.of(
                "features: 10% (2/20), 6.0 s",
                "features: 20% (4/20), 12.0 s",
                "features: 30% (6/20), 18.0 s",
                "features: 40% (8/20), 24.0 s",
                "features: 50% (10/20), 30.0 s",
                "features: 60% (12/20), 36.0 s",
                "features: 70% (14/20), 42.0 s",
                "features: 80% (16/20), 48.0 s",
                "features: 90% (18/20), 54.0 s",
                "features: done 20/20 in 60.0 s"), lines);
    }

    @Test
    void quickJobsStaySilentAndSlowUnknownTotalsReportEveryThirtySeconds() {
        AtomicLong now = new AtomicLong();
        List<String> lines = new ArrayList<>();
        try (Progress p = Progress.lines("quick", 1000, lines::add, now::get)) {
            for (int i = 0; i < 1000; i++) {
                p.step();
            }
        }
        assertEquals(List.of(), lines);
        try (Progress p = Progress.lines("open", 0, lines::add, now::get)) {
            for (int i = 0; i < 7; i++) {
                now.addAndGet(10 * SECOND);
                p.step();
            }
        }
        assertEquals(List.of("open: 3 done, 30.0 s", "open: 6 done, 60.0 s", "open: done 7 in 70.0 s"), lines);
    }
}
