package org.protpred.pipeline.fold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.protpred.pipeline.align.LocalAlignment;
import org.protpred.pipeline.align.QueryProfile;

/**
 * A plain {@code main} micro benchmark (no JMH) of {@link FoldLibrary#search}, single thread, on the shipped fold
 * model's library. It exists so that changes to the alignment search can be timed and checked for identical output:
 * it prints the time per query, the time per Smith-Waterman cell (cells = query length x library domain length,
 * summed over the prefilter's candidates, counted outside the timed loop) and a SHA-256 over every hit (query, fold,
 * id, score, identity bits), which must not change when only speed changes.
 *
 * <pre>
 *   java -cp pipeline/target/test-classes:pipeline/target/classes:pipeline/target/lib/* \
 *       org.protpred.pipeline.fold.FoldSearchBench [queries=100] [warm-up=10] [hits-out.tsv]
 * </pre>
 * {@code -Dbench.breakdown=true} also times the prefilter and the score-only pass on their own;
 * {@code -Dbench.verify=N} also checks N other queries against aligning every candidate fully (slow).
 * Queries are spread evenly over {@code $PROTPRED_DATA/fold/scope207_40/astral-40-2.07.visible.fa}
 * ({@code PROTPRED_DATA} defaults to {@code /work/shared/data}); the model is
 * {@code resources/models/fold/fold-deepsf.zip} relative to the working directory.
 */
public final class FoldSearchBench {

    private FoldSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path hitsOut = args.length > 2 ? Path.of(args[2]) : null;
        String data = System.getenv().getOrDefault("PROTPRED_DATA", "/work/shared/data");
        FoldLibrary library = loadLibrary(Path.of("resources/models/fold/fold-deepsf.zip"));
        List<String> all = readFasta(Path.of(data, "fold/scope207_40/astral-40-2.07.visible.fa"));
        List<String> queries = spread(all, n);
        System.out.printf("library %d domains, %d queries (of %d), warm-up %d%n",
                library.size(), queries.size(), all.size(), warmUp);

        for (int w = 0; w < warmUp; w++) {
            library.search(queries.get(queries.size() - 1 - w % queries.size()));
        }
        List<Map<String, FoldLibrary.Hit>> results = new ArrayList<>(queries.size());
        long start = System.nanoTime();
        for (String q : queries) {
            results.add(library.search(q));
        }
        long nanos = System.nanoTime() - start;

