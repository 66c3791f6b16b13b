package org.protpred.pipeline.features;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.protpred.pipeline.protein.Alignment;
import org.protpred.pipeline.protein.AminoAcids;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Benchmark of pair feature extraction ({@code bin/bench-data pairs}): a synthetic chain of {@code L} residues
 * (default 1,000) with a synthetic alignment of {@code N} rows (default 1,000; each row the query with 40% of its
 * positions mutated, a fifth of those to gaps), through the {@code contacts} spec, all blocks consumed. Prints the
 * seconds of each stage and the peak heap use (sum of the heap pools' peaks). Usage:
 * {@code java -cp ... org.protpred.pipeline.features.PairFeatureBenchmark [L] [N] [seed]}.
 */
public final class PairFeatureBenchmark {

    private PairFeatureBenchmark() {
    }

    public static void main(String[] args) {
        int l = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        ProteinRecord r = synthetic(l, n, seed);
        FeatureSpec spec = FeatureSpec.contacts();
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        AlignmentStatistics st = AlignmentStatistics.of(r.alignment(), r.sequence(), AlignmentStatistics.DEFAULT_IDENTITY);
        long t1 = System.nanoTime();
        Coevolution.miApc(st, 0.0);
        long t2 = System.nanoTime();
        PairFeatureStream s = new PairFeatureStream(r, spec);
        long t3 = System.nanoTime();
        double checksum = 0;
        long rows = 0;
        int blocks = 0;
        while (s.hasNext()) {
            PairBlock b = s.next();
            checksum += b.values()[b.values().length - 1];
            rows += b.size();
            blocks++;
        }
        long t4 = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "pair features: L=%d, N=%d sequences (Neff %.1f), spec contacts: %d columns"
                + " per pair%n", l, n, st.neff(), spec.pairWidth());
        System.out.printf(Locale.ROOT, "  sequence weights (80%% identity)      %7.2f s%n", (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "  MI-APC (L x L)                        %7.2f s%n", (t2 - t1) / 1e9);
        System.out.printf(Locale.ROOT, "  stream set-up (residues + weights + MI-APC again) %7.2f s%n", (t3 - t2) / 1e9);
        System.out.printf(Locale.ROOT, "  %d pair rows in %d blocks of <= %d    %7.2f s (%.0f rows/s)%n", rows, blocks,
                s.blockSize(), (t4 - t3) / 1e9, rows / ((t4 - t3) / 1e9));
        System.out.printf(Locale.ROOT, "  total stream (set-up + rows)          %7.2f s%n", (t4 - t2) / 1e9);
        System.out.printf(Locale.ROOT, "  peak heap %.0f MB (all rows at once would be %.0f MB); max heap %.0f MB;"
                + " checksum %.3f%n", peak / 1e6, rows * (double) spec.pairWidth() * 4 / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, checksum);
    }

    /** A random query of length {@code l} and {@code n} mutated copies as its alignment. */
    static ProteinRecord synthetic(int l, int n, long seed) {
        Random rnd = new Random(seed);
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < l; i++) {
            q.append(AminoAcids.ALPHABET.charAt(rnd.nextInt(20)));
        }
        List<String> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        rows.add(q.toString());
        ids.add("query");
        for (int s = 1; s < n; s++) {
            StringBuilder b = new StringBuilder(q);
            for (int i = 0; i < l; i++) {
                if (rnd.nextDouble() < 0.4) {
                    b.setCharAt(i, rnd.nextDouble() < 0.2 ? '-' : AminoAcids.ALPHABET.charAt(rnd.nextInt(20)));
                }
            }
            rows.add(b.toString());
            ids.add("seq" + s);
        }
        return ProteinRecord.of("synthetic" + l, q.toString()).withAlignment(new Alignment(ids, rows, "synthetic"));
    }
}
