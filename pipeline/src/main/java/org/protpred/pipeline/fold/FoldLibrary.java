package org.protpred.pipeline.fold;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.align.LocalAlignment;
import org.protpred.pipeline.align.QueryProfile;
import org.protpred.pipeline.protein.AminoAcids;

/**
 * The alignment evidence of a fold model: the training domains (id, fold, sequence) and a nearest-neighbour search
 * among them. For a query, every library domain that shares a {@value #K}-mer (without {@code X}) with it on some
 * diagonal gets the best ungapped BLOSUM62 segment score over those diagonals; the {@link #maxCandidates()} best
 * ({@value #MAX_CANDIDATES} unless {@link #withMaxCandidates} says otherwise; a fold model records its own depth)
 * domains whose segment scores at least {@value #MIN_UNGAPPED} are aligned with {@link LocalAlignment}
 * (Smith-Waterman, BLOSUM62, gaps 11 + k), and each fold keeps its best-scoring domain ({@link Hit}: score, identity
 * over the shorter chain, aligned pairs). Ties go to the domain first in the library, so the search is deterministic.
 *
 * <p>Stored in the model file as the entry {@value #ENTRY}: gzip-compressed lines {@code id TAB fold TAB sequence}.
 * Instances are immutable and thread-safe; {@link #searchAll} spreads queries over threads.
 */
public final class FoldLibrary {

    /** Name of the model-file entry. */
    public static final String ENTRY = "fold-library.tsv.gz";
    /** Word length of the prefilter. */
    public static final int K = 3;
    /** Best ungapped segment score on a shared-word diagonal that makes a library domain a candidate. */
    public static final int MIN_UNGAPPED = 20;
    /** Most candidates aligned per query (best ungapped segments first) unless set otherwise. */
    public static final int MAX_CANDIDATES = 200;


    /** Karlin-Altschul lambda of BLOSUM62 with gaps 11 + k (Altschul and Gish 1996). */
    public static final double LAMBDA = 0.267;
    /** Karlin-Altschul K of BLOSUM62 with gaps 11 + k. */
    public static final double KARLIN_K = 0.041;

    /**
     * The best library domain of one fold for a query, and what the search saw of the fold's other domains.
     *
     * @param id             library domain
     * @param fold           its fold
     * @param score          Smith-Waterman score (BLOSUM62 units)
     * @param identity       identical aligned pairs over the shorter chain's length
     * @param evidence       the fold's strongest pair evidence: {@code -ln E} of one query-domain pair,
     *                       {@code LAMBDA * score - ln(KARLIN_K * m * n)} for query length m and domain length n,
     *                       maximised over the fold's aligned domains (so a short domain's hit counts for more than a
     *                       long one's of the same score)
     * @param secondEvidence the same for the fold's second domain, {@code NEGATIVE_INFINITY} if only one was aligned
     * @param domains        the fold's domains aligned with a positive score
     */
    public record Hit(String id, String fold, int score, double identity, double evidence, double secondEvidence,
                      int domains) {

        /** A hit known only by its best domain (as a ranking file shows it): evidence unknown. */
        public Hit(String id, String fold, int score, double identity) {
            this(id, fold, score, identity, Double.NaN, Double.NEGATIVE_INFINITY, 1);
        }
    }

    /** {@code -ln E} of one pair: {@code LAMBDA * score - ln(KARLIN_K * queryLength * domainLength)}. */
    public static double pairEvidence(int score, int queryLength, int domainLength) {
        return LAMBDA * score - Math.log(KARLIN_K * (double) queryLength * domainLength);
    }

    private final List<String> ids;
    private final List<String> folds;
    private final List<String> sequences;
    private final List<byte[]> encoded;
    private final int[][] index;
    private final Map<String, Integer> foldCounts;
    private final ThreadLocal<PrefilterScratch> scratch;
    private final int maxCandidates;

    /** A library of domains (three lists of equal size), aligning {@value #MAX_CANDIDATES} candidates per query. */
    public FoldLibrary(List<String> ids, List<String> folds, List<String> sequences) {
        this.maxCandidates = MAX_CANDIDATES;
        if (ids.size() != folds.size() || ids.size() != sequences.size()) {
            throw new IllegalArgumentException("ids, folds and sequences differ in number");
        }
        this.ids = List.copyOf(ids);
        this.folds = List.copyOf(folds);
        this.sequences = List.copyOf(sequences);
        List<byte[]> enc = new ArrayList<>(ids.size());
        Map<String, Integer> perFold = new HashMap<>();
        for (int r = 0; r < ids.size(); r++) {
            if (sequences.get(r).length() >= 1 << 16) {
                throw new IllegalArgumentException(ids.get(r) + ": library domains must be shorter than 65,536");
            }
            enc.add(LocalAlignment.encode(sequences.get(r)));
            perFold.merge(folds.get(r), 1, Integer::sum);
        }
        int[][] idx = LocalAlignment.kmerIndex(enc, K);
        if (ids.size() >= 1 << 15) {
            throw new IllegalArgumentException("a library holds fewer than 32,768 domains");
        }
        this.encoded = List.copyOf(enc);
        this.index = idx;
        this.foldCounts = Map.copyOf(perFold);
        int n = ids.size();
        this.scratch = ThreadLocal.withInitial(() -> new PrefilterScratch(n));
    }

