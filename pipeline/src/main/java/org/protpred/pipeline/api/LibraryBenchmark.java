package org.protpred.pipeline.api;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.protpred.pipeline.io.FastaReader;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Start-up and per-call cost of the library (used by {@code bin/bench-library}), in a fresh JVM: the time to
 * {@link ProtPred#bundled()} and the first {@link ProtPred#predict}, then, after {@value #WARM_UP} warm-up calls, the
 * median and 90th percentile over N calls of each predictor alone and of {@code predict} (all three).
 *
 * <p>Usage: {@code LibraryBenchmark FASTA [N]}; the first record of the FASTA file is the protein (default N 50).
 */
public final class LibraryBenchmark {

    static final int WARM_UP = 5;

    private LibraryBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: LibraryBenchmark FASTA [CALLS]");
            System.exit(2);
        }
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getUptime();
        ProteinRecord r = FastaReader.readAll(Path.of(args[0])).get(0);
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        String id = r.id();
        String seq = r.sequence();

        long t0 = System.nanoTime();
        ProtPred protpred = ProtPred.bundled();
        long t1 = System.nanoTime();
        protpred.predict(id, seq);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "protein %s, %d residues; %d cores, load average %.1f, OMP_NUM_THREADS=%s%n",
                id, seq.length(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"));
        System.out.printf(Locale.ROOT, "start-up: JVM to main %.2f s, ProtPred.bundled() %.2f s, first predict %.2f s, "
                + "total %.2f s%n", jvmStartMs / 1e3, (t1 - t0) / 1e9, (t2 - t1) / 1e9, jvmStartMs / 1e3
                + (t2 - t0) / 1e9);

        time("secondary structure", calls, () -> protpred.secondaryStructure().predict(seq));
        time("fold (combined)", calls, () -> protpred.fold().classify(seq));
        time("contacts", calls, () -> protpred.contacts().predict(seq));
        time("predict (all three)", calls, () -> protpred.predict(id, seq));
    }

    private static void time(String what, int calls, Supplier<?> call) {
        for (int k = 0; k < WARM_UP; k++) {
            call.get();
        }
        double[] ms = new double[calls];
        for (int k = 0; k < calls; k++) {
            long t = System.nanoTime();
            call.get();
            ms[k] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-20s median %8.1f ms, p90 %8.1f ms (%d calls after %d warm-up)%n", what,
                ms[calls / 2], ms[Math.min(calls - 1, (int) Math.ceil(0.9 * calls) - 1)], calls, WARM_UP);
        System.out.flush();
    }
}