        long cells = countCells(library, queries);
        System.out.printf("search: %.1f ms/query, %.3f ns/cell (%d cells, %.1f s total)%n",
                nanos / 1e6 / queries.size(), (double) nanos / cells, cells, nanos / 1e9);
        System.out.println("checksum " + checksum(queries, results, hitsOut));
        if (Boolean.getBoolean("bench.breakdown")) {
            breakdown(library, queries, cells);
        }
        int verify = Integer.getInteger("bench.verify", 0);
        if (verify > 0) {
            verify(library, Path.of("resources/models/fold/fold-deepsf.zip"), all, verify);
        }
    }

    /**
     * Compares {@code search} with the search as first written (every candidate aligned by
     * {@link LocalAlignment#align}, identities counted) on {@code count} more queries, picked between those timed:
     * same hits and same map iteration order, or an exception.
     */
    private static void verify(FoldLibrary library, Path zip, List<String> all, int count) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile());
                java.util.zip.GZIPInputStream gz = new java.util.zip.GZIPInputStream(
                        z.getInputStream(z.getEntry(FoldLibrary.ENTRY)))) {
            for (String line : new String(gz.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    rows.add(line.split("\t"));
                }
            }
        }
        long start = System.nanoTime();
        List<String> queries = spread(all.subList(all.size() / (2 * count), all.size()), count);
        for (String q : queries) {
            byte[] query = LocalAlignment.encode(q);
            Map<String, FoldLibrary.Hit> expected = new java.util.HashMap<>();
            Map<String, Integer> expectedIndex = new java.util.HashMap<>();
            for (int r : library.candidates(query)) {
                LocalAlignment.Result a = LocalAlignment.align(query, library.domain(r));
                String fold = rows.get(r)[1];
                FoldLibrary.Hit h = expected.get(fold);
                if (a.score() > 0 && (h == null || a.score() > h.score()
                        || a.score() == h.score() && r < expectedIndex.get(fold))) {
                    expected.put(fold, new FoldLibrary.Hit(rows.get(r)[0], fold, a.score(), a.identity()));
                    expectedIndex.put(fold, r);
                }
            }
            Map<String, FoldLibrary.Hit> actual = FoldLibraryTest.bestDomains(library.search(q));
            if (!expected.equals(actual) || !List.copyOf(expected.keySet()).equals(List.copyOf(actual.keySet()))) {
                throw new IllegalStateException("search differs from full alignment for " + q);
            }
        }
        System.out.printf("verified %d more queries against full alignment of every candidate (%.1f s)%n",
                queries.size(), (System.nanoTime() - start) / 1e9);
    }

    /** Time of the parts of a search on their own: prefilter, score-only pass over all candidates. */
    private static void breakdown(FoldLibrary library, List<String> queries, long cells) {
        long t0 = System.nanoTime();
        List<int[]> candidates = new ArrayList<>();
        for (String q : queries) {
            candidates.add(library.candidates(LocalAlignment.encode(q)));
        }
        long t1 = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < queries.size(); i++) {
            QueryProfile profile = new QueryProfile(LocalAlignment.encode(queries.get(i)));
            for (int r : candidates.get(i)) {
                sum += profile.score(library.domain(r));
            }
        }
        long t2 = System.nanoTime();
        System.out.printf("breakdown: candidates %.1f ms/query, score-only %.1f ms/query (%.3f ns/cell, sum %d)%n",
                (t1 - t0) / 1e6 / queries.size(), (t2 - t1) / 1e6 / queries.size(), (double) (t2 - t1) / cells, sum);
    }

    /** Dynamic-programming cells of the alignments {@code search} runs: query x candidate lengths. */
    private static long countCells(FoldLibrary library, List<String> queries) {
        long cells = 0;
        for (String q : queries) {
            byte[] enc = LocalAlignment.encode(q);
            for (int r : library.candidates(enc)) {
                cells += (long) enc.length * library.domain(r).length;
            }
        }
        return cells;
    }

    private static String checksum(List<String> queries, List<Map<String, FoldLibrary.Hit>> results, Path out)
            throws NoSuchAlgorithmException, IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < queries.size(); i++) {
            for (FoldLibrary.Hit h : new TreeMap<>(results.get(i)).values()) {
                text.append(i).append('\t').append(h.fold()).append('\t').append(h.id()).append('\t')
                        .append(h.score()).append('\t').append(Double.doubleToLongBits(h.identity())).append('\n');
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (out != null) {
            Files.write(out, bytes);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
    }

    private static FoldLibrary loadLibrary(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            byte[] bytes = z.getInputStream(z.getEntry(FoldLibrary.ENTRY)).readAllBytes();
            return FoldLibrary.fromBytes(bytes, zip.toString());
        }
    }

    private static List<String> readFasta(Path fasta) throws IOException {
        List<String> seqs = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : Files.readAllLines(fasta)) {
            if (line.startsWith(">")) {
                if (cur != null) {
                    seqs.add(cur.toString());
                }
                cur = new StringBuilder();
            } else if (cur != null) {
                cur.append(line.strip());
            }
        }
        if (cur != null) {
            seqs.add(cur.toString());
        }
        return seqs;
    }

    /** {@code n} records spread evenly over the file (every k-th), so that all classes are represented. */
    private static List<String> spread(List<String> all, int n) {
        List<String> out = new ArrayList<>();
        int m = Math.min(n, all.size());
        for (int i = 0; i < m; i++) {
            out.add(all.get((int) ((long) i * all.size() / m)));
        }
        return out;
    }
}
