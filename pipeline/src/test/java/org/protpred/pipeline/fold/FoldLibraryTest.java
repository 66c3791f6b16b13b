package org.protpred.pipeline.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.align.LocalAlignment;

/** The alignment search finds a planted homolog among random domains, deterministically, and round-trips. */
class FoldLibraryTest {

    private static final String AMINO = "ACDEFGHIKLMNPQRSTVWY";

    private static String random(Random r, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(AMINO.charAt(r.nextInt(20)));
        }
        return s.toString();
    }

    /** {@code s} with about {@code rate} of its residues changed at random and a few residues deleted. */
    private static String mutate(Random r, String s, double rate) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i % 37 == 20) {
                continue;   // a deletion now and then
            }
            out.append(r.nextDouble() < rate ? AMINO.charAt(r.nextInt(20)) : s.charAt(i));
        }
        return out.toString();
    }

    private static FoldLibrary library(Random r, String planted) {
        List<String> ids = new ArrayList<>();
        List<String> folds = new ArrayList<>();
        List<String> seqs = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            ids.add("d" + k);
            folds.add("f." + (k % 30));
            seqs.add(k == 123 ? planted : random(r, 60 + r.nextInt(200)));
        }
        return new FoldLibrary(ids, folds, seqs);
    }

    @Test
    void findsAPlantedHomologAndItsIdentity() {
        Random r = new Random(7);
        String planted = random(r, 150);
        FoldLibrary library = library(r, planted);
        String query = mutate(new Random(8), planted, 0.5);   // ~ 50% identity
        Map<String, FoldLibrary.Hit> hits = library.search(query);
        FoldLibrary.Hit best = hits.values().stream().max((a, b) -> Integer.compare(a.score(), b.score())).orElseThrow();
        assertEquals("d123", best.id());
        assertEquals("f.3", best.fold());
        LocalAlignment.Result a = LocalAlignment.align(query, planted);
        assertEquals(a.score(), best.score());
        assertEquals(a.identity(), best.identity(), 1e-12);
        assertTrue(best.identity() > 0.4 && best.identity() < 0.7, "identity " + best.identity());
        // every other fold's best hit is a chance alignment, far below
        hits.values().stream().filter(h -> !h.fold().equals("f.3"))
                .forEach(h -> assertTrue(h.score() < best.score() / 2, h.toString()));
        assertEquals(hits, library.search(query));
        assertEquals(List.of(hits, hits), library.searchAll(List.of(query, query), 2));
    }

    @Test
    void eachFoldsEvidenceIsItsTwoStrongestPairsAmongTheAlignedCandidates() {
        assertEquals(0.267 * 100 - Math.log(0.041 * 150 * 200), FoldLibrary.pairEvidence(100, 150, 200), 1e-12);
        Random r = new Random(17);
        String planted = random(r, 150);
        FoldLibrary library = library(r, planted);
        String query = mutate(new Random(18), planted, 0.5);
        Map<String, FoldLibrary.Hit> hits = library.search(query);
        byte[] q = LocalAlignment.encode(query);
        Map<String, List<Double>> expected = new java.util.HashMap<>();
        for (int c : library.candidates(q)) {
            int score = LocalAlignment.align(q, library.domain(c)).score();
            if (score > 0) {
                String fold = "f." + (c % 30);
                expected.computeIfAbsent(fold, f -> new ArrayList<>())
                        .add(FoldLibrary.pairEvidence(score, q.length, library.domain(c).length));
            }
        }
        assertEquals(expected.keySet(), hits.keySet());
        expected.forEach((fold, list) -> {
            list.sort(java.util.Comparator.reverseOrder());
            FoldLibrary.Hit h = hits.get(fold);
            assertEquals(list.size(), h.domains(), fold);
            assertEquals(list.get(0), h.evidence(), 1e-12, fold);
            assertEquals(list.size() > 1 ? list.get(1) : Double.NEGATIVE_INFINITY, h.secondEvidence(), 1e-12, fold);
        });
        assertTrue(hits.get("f.3").evidence() > 20, "the planted homolog: E far below 1e-8");
        FoldLibrary shallow = library.withMaxCandidates(5);
        assertEquals(5, shallow.maxCandidates());
        assertTrue(shallow.search(query).values().stream().mapToInt(FoldLibrary.Hit::domains).sum() <= 5);
        assertEquals(hits.get("f.3").id(), shallow.search(query).get("f.3").id());
    }

    @Test
    void roundTripsThroughItsCompressedBytes() {
        Random r = new Random(9);
        FoldLibrary library = library(r, random(r, 100));
        byte[] bytes = library.toBytes();
        FoldLibrary back = FoldLibrary.fromBytes(bytes, "m.zip");
        assertEquals(300, back.size());
        assertEquals(10, back.count("f.3"));
        String q = random(new Random(3), 80);
        assertEquals(library.search(q), back.search(q));
        InputException e = assertThrows(InputException.class, () -> FoldLibrary.fromBytes(new byte[] {1, 2, 3}, "m.zip"));
        assertTrue(e.getMessage().startsWith("m.zip: damaged model file (alignment library"), e.getMessage());
    }

    @Test
    void unrelatedQueryHasNoStrongHit() {
        Random r = new Random(11);
        FoldLibrary library = library(r, random(r, 120));
        Map<String, FoldLibrary.Hit> hits = library.search(random(new Random(12), 120));
        hits.values().forEach(h -> assertTrue(h.score() < 60, h.toString()));   // chance alignments: below the homology floor
        assertTrue(library.search("").isEmpty());
    }

    /**
     * The search (score-only alignment of every candidate, full alignment of each fold's winner) returns exactly what
     * aligning every candidate fully returns: same domains, scores, identities, and the same map iteration order.
     * Families of homologs spread over several folds, and exact duplicates, make folds compete and scores tie.
     */
    /** The hits reduced to their best domains (id, fold, score, identity), as a full alignment reports them. */
    static Map<String, FoldLibrary.Hit> bestDomains(Map<String, FoldLibrary.Hit> hits) {
        Map<String, FoldLibrary.Hit> out = new java.util.LinkedHashMap<>();
        hits.forEach((fold, h) -> out.put(fold, new FoldLibrary.Hit(h.id(), h.fold(), h.score(), h.identity())));
        return out;
    }

    @Test
    void searchEqualsAligningEveryCandidateFully() {
        Random r = new Random(21);
        List<String> ids = new ArrayList<>();
        List<String> folds = new ArrayList<>();
        List<String> seqs = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            parents.add(random(r, 80 + r.nextInt(150)));
        }
        for (int k = 0; k < 240; k++) {
            String parent = parents.get(k % parents.size());
            ids.add("d" + k);
            folds.add("f." + (k % 7));
            seqs.add(k % 5 == 0 ? parent : mutate(r, parent, 0.2 + 0.5 * r.nextDouble()));
        }
        FoldLibrary library = new FoldLibrary(ids, folds, seqs);
        for (int q = 0; q < 12; q++) {
            String query = q % 3 == 0 ? parents.get(q) : mutate(r, parents.get(q), 0.3);
            Map<String, FoldLibrary.Hit> expected = searchByFullAlignment(library, ids, folds, seqs, query);
            Map<String, FoldLibrary.Hit> actual = bestDomains(library.search(query));
            assertEquals(expected, actual);
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
            assertTrue(actual.size() > 1);
        }
    }

    /** The per-thread prefilter buffers carry nothing from one query to the next, whatever their lengths. */
    @Test
    void queriesInTurnGiveWhatAFreshLibraryGives() {
        Random r = new Random(31);
        String planted = random(r, 180);
        FoldLibrary shared = library(new Random(32), planted);
        List<String> queries = List.of(mutate(r, planted, 0.3), planted.substring(0, 40), random(r, 500),
                mutate(r, planted, 0.6), "", "W", planted + planted);
        for (String q : queries) {
            assertEquals(library(new Random(32), planted).search(q), shared.search(q), q);
        }
    }

    /** The search as it was first written: every candidate aligned with identities counted. */
    private static Map<String, FoldLibrary.Hit> searchByFullAlignment(FoldLibrary library, List<String> ids,
            List<String> folds, List<String> seqs, String sequence) {
        byte[] query = LocalAlignment.encode(sequence);
        Map<String, FoldLibrary.Hit> best = new java.util.HashMap<>();
        Map<String, Integer> bestIndex = new java.util.HashMap<>();
        for (int r : library.candidates(query)) {
            LocalAlignment.Result a = LocalAlignment.align(query, LocalAlignment.encode(seqs.get(r)));
            if (a.score() <= 0) {
                continue;
            }
            String fold = folds.get(r);
            FoldLibrary.Hit h = best.get(fold);
            if (h == null || a.score() > h.score() || a.score() == h.score() && r < bestIndex.get(fold)) {
                best.put(fold, new FoldLibrary.Hit(ids.get(r), fold, a.score(), a.identity()));
                bestIndex.put(fold, r);
            }
        }
        return best;
    }
}
