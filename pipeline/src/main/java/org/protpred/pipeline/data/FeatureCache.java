package org.protpred.pipeline.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.protpred.models.core.AtomicFiles;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.features.ResidueFeatures;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * A local cache of extracted residue features, so that training reads one binary file per dataset and spec instead
 * of re-parsing text every epoch. Works for any {@link ProteinDataset} and {@link FeatureSpec}.
 *
 * <p>Location: {@code $PROTPRED_CACHE/features} (environment variable or system property), by default
 * {@code ~/.cache/protpred/features}. One file per (dataset, spec), named {@code <dataset>-<key>.ppfc}, where the key
 * is the first 16 hex digits of a SHA-256 over the format version, the dataset name, the spec's JSON and every source
 * file's absolute path, size and modification time: a changed spec or source file gives a new key, so a stale cache is
 * never read (old files are left for the user to delete). Files are written through {@link AtomicFiles}.
 *
 * <p>File format (big-endian, {@link DataOutputStream}): magic {@code PPFC}, int version (1), string key, string
 * spec JSON, int record count, int width; then per record: string id, string sequence, string fold (empty for none),
 * int L, L x width floats row by row, int number of labels and (string kind, string value) pairs, byte 1 and L bytes
 * of 0/1 when there is a scored mask, else byte 0. A string is an int byte count and UTF-8 bytes.
 */
public final class FeatureCache {

    /** The variable naming the cache root. */
    public static final String VARIABLE = "PROTPRED_CACHE";
    static final int VERSION = 1;
    private static final byte[] MAGIC = {'P', 'P', 'F', 'C'};
    /**
     * Records whose features are computed together ({@link ResidueFeatures#extractAll}: feature groups that run a
     * network, such as {@code predicted_ss}, predict a chunk in one call).
     */
    static final int CHUNK = 256;

    private final Path directory;
    private Consumer<String> progress = s -> { };

    public FeatureCache(Path directory) {
        this.directory = directory;
    }

    /** The cache in the default folder (see the class comment). */
    public static FeatureCache standard() {
        return new FeatureCache(defaultDirectory());
    }

