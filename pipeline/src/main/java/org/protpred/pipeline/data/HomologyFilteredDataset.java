package org.protpred.pipeline.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.protpred.models.core.AtomicFiles;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.align.HomologyFilter;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * The records of a training set that are not homologous to any chain of some reference (test) sets, by
 * {@link HomologyFilter}'s criterion (identity &ge; 25% over the shorter chain on a Smith-Waterman alignment of at
 * least 30 aligned pairs). Named {@code <base>/nohom}; its {@link #sources()} are the base's and the references', so
 * a feature cache of it is rebuilt when any of them changes.
 *
 * <p>The homologs are searched once per process, on first use, and the list of removed chains is cached as a small
 * text file {@code <base>-homologs-<key>.tsv} (columns: chain id, reference id, identity, aligned pairs) in the given
 * folder (the feature cache folder), keyed like the feature cache on the sources' paths, sizes and modification times
 * and on the filter's parameters; a later run reads the list instead of aligning again.
 *
 * <p>{@link #validation} and {@link #training} split the kept chains with a fixed seed: their ids in file order are
 * shuffled with {@code new Random(seed)} and the first {@code round(fraction * n)} go to validation.
 */
public final class HomologyFilteredDataset implements ProteinDataset {

    private final ProteinDataset base;
    private final List<ProteinDataset> references;
    private final Path cacheFolder;
    private final int threads;
    private Consumer<String> log = s -> { };
    private Map<String, String> removed;
    private List<String> kept;

    private HomologyFilteredDataset(ProteinDataset base, List<ProteinDataset> references, Path cacheFolder,
                                    int threads) {
        this.base = base;
        this.references = List.copyOf(references);
        this.cacheFolder = cacheFolder;
        this.threads = threads;
    }

    /**
     * {@code base} without homologs of {@code references}.
     *
     * @param cacheFolder where the list of homologs is cached (null: not cached)
     * @param threads     threads for the alignments
     */
    public static HomologyFilteredDataset of(ProteinDataset base, List<ProteinDataset> references, Path cacheFolder,
                                             int threads) {
        return new HomologyFilteredDataset(base, references, cacheFolder, threads);
    }

    /** Receives progress lines (the filter's counts and time). */
    public HomologyFilteredDataset onProgress(Consumer<String> listener) {
        this.log = listener;
        return this;
    }

    @Override
    public String name() {
        return base.name() + "/nohom";
    }

    @Override
    public Stream<ProteinRecord> records() {
        Set<String> out = removed().keySet();
        return base.records().filter(r -> !out.contains(r.id()));
    }

    @Override
    public int size() {
        return keptIds().size();
    }

    @Override
    public List<Path> sources() {
        List<Path> out = new ArrayList<>(base.sources());
        for (ProteinDataset r : references) {
            out.addAll(r.sources());
        }
        return out;
    }

    /** The removed chains: id to a description of the reference chain it is homologous to. */
    public synchronized Map<String, String> removed() {
        if (removed == null) {
            removed = Collections.unmodifiableMap(readCache().orElseGet(this::search));
        }
        return removed;
    }

    /** Ids of the kept chains, in file order. */
    public synchronized List<String> keptIds() {
        if (kept == null) {
            Set<String> out = removed().keySet();
            try (Stream<ProteinRecord> s = base.records()) {
                kept = s.map(ProteinRecord::id).filter(id -> !out.contains(id)).toList();
            }
        }
        return kept;
    }

    /** The ids that go to validation with this seed and fraction (see the class comment). */
    public Set<String> validationIds(long seed, double fraction) {
        List<String> ids = new ArrayList<>(keptIds());
        Collections.shuffle(ids, new Random(seed));
        int n = (int) Math.round(fraction * ids.size());
        return Set.copyOf(ids.subList(0, n));
    }

    /** The kept chains that go to validation ({@code <name>/validation}). */
    public ProteinDataset validation(long seed, double fraction) {
        return new LazySplit(this, "validation-" + seed, seed, fraction, true);
    }

    /** The kept chains that go to training ({@code <name>/train}). */
    public ProteinDataset training(long seed, double fraction) {
        return new LazySplit(this, "train-" + seed, seed, fraction, false);
    }

    private Map<String, String> search() {
        List<ProteinRecord> refs = new ArrayList<>();
        for (ProteinDataset r : references) {
            refs.addAll(r.readAll());
        }
        List<ProteinRecord> chains = base.readAll();
        log.accept(String.format(Locale.ROOT, "homology filter: aligning %d chains of %s against %d chains of %s "
                        + "(%d threads)", chains.size(), base.name(), refs.size(),
                references.stream().map(ProteinDataset::name).collect(Collectors.joining(", ")), threads));
        HomologyFilter.Outcome outcome = new HomologyFilter(refs).homologs(chains, threads);
        Map<String, String> out = new LinkedHashMap<>();
        for (int n = 0; n < chains.size(); n++) {
            HomologyFilter.Hit h = outcome.hits().get(n);
            if (h != null) {
                out.put(chains.get(n).id(), String.format(Locale.ROOT, "%s\t%.4f\t%d", h.referenceId(),
                        h.alignment().identity(), h.alignment().pairs()));
            }
        }
        HomologyFilter.Stats st = outcome.stats();
        log.accept(String.format(Locale.ROOT, "homology filter: %d of %d chains removed (%d candidate pairs aligned "
                + "of %d), %.1f s", st.homologs(), st.chains(), st.alignedPairs(),
                (long) st.chains() * refs.size(), st.seconds()));
        writeCache(out);
        return out;
    }

    private Path cacheFile() {
        if (cacheFolder == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder("protpred-homologs 1\n").append(name()).append('\n')
                .append(HomologyFilter.IDENTITY).append(' ').append(HomologyFilter.MIN_PAIRS).append(' ')
                .append(HomologyFilter.MIN_SCORE).append(' ').append(HomologyFilter.K).append(' ')
                .append(HomologyFilter.MIN_UNGAPPED).append('\n');
        for (ProteinDataset r : references) {
            sb.append(r.name()).append('\n');
        }
        FeatureCache.appendSourceStamps(sb, sources());
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            String safe = base.name().replaceAll("[^A-Za-z0-9._-]", "_");
            return cacheFolder.resolve(safe + "-homologs-" + HexFormat.of().formatHex(h, 0, 8) + ".tsv");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private java.util.Optional<Map<String, String>> readCache() {
        Path f = cacheFile();
        if (f == null || !Files.isRegularFile(f)) {
            return java.util.Optional.empty();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : DataFiles.lines(f)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw InputException.at(f, "damaged homolog list (delete it to recompute): '" + line + "'");
            }
            out.put(line.substring(0, tab), line.substring(tab + 1));
        }
        log.accept("homology filter: " + out.size() + " homologs of " + base.name() + " read from " + f);
        return java.util.Optional.of(out);
    }

    private void writeCache(Map<String, String> out) {
        Path f = cacheFile();
        if (f == null) {
            return;
        }
        StringBuilder sb = new StringBuilder("# chains of ").append(base.name()).append(" homologous to ")
                .append(references.stream().map(ProteinDataset::name).collect(Collectors.joining(", ")))
                .append(": id, reference, identity, aligned pairs\n");
        out.forEach((id, hit) -> sb.append(id).append('\t').append(hit).append('\n'));
        try {
            Files.createDirectories(f.getParent());
        } catch (IOException e) {
            throw InputException.at(f.getParent(), "cannot create folder: " + e.getMessage());
        }
        AtomicFiles.writeString(f, sb.toString());
    }

    /** One side of the seeded validation split, computed when first read. */
    private static final class LazySplit implements ProteinDataset {
        private final HomologyFilteredDataset parent;
        private final String name;
        private final long seed;
        private final double fraction;
        private final boolean validation;
        private Set<String> ids;

        LazySplit(HomologyFilteredDataset parent, String suffix, long seed, double fraction, boolean validation) {
            this.parent = parent;
            this.name = parent.name() + "/" + suffix;
            this.seed = seed;
            this.fraction = fraction;
            this.validation = validation;
        }

        private synchronized Set<String> validationIds() {
            if (ids == null) {
                ids = parent.validationIds(seed, fraction);
            }
            return ids;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Stream<ProteinRecord> records() {
            Set<String> v = validationIds();
            return parent.records().filter(r -> v.contains(r.id()) == validation);
        }

        @Override
        public int size() {
            int v = validationIds().size();
            return validation ? v : parent.size() - v;
        }

        @Override
        public List<Path> sources() {
            return parent.sources();
        }
    }
}
