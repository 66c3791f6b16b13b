package org.protpred.pipeline.data;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.DataLocation;
import org.protpred.pipeline.protein.ProteinRecord;

/** Every reader of the shared data sets returns the documented counts (skipped when the data are absent). */
class DatasetReadersTest {

    private static void need(String folder) {
        RequiresData.assume(DataLocation.folder(folder).isPresent(), "data folder " + folder + " absent");
    }

    @Test
    void scopeHas13214DomainsOver1230FoldsAndAStableStratifiedSplit() {
        need(ScopeDataset.FOLDER);
        ScopeDataset scope = ScopeDataset.shared();
        List<ProteinRecord> all = scope.readAll();
        assertEquals(ScopeDataset.DOMAINS, all.size());
        assertEquals(ScopeDataset.DOMAINS, scope.size());
        Map<String, Long> folds = all.stream().collect(Collectors.groupingBy(ProteinRecord::fold,
                Collectors.counting()));
        assertEquals(ScopeDataset.FOLDS, folds.size());
        ProteinRecord first = all.get(0);
        assertEquals(first.description().split(" ")[0].substring(0, 3), first.fold()); // e.g. a.1.1.1 -> a.1
        assertTrue(first.sequence().chars().allMatch(Character::isUpperCase));

        FoldSplit split = FoldSplit.of(scope);
        FoldSplit again = FoldSplit.of(scope);
        Map<FoldSplit.Part, Integer> sizes = new HashMap<>();
        for (FoldSplit.Part p : FoldSplit.Part.values()) {
            assertEquals(split.ids(p), again.ids(p));
            sizes.put(p, split.ids(p).size());
        }
        assertEquals(ScopeDataset.DOMAINS, sizes.values().stream().mapToInt(Integer::intValue).sum());
        Set<String> test = split.ids(FoldSplit.Part.TEST);
        Set<String> validation = split.ids(FoldSplit.Part.VALIDATION);
        Map<String, Integer> testPerFold = new HashMap<>();
        Map<String, Integer> valPerFold = new HashMap<>();
        for (ProteinRecord r : all) {
            if (test.contains(r.id())) {
                testPerFold.merge(r.fold(), 1, Integer::sum);
            }
            if (validation.contains(r.id())) {
                valPerFold.merge(r.fold(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Long> f : folds.entrySet()) {
            if (f.getValue() >= FoldSplit.MIN_FOLD_SIZE_TO_HOLD_OUT) {
                assertTrue(testPerFold.getOrDefault(f.getKey(), 0) >= 1, f.getKey());
                assertTrue(valPerFold.getOrDefault(f.getKey(), 0) >= 1, f.getKey());
            } else {
                assertEquals(0, testPerFold.getOrDefault(f.getKey(), 0), f.getKey());
            }
        }
        long heldOutFolds = folds.values().stream().filter(n -> n >= FoldSplit.MIN_FOLD_SIZE_TO_HOLD_OUT).count();
        System.out.printf("SCOPe split: train %d, validation %d, test %d; %d of %d folds have >= 3 domains%n",
                sizes.get(FoldSplit.Part.TRAIN), sizes.get(FoldSplit.Part.VALIDATION), sizes.get(FoldSplit.Part.TEST),
                heldOutFolds, folds.size());
        assertEquals(sizes.get(FoldSplit.Part.TEST), split.part(scope, FoldSplit.Part.TEST).size());
        assertEquals("scope207-40/test", split.part(scope, FoldSplit.Part.TEST).name());
    }

    @Test
    void psicov150Has150ChainsWithCoordinatesForEveryResidue() {
        need(Psicov150Dataset.FOLDER);
        ProteinDataset set = Psicov150Dataset.shared();
        assertEquals(Psicov150Dataset.CHAINS, set.size());
        try (Stream<ProteinRecord> s = set.records()) {
            assertEquals(Psicov150Dataset.CHAINS, s.peek(r -> {
                assertEquals(r.length(), r.structure().length());
                assertTrue(Double.isFinite(r.structure().ca()[0][0]));
            }).count());
        }
    }

    @Test
    void casp13Has37DomainsNumberedAsTheirTargets() {
        need(Casp13Dataset.FOLDER);
        ProteinDataset set = Casp13Dataset.shared();
        assertEquals(Casp13Dataset.DOMAINS, set.size());
        List<ProteinRecord> all = set.readAll();
        assertEquals(Casp13Dataset.DOMAINS, all.size());
        for (ProteinRecord r : all) {
            int scored = 0;
            for (int i = 0; i < r.length(); i++) {
                scored += r.isScored(i) ? 1 : 0;
            }
            assertTrue(scored >= 30 && scored <= r.length(), r.id() + " " + scored);
        }
        ProteinRecord t0953 = all.stream().filter(r -> r.id().equals("T0953s2-D1")).findFirst().orElseThrow();
        assertTrue(t0953.sequence().startsWith("MAVQGPWVGSSYV"));
        assertTrue(!t0953.isScored(0) && t0953.isScored(1)); // the domain's first residue is number 2 (ALA)
        assertEquals('A', t0953.sequence().charAt(1));
    }

    @Test
    void bm5Has281ChainsAnd233IndependentOfPsicov150() {
        need(Bm5Dataset.FOLDER);
        assertEquals(Bm5Dataset.CHAINS, Bm5Dataset.shared().size());
        ProteinDataset independent = Bm5Dataset.independentOfPsicov150();
        assertEquals(Bm5Dataset.INDEPENDENT_CHAINS, independent.size());
        assertEquals(Bm5Dataset.INDEPENDENT_CHAINS, independent.readAll().size());
    }

    @Test
    void pfam40Has40DomainsWithAlignmentsInResidueCoordinates() {
        need(Pfam40Dataset.FOLDER);
        ProteinDataset set = Pfam40Dataset.shared();
        assertEquals(Pfam40Dataset.DOMAINS, set.size());
        try (Stream<ProteinRecord> s = set.records()) {
            s.forEach(r -> {
                assertEquals(r.length(), r.alignment().width());
                assertEquals(r.sequence(), r.alignment().query());
                assertTrue(r.alignment().depth() >= 339, r.id());
            });
        }
    }

    @Test
    void ts50Has50ChainsOf6861ResiduesWithVirtualCBeta() {
        need(Ts50Dataset.FOLDER);
        List<ProteinRecord> all = Ts50Dataset.shared().readAll();
        assertEquals(Ts50Dataset.CHAINS, all.size());
        assertEquals(6861, all.stream().mapToInt(ProteinRecord::length).sum());
        ProteinRecord r = all.get(0);
        double[] ca = r.structure().ca()[5];
        double[] cb = r.structure().cb()[5];
        double d = Math.sqrt(Math.pow(ca[0] - cb[0], 2) + Math.pow(ca[1] - cb[1], 2) + Math.pow(ca[2] - cb[2], 2));
        assertEquals(1.53, d, 0.05); // the C-alpha - C-beta bond
    }

    @Test
    void examplesGiveSixRecordsWithTheirStructuresAlignmentsAndProfile() {
        need(ExamplesDataset.FOLDER);
        List<ProteinRecord> all = ExamplesDataset.shared().readAll();
        assertEquals(ExamplesDataset.RECORDS, all.size());
        assertEquals(List.of("T0866", "T0900", "3e7u", "16pkA", "1a0tP", "1guuA"),
                all.stream().map(ProteinRecord::id).toList());
        ProteinRecord t0900 = all.get(1);
        assertEquals(106, t0900.length());
        assertEquals(t0900.length(), t0900.profile().length());
        assertEquals(t0900.sequence(), t0900.alignment().query());
        assertTrue(!t0900.isScored(3) && t0900.isScored(4)); // the native starts at residue 5
        ProteinRecord t0866 = all.get(0);
        assertEquals(183, t0866.length());
        int scored = 0;
        for (int i = 0; i < t0866.length(); i++) {
            scored += t0866.isScored(i) ? 1 : 0;
        }
        assertEquals(104, scored);
        assertEquals(50, all.get(5).length());
        assertEquals(all.get(5).sequence(), all.get(5).alignment().query());
        assertEquals(256, all.get(3).alignment().width());
    }
}
