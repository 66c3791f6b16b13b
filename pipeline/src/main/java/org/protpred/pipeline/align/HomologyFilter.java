package org.protpred.pipeline.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.protpred.pipeline.protein.AminoAcids;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Finds the chains of a (training) set that are homologous to any chain of a reference (test) set, so that they can
 * be left out of training.
 *
 * <p><b>Criterion.</b> A chain is a homolog of a reference chain when their {@link LocalAlignment} (Smith-Waterman,
 * BLOSUM62, gaps 11 + k) has identity &ge; {@value #IDENTITY} (identical aligned pairs over the length of the
 * shorter chain), at least {@code min(}{@value #MIN_PAIRS}{@code , shorter length)} aligned residue pairs and a score
 * of at least {@value #MIN_SCORE}. Taking the shorter chain's length as the denominator is strict: a short chain
 * whose every residue aligns to part of a long one counts fully. The score floor keeps chance alignments out: a chain
 * of 40-60 residues reaches 25% identity against some of ~1,000 test chains by chance with scores of 25-50 (44% of a
 * PISCES sample did, before the floor), whereas 60 is about 28 bits, an E-value near 0.2 for a 200-residue chain
 * against the 985 test chains (gapped BLOSUM62 11/1: lambda 0.267, K 0.041).
 *
 * <p><b>Prefilter.</b> Aligning every pair would cost too much (5,370 x 985 chains, 3 x 10^11 cells), so only
 * candidate pairs are aligned: pairs that share a 3-residue word ({@value #K}-mer, without {@code X}) on some
 * diagonal along which the best ungapped segment scores at least {@value #MIN_UNGAPPED}. An alignment scoring 60 or
 * more nearly always holds such a segment; on a sample of 100 PISCES chains aligned exhaustively against all test
 * chains the prefilter missed none ({@code HomologyFilterDataTest} repeats the check).
 *
 * <p>Instances are immutable and thread-safe; {@link #homologs} aligns on a pool of the given number of threads.
 */
public final class HomologyFilter {

    /** Identity (over the shorter chain) from which a chain is a homolog. */
    public static final double IDENTITY = 0.25;
    /** Aligned residue pairs a homologous alignment must have (or the whole shorter chain, if shorter). */
    public static final int MIN_PAIRS = 30;
    /** Smith-Waterman score (BLOSUM62 units) a homologous alignment must reach. */
    public static final int MIN_SCORE = 60;
    /** Word length of the prefilter. */
    public static final int K = 3;
    /** Score of the best ungapped segment on a shared-word diagonal that makes a pair a candidate. */
    public static final int MIN_UNGAPPED = 35;


    /** A reference chain a chain is homologous to, and their alignment. */
    public record Hit(String referenceId, LocalAlignment.Result alignment) {
    }

    /** Counts of a run of {@link #homologs}. */
    public record Stats(int chains, int homologs, long candidatePairs, long alignedPairs, double seconds) {
    }

    /** The outcome of {@link #homologs}: per chain (in input order) its first hit, or null; and the counts. */
    public record Outcome(List<Hit> hits, Stats stats) {
    }

    private final List<String> ids;
    private final List<byte[]> sequences;
    /** Per word, the packed (reference index << 16 | position) occurrences ({@link LocalAlignment#kmerIndex}). */
    private final int[][] index;

    /** A filter against these reference chains. */
    public HomologyFilter(List<ProteinRecord> references) {
        List<String> idList = new ArrayList<>(references.size());
        List<byte[]> seqList = new ArrayList<>(references.size());
        for (ProteinRecord r : references) {
            if (r.length() >= 1 << 16) {
                throw new IllegalArgumentException(r.id() + ": reference chains must be shorter than 65,536");
            }
            idList.add(r.id());
            seqList.add(LocalAlignment.encode(r.sequence()));
        }
        this.ids = List.copyOf(idList);
        this.sequences = List.copyOf(seqList);
        this.index = LocalAlignment.kmerIndex(seqList, K);
    }

    /** Number of reference chains. */
    public int references() {
        return ids.size();
    }

    /** Whether an alignment makes two chains homologs (see the class comment). */
    public static boolean isHomolog(LocalAlignment.Result a) {
        return a.identity() >= IDENTITY && a.pairs() >= Math.min(MIN_PAIRS, a.shorter()) && a.pairs() > 0
                && a.score() >= MIN_SCORE;
    }

    /** The first reference chain {@code sequence} is a homolog of (best candidates first), or null. */
    public Hit firstHit(String sequence) {
        return search(LocalAlignment.encode(sequence), null, null);
    }

    /**
     * The hit of every chain, searched on {@code threads} threads.
     *
     * @return per chain in input order its first hit or null, with the counts
     */
    public Outcome homologs(List<ProteinRecord> chains, int threads) {
        long start = System.nanoTime();
        Hit[] hits = new Hit[chains.size()];
        AtomicLong candidates = new AtomicLong();
        AtomicLong aligned = new AtomicLong();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, chains.size()).parallel().forEach(n -> hits[n] =
                    search(LocalAlignment.encode(chains.get(n).sequence()), candidates, aligned))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        int found = 0;
        for (Hit h : hits) {
            if (h != null) {
                found++;
            }
        }
        return new Outcome(Arrays.asList(hits), new Stats(chains.size(), found, candidates.get(), aligned.get(),
                (System.nanoTime() - start) / 1e9));
    }

    /**
     * The reference chains that pass the prefilter for {@code query}, best ungapped segment first: every diagonal
     * on which the two chains share a {@value #K}-mer is scanned for its best ungapped segment (maximum-sum run of
     * BLOSUM62 scores), and a reference is a candidate when some segment scores at least {@value #MIN_UNGAPPED}.
     */
    int[] candidates(byte[] query) {
        int n = ids.size();
        int lq = query.length;
        int[] offset = new int[n + 1];
        for (int r = 0; r < n; r++) {
            offset[r + 1] = offset[r] + sequences.get(r).length + lq + 1;
        }
        boolean[] seen = new boolean[offset[n]];
        int[] best = new int[n];
        for (int q = 0; q + K <= lq; q++) {
            int w = LocalAlignment.kmer(query, q, K);
            if (w < 0) {
                continue;
            }
            for (int packed : index[w]) {
                int r = packed >>> 16;
                if (best[r] >= MIN_UNGAPPED) {
                    continue;
                }
                int p = packed & 0xFFFF;
                int at = offset[r] + p - q + lq;
                if (seen[at]) {
                    continue;
                }
                seen[at] = true;
                best[r] = Math.max(best[r], LocalAlignment.bestUngapped(query, sequences.get(r), p - q));
            }
        }
        return IntStream.range(0, n).filter(r -> best[r] >= MIN_UNGAPPED).boxed()
                .sorted((x, y) -> Integer.compare(best[y], best[x])).mapToInt(Integer::intValue).toArray();
    }

    private Hit search(byte[] query, AtomicLong candidateCount, AtomicLong alignedCount) {
        int[] candidates = candidates(query);
        if (candidateCount != null) {
            candidateCount.addAndGet(candidates.length);
        }
        for (int r : candidates) {
            LocalAlignment.Result a = LocalAlignment.align(query, sequences.get(r));
            if (alignedCount != null) {
                alignedCount.incrementAndGet();
            }
            if (isHomolog(a)) {
                return new Hit(ids.get(r), a);
            }
        }
        return null;
    }
}