    /** The same library aligning at most {@code maxCandidates} prefiltered domains per query (at least 1). */
    public FoldLibrary withMaxCandidates(int maxCandidates) {
        return maxCandidates == this.maxCandidates ? this : new FoldLibrary(this, maxCandidates);
    }

    /** Domains aligned per query at most. */
    public int maxCandidates() {
        return maxCandidates;
    }

    private FoldLibrary(FoldLibrary other, int maxCandidates) {
        if (maxCandidates < 1) {
            throw new IllegalArgumentException("at least one candidate per query, got " + maxCandidates);
        }
        this.ids = other.ids;
        this.folds = other.folds;
        this.sequences = other.sequences;
        this.encoded = other.encoded;
        this.index = other.index;
        this.foldCounts = other.foldCounts;
        int n = ids.size();
        this.scratch = ThreadLocal.withInitial(() -> new PrefilterScratch(n));
        this.maxCandidates = maxCandidates;
    }

    /** Number of domains. */
    public int size() {
        return ids.size();
    }

    /** Library domain {@code r}, {@link LocalAlignment#encode encoded} (shared: do not modify; for benchmarks). */
    byte[] domain(int r) {
        return encoded.get(r);
    }

    /** Library domains per fold. */
    public int count(String fold) {
        return foldCounts.getOrDefault(fold, 0);
    }