    /** {@code $PROTPRED_CACHE/features}, or {@code ~/.cache/protpred/features}. */
    public static Path defaultDirectory() {
        String configured = System.getProperty(VARIABLE, System.getenv(VARIABLE));
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "protpred");
        return root.resolve("features");
    }

    public Path directory() {
        return directory;
    }

    /** Receives a line now and then while a cache file is built (e.g. to print progress). */
    public FeatureCache onProgress(Consumer<String> listener) {
        this.progress = listener;
        return this;
    }

    /**
     * Appends one line per file: its absolute path, size and modification time ({@code missing} if it cannot be
     * read); part of every cache key, so that a changed source file invalidates what was cached from it.
     */
    public static void appendSourceStamps(StringBuilder sb, List<Path> sources) {
        for (Path p : sources) {
            sb.append(p.toAbsolutePath().normalize());
            try {
                sb.append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException e) {
                sb.append(" missing");
            }
            sb.append('\n');
        }
    }

    /** The key of a dataset and spec (see the class comment). */
    public static String key(ProteinDataset dataset, FeatureSpec spec) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            StringBuilder sb = new StringBuilder("protpred-feature-cache ").append(VERSION).append('\n')
                    .append(dataset.name()).append('\n').append(spec.toJson()).append('\n');
            appendSourceStamps(sb, dataset.sources());
            byte[] h = md.digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the cache file of a dataset and spec lives (whether or not it exists yet). */
    public Path file(ProteinDataset dataset, FeatureSpec spec) {
        String safe = dataset.name().replaceAll("[^A-Za-z0-9._-]", "_");
        return directory.resolve(safe + "-" + key(dataset, spec) + ".ppfc");
    }

    /** The cache file, built first if it does not exist. */
    public Path ensure(ProteinDataset dataset, FeatureSpec spec) {
        Path f = file(dataset, spec);
        if (!Files.isRegularFile(f)) {
            build(dataset, spec, f);
        }
        return f;
    }

    /** All cached records of a dataset and spec, building the cache if needed. */
    public List<CachedRecord> load(ProteinDataset dataset, FeatureSpec spec) {
        try (Stream<CachedRecord> s = read(ensure(dataset, spec))) {
            return s.toList();
        }
    }

    /** Streams the cached records of a dataset and spec, building the cache if needed. Close the stream. */
    public Stream<CachedRecord> stream(ProteinDataset dataset, FeatureSpec spec) {
        return read(ensure(dataset, spec));
    }

    private void build(ProteinDataset dataset, FeatureSpec spec, Path target) {
        int total = dataset.size();
        String key = key(dataset, spec);
        try {
            AtomicFiles.write(target, raw -> {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
                out.write(MAGIC);
                out.writeInt(VERSION);
                writeString(out, key);
                writeString(out, spec.toJson());
                out.writeInt(total);
                out.writeInt(spec.width());
                int[] done = {0};
                List<ProteinRecord> chunk = new ArrayList<>(CHUNK);
                Consumer<List<ProteinRecord>> flush = records -> {
                    List<float[][]> features = ResidueFeatures.extractAll(records, spec);
                    for (int n = 0; n < records.size(); n++) {
                        try {
                            writeRecord(out, records.get(n), features.get(n));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        done[0]++;
                        if (done[0] % 500 == 0 || done[0] == total) {
                            progress.accept("feature cache " + dataset.name() + ": " + done[0] + "/" + total);
                        }
                    }
                    records.clear();
                };
                try (Stream<ProteinRecord> s = dataset.records()) {
                    s.forEach(r -> {
                        chunk.add(r);
                        if (chunk.size() == CHUNK) {
                            flush.accept(chunk);
                        }
                    });
                    flush.accept(chunk);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                if (done[0] != total) {
                    throw new IllegalStateException(dataset.name() + " yielded " + done[0] + " records, size() says "
                            + total);
                }
                out.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write feature cache " + target, e);
        }
    }

    private static void writeRecord(DataOutputStream out, ProteinRecord r, float[][] features) throws IOException {
        writeString(out, r.id());
        writeString(out, r.sequence());
        writeString(out, r.fold() == null ? "" : r.fold());
        out.writeInt(r.length());
        int width = features.length == 0 ? 0 : features[0].length;
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(width * 4);
        for (float[] row : features) {
            buf.clear();
            buf.asFloatBuffer().put(row);
            out.write(buf.array(), 0, width * 4);
        }
        out.writeInt(r.labels().size());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(r.labels()).entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
        boolean[] scored = r.scored();
        out.writeByte(scored == null ? 0 : 1);
        if (scored != null) {
            for (boolean b : scored) {
                out.writeByte(b ? 1 : 0);
            }
        }
    }

    /**
     * Streams the records of a cache file. Close the stream.
     *
     * @throws InputException if the file is not a feature cache of this version or is cut short
     */
    public static Stream<CachedRecord> read(Path file) {
        DataInputStream in;
        int count;
        int width;
        try {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            byte[] magic = new byte[4];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                in.close();
                throw InputException.at(file, "not a protpred feature cache");
            }
            int version = in.readInt();
            if (version != VERSION) {
                in.close();
                throw InputException.at(file, "feature cache version " + version + ", expected " + VERSION);
            }
            readString(in);
            readString(in);
            count = in.readInt();
            width = in.readInt();
        } catch (EOFException e) {
            throw InputException.at(file, "feature cache is cut short");
        } catch (IOException e) {
            throw InputException.at(file, "cannot read: " + e.getMessage());
        }
        DataInputStream input = in;
        java.util.Iterator<CachedRecord> it = new java.util.Iterator<>() {
            int read;

            @Override
            public boolean hasNext() {
                return read < count;
            }

            @Override
            public CachedRecord next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                read++;
                try {
                    return readRecord(input, width);
                } catch (EOFException e) {
                    throw InputException.at(file, "feature cache is cut short");
                } catch (IOException e) {
                    throw InputException.at(file, "cannot read: " + e.getMessage());
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(it, count, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    try {
                        input.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static CachedRecord readRecord(DataInputStream in, int width) throws IOException {
        String id = readString(in);
        String sequence = readString(in);
        String fold = readString(in);
        int l = in.readInt();
        float[][] f = new float[l][width];
        byte[] bytes = new byte[width * 4];
        java.nio.FloatBuffer floats = java.nio.ByteBuffer.wrap(bytes).asFloatBuffer();
        for (int i = 0; i < l; i++) {
            in.readFully(bytes);
            floats.clear();
            floats.get(f[i]);
        }
        int nLabels = in.readInt();
        Map<String, String> labels = new LinkedHashMap<>();
        for (int k = 0; k < nLabels; k++) {
            labels.put(readString(in), readString(in));
        }
        boolean[] scored = null;
        if (in.readByte() == 1) {
            scored = new boolean[l];
            for (int i = 0; i < l; i++) {
                scored[i] = in.readByte() == 1;
            }
        }
        return new CachedRecord(id, sequence, fold.isEmpty() ? null : fold, f, Map.copyOf(labels), scored);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > (1 << 28)) {
            throw new IOException("corrupt string length " + n);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
