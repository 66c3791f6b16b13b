package org.protpred.pipeline.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.pipeline.data.HomologyFilteredDataset;
import org.protpred.pipeline.data.ProteinDataset;
import org.protpred.pipeline.protein.AminoAcids;
import org.protpred.pipeline.protein.ProteinRecord;

/** {@link HomologyFilter} and {@link HomologyFilteredDataset} on planted homologs and unrelated chains. */
class HomologyFilterTest {

    static final String UBIQUITIN = "MQIFVKTLTGKTITLEVEPSDTIENVKAKIQDKEGIPPDQQRLIFAGKQLEDGRTLSDYNIQKESTLHLVLRLRGG";

    @TempDir
    Path tmp;

    /** A seeded random chain over the 20 amino acids. */
    static String random(long seed, int length) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(AminoAcids.ALPHABET.charAt(r.nextInt(20)));
        }
        return sb.toString();
    }

    /** Ubiquitin with every {@code step}-th residue from 3 on changed to W. */
    static String mutant(int step) {
        StringBuilder sb = new StringBuilder(UBIQUITIN);
        for (int i = 3; i < sb.length(); i += step) {
            sb.setCharAt(i, 'W');
        }
        return sb.toString();
    }

    private static List<ProteinRecord> references() {
        return List.of(ProteinRecord.of("ref-ubq", UBIQUITIN), ProteinRecord.of("ref-random", random(1, 150)));
    }

    @Test
    void theCriterionNeedsIdentityPairsAndScore() {
        assertTrue(HomologyFilter.isHomolog(new LocalAlignment.Result(60, 25, 30, 100)));
        assertFalse(HomologyFilter.isHomolog(new LocalAlignment.Result(59, 25, 30, 100)));   // score floor
        assertFalse(HomologyFilter.isHomolog(new LocalAlignment.Result(60, 24, 30, 100)));   // 24% identity
        assertFalse(HomologyFilter.isHomolog(new LocalAlignment.Result(60, 25, 29, 100)));   // 29 pairs
        assertTrue(HomologyFilter.isHomolog(new LocalAlignment.Result(60, 5, 20, 20)));      // whole short chain
        assertFalse(HomologyFilter.isHomolog(new LocalAlignment.Result(60, 5, 19, 20)));
    }

    @Test
    void aPlantedHomologIsFoundAndAnUnrelatedChainIsNot() {
        HomologyFilter filter = new HomologyFilter(references());
        assertEquals(2, filter.references());
        // 11 of 76 residues changed: 65 identical of 76
        HomologyFilter.Hit hit = filter.firstHit(mutant(7));
        assertNotNull(hit);
        assertEquals("ref-ubq", hit.referenceId());
        assertEquals(65, hit.alignment().identities());
        assertEquals(76, hit.alignment().pairs());
        assertEquals(65.0 / 76, hit.alignment().identity(), 1e-12);
        assertNull(filter.firstHit(random(2, 120)));
        // the first 8 residues, although identical, score 38 (< 60): not a homolog
        assertNull(filter.firstHit(UBIQUITIN.substring(0, 8)));
        // a 40-residue piece of ubiquitin inside an unrelated chain: all 40 residues identical
        HomologyFilter.Hit embedded = filter.firstHit(random(3, 50) + UBIQUITIN.substring(20, 60) + random(4, 50));
        assertNotNull(embedded);
        assertEquals(40, embedded.alignment().identities());
        assertEquals(40.0 / 76, embedded.alignment().identity(), 1e-12);
    }

    @Test
    void homologsOfAListKeepTheInputOrderAndCount() {
        HomologyFilter filter = new HomologyFilter(references());
        List<ProteinRecord> chains = List.of(ProteinRecord.of("a", random(5, 90)), ProteinRecord.of("b", mutant(3)),
                ProteinRecord.of("c", random(6, 200)), ProteinRecord.of("d", random(1, 150).substring(10, 140)));
        HomologyFilter.Outcome o = filter.homologs(chains, 2);
        assertNull(o.hits().get(0));
        assertEquals("ref-ubq", o.hits().get(1).referenceId());
        assertNull(o.hits().get(2));
        assertEquals("ref-random", o.hits().get(3).referenceId());
        assertEquals(1.0, o.hits().get(3).alignment().identity());
        assertEquals(4, o.stats().chains());
        assertEquals(2, o.stats().homologs());
    }

    @Test
    void theFilteredDatasetRemovesHomologsSplitsWithASeedAndCachesTheList() throws IOException {
        List<ProteinRecord> chains = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            chains.add(ProteinRecord.of("c" + n, n == 7 ? mutant(5) : random(100 + n, 60 + n)));
        }
        ProteinDataset base = ProteinDataset.of("toy", chains);
        List<String> log = new ArrayList<>();
        HomologyFilteredDataset filtered = HomologyFilteredDataset.of(base,
                List.of(ProteinDataset.of("refs", references())), tmp, 2).onProgress(log::add);
        assertEquals("toy/nohom", filtered.name());
        assertEquals(Set.of("c7"), filtered.removed().keySet());
        assertTrue(filtered.removed().get("c7").startsWith("ref-ubq\t"), filtered.removed().toString());
        assertEquals(19, filtered.size());
        assertFalse(filtered.keptIds().contains("c7"));
        assertTrue(log.get(1).startsWith("homology filter: 1 of 20 chains removed"), log.toString());

        ProteinDataset validation = filtered.validation(8, 0.1);
        ProteinDataset training = filtered.training(8, 0.1);
        List<String> v = validation.readAll().stream().map(ProteinRecord::id).toList();
        List<String> t = training.readAll().stream().map(ProteinRecord::id).toList();
        assertEquals(2, v.size());                      // round(0.1 * 19)
        assertEquals(17, t.size());
        assertEquals(2, validation.size());
        assertEquals(17, training.size());
        assertTrue(v.stream().noneMatch(t::contains));
        assertEquals(v, filtered.validation(8, 0.1).readAll().stream().map(ProteinRecord::id).toList());

        // the list is cached: a new instance reads it instead of aligning
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("toy-homologs-")).count());
        }
        List<String> log2 = new ArrayList<>();
        HomologyFilteredDataset again = HomologyFilteredDataset.of(base, List.of(ProteinDataset.of("refs", references())), tmp,
                2).onProgress(log2::add);
        assertEquals(Map.copyOf(filtered.removed()), Map.copyOf(again.removed()));
        assertEquals(1, log2.size());
        assertTrue(log2.get(0).startsWith("homology filter: 1 homologs of toy read from "), log2.toString());
    }
}