    /** The library as the bytes of its model-file entry (gzip of {@code id TAB fold TAB sequence} lines). */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < ids.size(); r++) {
                sb.append(ids.get(r)).append('\t').append(folds.get(r)).append('\t').append(sequences.get(r))
                        .append('\n');
            }
            gz.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads the bytes of {@link #toBytes}. @throws InputException naming {@code source} when they are damaged */
    public static FoldLibrary fromBytes(byte[] data, String source) {
        String text;
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(data))) {
            text = new String(gz.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(source + ": damaged model file (alignment library " + ENTRY + ": "
                    + e.getMessage() + ")");
        }
        List<String> ids = new ArrayList<>();
        List<String> folds = new ArrayList<>();
        List<String> seqs = new ArrayList<>();
        int line = 0;
        for (String l : text.split("\n")) {
            line++;
            if (l.isEmpty()) {
                continue;
            }
            String[] f = l.split("\t");
            if (f.length != 3 || f[2].isEmpty()) {
                throw new InputException(source + ": damaged model file (alignment library line " + line + ")");
            }
            ids.add(f[0]);
            folds.add(f[1]);
            seqs.add(f[2]);
        }
        return new FoldLibrary(ids, folds, seqs);
    }

    /**
     * The best hit of every fold with a hit for {@code sequence}, by fold.
     *
     * <p>Every candidate is scored with {@link QueryProfile#score} (score only); the alignment that also counts
     * identities ({@link QueryProfile#align}, the same as {@link LocalAlignment#align}) runs once per fold, on the
     * winner only, since only the winner's identity is reported. Both give the same score, so the winners, and the
     * hits, are those of aligning every candidate fully.
     */
    public Map<String, Hit> search(String sequence) {
        byte[] query = LocalAlignment.encode(sequence);
        QueryProfile profile = new QueryProfile(query);
        // insertion order = the order in which folds first get a hit, so the returned HashMap is built exactly as
        // when hits were put candidate by candidate (same iteration order for callers)
        Map<String, FoldSoFar> perFold = new LinkedHashMap<>();
        for (int r : candidates(profile)) {
            int score = profile.score(encoded.get(r));
            if (score > 0) {
                double evidence = pairEvidence(score, query.length, encoded.get(r).length);
                perFold.computeIfAbsent(folds.get(r), f -> new FoldSoFar())
                        .add(r, score, profile.lastScoreEnd(), evidence);
            }
        }
        Map<String, Hit> best = new HashMap<>();
        for (Map.Entry<String, FoldSoFar> e : perFold.entrySet()) {
            FoldSoFar f = e.getValue();
            LocalAlignment.Result a = profile.align(encoded.get(f.index), f.score, f.end);
            best.put(e.getKey(), new Hit(ids.get(f.index), e.getKey(), a.score(), a.identity(), f.first, f.second,
                    f.domains));
        }
        return best;
    }

    /**
     * What the search saw of one fold so far: its best-scoring domain (score, index, {@link QueryProfile#lastScoreEnd};
     * ties to the domain first in the library), its two strongest pair evidences and the domains aligned.
     */
    private static final class FoldSoFar {
        int score;
        int index = -1;
        int end;
        double first = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        int domains;

        void add(int r, int score, int end, double evidence) {
            if (index < 0 || score > this.score || score == this.score && r < index) {
                this.score = score;
                this.index = r;
                this.end = end;
            }
            domains++;
            if (evidence > first) {
                second = first;
                first = evidence;
            } else if (evidence > second) {
                second = evidence;
            }
        }
    }

    /** {@link #search} of every sequence, in order, on {@code threads} threads. */
    public List<Map<String, Hit>> searchAll(List<String> queries, int threads) {
        @SuppressWarnings("unchecked")
        Map<String, Hit>[] out = new Map[queries.size()];
        if (threads <= 1 || queries.size() < 2) {
            for (int n = 0; n < out.length; n++) {
                out[n] = search(queries.get(n));
            }
            return Arrays.asList(out);
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, out.length).parallel()
                    .forEach(n -> out[n] = search(queries.get(n)))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return Arrays.asList(out);
    }

    /**
     * Library domains that pass the prefilter for {@code query}, best ungapped segment first (ties: library order),
     * at most {@link #maxCandidates()}.
     */
    int[] candidates(byte[] query) {
        return candidates(new QueryProfile(query));
    }

    /**
     * {@link #candidates(byte[])} for a query already profiled. Runs in the calling thread's {@link PrefilterScratch}
     * (no per-query allocation of per-domain arrays) and orders the passing domains by one {@code long} key each
     * (no boxing).
     */
    private int[] candidates(QueryProfile profile) {
        byte[] query = profile.query();
        int n = ids.size();
        int lq = query.length;
        PrefilterScratch scratch = this.scratch.get();
        int[] best = scratch.best;
        // diagonals already scanned, per library domain r: a bit set over (p - q + lq) at seen[offset[r]...]
        long[] seen = scratch.clearedSeen(encoded, lq);
        int[] offset = scratch.offset;
        for (int q = 0; q + K <= lq; q++) {
            int w = LocalAlignment.kmer(query, q, K);
            if (w < 0) {
                continue;
            }
            for (int packed : index[w]) {
                int r = packed >>> 16;
                int p = packed & 0xFFFF;
                int diagonal = p - q + lq;
                int word = offset[r] + (diagonal >>> 6);
                long bit = 1L << (diagonal & 63);
                if ((seen[word] & bit) != 0) {
                    continue;
                }
                seen[word] |= bit;
                best[r] = Math.max(best[r], profile.bestUngapped(encoded.get(r), p - q));
            }
        }
        return strongest(best, n, maxCandidates);
    }

    /**
     * The domains with {@code best[r] >= MIN_UNGAPPED}, highest first and by index on ties, at most
     * {@code limit}; resets {@code best} to zeros for the next query. Each domain is sorted as the key
     * {@code (MAX_VALUE - best) << 32 | r}, whose ascending order is exactly that order.
     */
    private static int[] strongest(int[] best, int n, int limit) {
        int count = 0;
        for (int r = 0; r < n; r++) {
            if (best[r] >= MIN_UNGAPPED) {
                count++;
            }
        }
        long[] keys = new long[count];
        int k = 0;
        for (int r = 0; r < n; r++) {
            if (best[r] >= MIN_UNGAPPED) {
                keys[k++] = (long) (Integer.MAX_VALUE - best[r]) << 32 | r;
            }
            best[r] = 0;
        }
        Arrays.sort(keys);
        int[] out = new int[Math.min(count, limit)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) keys[i];
        }
        return out;
    }

    /**
     * Buffers of {@link #candidates} for one thread, reused from query to query: the prefilter touches every library
     * domain, and allocating per-domain arrays for each query cost more than the scanning itself.
     */
    private static final class PrefilterScratch {

        /** Best ungapped segment per domain; all zeros between queries. */
        final int[] best;
        /** Start of each domain's diagonal bit set in {@link #seen} (n + 1 entries). */
        final int[] offset;
        /** Largest bit-set array kept between queries: 8 MiB (about 6,000 residues of query on SCOPe's library). */
        private static final int KEPT_WORDS = 1 << 20;
        private long[] seen = new long[0];

        PrefilterScratch(int n) {
            best = new int[n];
            offset = new int[n + 1];
        }

        /**
         * The diagonal bit sets for a query of length {@code lq}, laid out in {@link #offset} and all clear. The
         * array is kept for the next query only up to {@link #KEPT_WORDS}, so that one very long query does not pin
         * tens of megabytes to the thread for good.
         */
        long[] clearedSeen(List<byte[]> encoded, int lq) {
            for (int r = 0; r < encoded.size(); r++) {
                offset[r + 1] = offset[r] + ((encoded.get(r).length + lq + 64) >>> 6);
            }
            int words = offset[encoded.size()];
            if (seen.length >= words) {
                Arrays.fill(seen, 0, words, 0L);
                return seen;
            }
            long[] fresh = new long[words];
            if (words <= KEPT_WORDS) {
                seen = fresh;
            }
            return fresh;
        }
    }
}
