package org.protpred.pipeline.data;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.features.ResidueFeatures;
import org.protpred.pipeline.protein.ProteinRecord;

class FeatureCacheTest {

    @TempDir
    Path tmp;

    /** A two-record dataset over a source file; counts how often its records are read. */
    private static final class CountingDataset implements ProteinDataset {
        final Path source;
        final AtomicInteger passes = new AtomicInteger();

        CountingDataset(Path source) {
            this.source = source;
        }

        @Override
        public String name() {
            return "tiny/set";
        }

        @Override
        public Stream<ProteinRecord> records() {
            passes.incrementAndGet();
            return Stream.of(
                    ProteinRecord.of("a", "MKVL").withLabel("ss3", "CHHC").withScored(new boolean[] {true, false, true,
                        true}).withFold("a.1"),
                    ProteinRecord.of("b", "GW"));
        }

        @Override
        public int size() {
            return 2;
        }

        @Override
        public List<Path> sources() {
            return List.of(source);
        }
    }

    @Test
    void cachedFeaturesLabelsAndMasksComeBackExactlyAndAreNotRecomputed() throws Exception {
        Path src = Files.writeString(tmp.resolve("src.txt"), "v1");
        CountingDataset ds = new CountingDataset(src);
        FeatureCache cache = new FeatureCache(tmp.resolve("cache"));
        FeatureSpec spec = FeatureSpec.singleSequence();
        List<CachedRecord> first = cache.load(ds, spec);
        assertEquals(1, ds.passes.get());
        List<CachedRecord> second = cache.load(ds, spec);
        assertEquals(1, ds.passes.get(), "second load reads the cache, not the dataset");
        assertEquals(2, second.size());
        CachedRecord a = second.get(0);
        assertEquals("a", a.id());
        assertEquals("MKVL", a.sequence());
        assertEquals("a.1", a.fold());
        assertEquals(Map.of("ss3", "CHHC"), a.labels());
        assertArrayEquals(new boolean[] {true, false, true, true}, a.scored());
        float[][] expected = ResidueFeatures.extract(ProteinRecord.of("a", "MKVL"), spec);
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(expected[i], a.features()[i]);
        }
        assertNull(second.get(1).fold());
        assertNull(second.get(1).scored());
        assertEquals(first.get(1).sequence(), second.get(1).sequence());
        Path file = cache.file(ds, spec);
        assertTrue(file.getFileName().toString().matches("tiny_set-[0-9a-f]{16}\\.ppfc"));
        try (Stream<Path> s = Files.list(tmp.resolve("cache"))) {
            assertEquals(1, s.count(), "no temporary files left behind");
        }
    }

    @Test
    void aChangedSourceOrSpecGivesANewKey() throws Exception {
        Path src = Files.writeString(tmp.resolve("src.txt"), "v1");
        CountingDataset ds = new CountingDataset(src);
        String k1 = FeatureCache.key(ds, FeatureSpec.singleSequence());
        assertEquals(k1, FeatureCache.key(ds, FeatureSpec.singleSequence()));
        assertNotEquals(k1, FeatureCache.key(ds, FeatureSpec.withProfile()));
        Files.writeString(src, "version 2");
        Files.setLastModifiedTime(src, FileTime.fromMillis(1_000_000));
        assertNotEquals(k1, FeatureCache.key(ds, FeatureSpec.singleSequence()));
    }

    @Test
    void aFileThatIsNotACacheIsRefused() throws Exception {
        Path bogus = Files.writeString(tmp.resolve("x.ppfc"), "hello world");
        InputException e = assertThrows(InputException.class, () -> FeatureCache.read(bogus).close());
        assertTrue(e.getMessage().endsWith("not a protpred feature cache"), e.getMessage());
    }

    @Test
    void ts50IsCachedOnceAndReadBackWithAllItsResidues() {
        RequiresData.assume(
                org.protpred.models.core.DataLocation.folder(Ts50Dataset.FOLDER).isPresent(), "TS50 data not present");
        FeatureCache cache = new FeatureCache(tmp.resolve("cache"));
        List<String> progress = new java.util.ArrayList<>();
        cache.onProgress(progress::add);
        ProteinDataset ts50 = Ts50Dataset.shared();
        List<CachedRecord> first = cache.load(ts50, FeatureSpec.singleSequence());
        assertEquals(50, first.size());
        assertEquals(6861, first.stream().mapToInt(r -> r.features().length).sum());
        assertEquals(List.of("feature cache ts50: 50/50"), progress);
        List<CachedRecord> again = cache.load(ts50, FeatureSpec.singleSequence());
        assertEquals(1, progress.size(), "the second load reads the file");
        assertArrayEquals(first.get(7).features()[3], again.get(7).features()[3]);
    }
}
