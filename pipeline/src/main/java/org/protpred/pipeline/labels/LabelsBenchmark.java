package org.protpred.pipeline.labels;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.protpred.pipeline.io.StructureChain;
import org.protpred.pipeline.io.StructureReader;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Times the true-label pipeline on a folder of structures (used by {@code bin/bench-data}): parsing, DSSP and the
 * contact map of every {@code .pdb}/{@code .cif} file (optionally {@code .gz}), stage by stage, then prints the
 * seconds per stage and the peak Java heap.
 *
 * <p>Usage: {@code LabelsBenchmark FOLDER [REPEATS]}; the first pass warms the JVM up and is not counted when
 * REPEATS is above 1.
 */
public final class LabelsBenchmark {

    private LabelsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LabelsBenchmark FOLDER [REPEATS]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().matches(".*\\.(pdb|ent|cif|mmcif)(\\.gz)?")).sorted()
                    .toList();
        }
        long parseNs = 0;
        long dsspNs = 0;
        long contactNs = 0;
        long residues = 0;
        long contacts = 0;
        for (int pass = 0; pass < repeats; pass++) {
            boolean counted = pass > 0 || repeats == 1;
            for (Path f : files) {
                long t0 = System.nanoTime();
                StructureChain chain = StructureReader.read(f);
                long t1 = System.nanoTime();
                String ss8 = DsspCalculator.eightState(chain);
                long t2 = System.nanoTime();
                ProteinRecord r = chain.observedRecord();
                ContactMap map = ContactMap.of(r);
                long n = map.contacts(ContactRange.MIN_SEPARATION).count();
                long t3 = System.nanoTime();
                if (counted) {
                    parseNs += t1 - t0;
                    dsspNs += t2 - t1;
                    contactNs += t3 - t2;
                    residues += ss8.length();
                    contacts += n;
                }
            }
        }
        int counted = repeats == 1 ? 1 : repeats - 1;
        System.out.printf(Locale.ROOT, "structures         %d (x%d timed passes), %d residues, %d contacts (sep >= 6)%n",
                files.size(), counted, residues / counted, contacts / counted);
        System.out.printf(Locale.ROOT, "parse              %.2f s per pass%n", parseNs / 1e9 / counted);
        System.out.printf(Locale.ROOT, "dssp               %.2f s per pass%n", dsspNs / 1e9 / counted);
        System.out.printf(Locale.ROOT, "contact maps       %.2f s per pass%n", contactNs / 1e9 / counted);
        System.out.printf(Locale.ROOT, "total              %.2f s per pass%n",
                (parseNs + dsspNs + contactNs) / 1e9 / counted);
        System.out.printf(Locale.ROOT, "peak heap          %.0f MiB%n", peakHeapBytes() / 1048576.0);
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
