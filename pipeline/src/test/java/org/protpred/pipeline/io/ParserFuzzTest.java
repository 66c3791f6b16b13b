package org.protpred.pipeline.io;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.InputException;
import org.protpred.models.core.ModelFile;

/**
 * Fuzzing of every parser with random mutations of real files, inside the normal tests: each try takes a valid seed
 * file of the parser's format (from the malformed-input corpus), applies 1-8 random byte-level edits (flips,
 * insertions of format tokens such as {@code >}, {@code NaN}, {@code data_}, line breaks, NUL and non-UTF-8 bytes,
 * deletions, duplications, truncation; sometimes gzip, whole or cut), writes it to a file and parses it. The parser
 * must return a result or throw {@link InputException} with a one-line message; any other exception, a multi-line
 * message or a parse taking longer than {@link #TIMEOUT_S} seconds fails the test, names the seed to rerun with and
 * saves the input under {@code target/fuzz-failures/}.
 *
 * <p>Length: {@value #TRIES_PROPERTY} tries per parser (default 1000, a few seconds each). A longer run:
 * {@code mvn -o -B -pl pipeline -am test -Dtest=ParserFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dprotpred.fuzz.tries=100000}; {@code -Dprotpred.fuzz.seed=N} repeats a run. Not coverage-guided: that is
 * {@link ParserJazzerFuzzTest} (Jazzer), run on demand.
 */
class ParserFuzzTest {

    static final int TIMEOUT_S = 10;
    /** System property: tries per parser (default 1000, a few seconds each). */
    static final String TRIES_PROPERTY = "protpred.fuzz.tries";
    /** System property: the seed of the random inputs (default: a new one each run, named in a failure). */
    static final String SEED_PROPERTY = "protpred.fuzz.seed";
    static final int TRIES = Integer.getInteger(TRIES_PROPERTY, 1000);
    static final Long SEED = Long.getLong(SEED_PROPERTY);

    private static final byte[][] TOKENS = {
        ">".getBytes(StandardCharsets.US_ASCII), "\n".getBytes(StandardCharsets.US_ASCII),
        "\r\n".getBytes(StandardCharsets.US_ASCII), "\r".getBytes(StandardCharsets.US_ASCII), {0}, {(byte) 0xff},
        {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {(byte) 0xc3}, "*".getBytes(StandardCharsets.US_ASCII),
        "-".getBytes(StandardCharsets.US_ASCII), ".".getBytes(StandardCharsets.US_ASCII),
        " ".getBytes(StandardCharsets.US_ASCII), "\t".getBytes(StandardCharsets.US_ASCII),
        "NaN".getBytes(StandardCharsets.US_ASCII), "Infinity".getBytes(StandardCharsets.US_ASCII),
        "-1e308".getBytes(StandardCharsets.US_ASCII), "99999999999".getBytes(StandardCharsets.US_ASCII),
        "data_".getBytes(StandardCharsets.US_ASCII), "loop_\n_atom_site.".getBytes(StandardCharsets.US_ASCII),
        "ATOM  ".getBytes(StandardCharsets.US_ASCII), "HETATM".getBytes(StandardCharsets.US_ASCII),
        "MODEL     2\n".getBytes(StandardCharsets.US_ASCII), "ENDMDL\n".getBytes(StandardCharsets.US_ASCII),
        "\"".getBytes(StandardCharsets.US_ASCII), "{".getBytes(StandardCharsets.US_ASCII),
        "}".getBytes(StandardCharsets.US_ASCII), "[".getBytes(StandardCharsets.US_ASCII),
        "\"members\":[{\"entry\":\"x\"}]".getBytes(StandardCharsets.US_ASCII),
        "\"formatVersion\":99".getBytes(StandardCharsets.US_ASCII), "?".getBytes(StandardCharsets.US_ASCII),
        "A".getBytes(StandardCharsets.US_ASCII), "x".getBytes(StandardCharsets.US_ASCII),
        "0".getBytes(StandardCharsets.US_ASCII), "\u00c4".getBytes(StandardCharsets.UTF_8)};

    private static ExecutorService executor;
    private static Path dir;

    @BeforeAll
    static void start() throws IOException {
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fuzz-parse");
            t.setDaemon(true);
            return t;
        });
        dir = Files.createTempDirectory("protpred-fuzz-");
    }

    @AfterAll
    static void stop() throws IOException {
        executor.shutdownNow();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // ------------------------------------------------------------------ one fuzz test per parser

    @Test
    void fastaProteinReader() {
        fuzz("fasta", fastaInputs(), data -> check("fasta", ".fasta", data, f -> FastaReader.readAll(f)));
    }

    @Test
    void labelFastaReaders() {
        fuzz("label-fasta", fastaInputs(), data -> {
            check("label-fasta", ".fasta", data, f -> {
                FastaReader.readAllRaw(f);
            });
            check("lenient-fasta", ".fasta", data, f -> {
                try (Stream<FastaEntry> s = FastaReader.streamRawLenient(f)) {
                    s.forEach(e -> oneLine(e.problem()));
                }
            });
        });
    }

    @Test
    void pssmReader() {
        fuzz("pssm", mutationsOf("valid.pssm", "valid-42-fields.pssm"),
                data -> check("pssm", ".pssm", data, f -> PssmReader.read(f)));
    }

    @Test
    void alignmentReader() {
        fuzz("alignment", mutationsOf("valid.a3m", "valid.aln", "valid.afa", "query-not-first.aln"), data -> {
            check("alignment", ".a3m", data, f -> {
                AlignmentReader.read(f);
            });
            check("alignment-query", ".a3m", data, f -> AlignmentReader.read(f, "MGKVLAEHSW"));
        });
    }

    @Test
    void columnIndexReader() {
        fuzz("indices", mutationsOf("valid.indices"),
                data -> check("indices", ".indices", data, f -> ColumnIndexReader.read(f)));
    }

    @Test
    void pdbReader() {
        fuzz("pdb", mutationsOf("valid.pdb", "one-residue.pdb"),
                data -> check("pdb", ".pdb", data, f -> StructureReader.read(f)));
    }

    @Test
    void mmCifReader() {
        fuzz("cif", mutationsOf("valid.cif"), data -> check("cif", ".cif", data, f -> StructureReader.read(f)));
    }

    @Test
    void modelZipMetadata() {
        fuzz("model", modelInputs(), data -> {
            check("model", ".zip", data, f -> ModelFile.readMetadata(f));
            check("model-load", ".zip", data, f -> ModelFile.load(f, "ss-birnn"));
        });
    }

    /** Runs {@link #TRIES} tries of {@code test} on inputs from {@code inputs}; a failure names the seed. */
    private static void fuzz(String what, Function<Random, byte[]> inputs, Consumer<byte[]> test) {
        long seed = SEED != null ? SEED : new Random().nextLong();
        Random r = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            byte[] data = inputs.apply(r);
            try {
                test.accept(data);
            } catch (AssertionError e) {
                throw new AssertionError(what + ", try " + (i + 1) + " of " + TRIES + " (rerun with -D" + SEED_PROPERTY
                        + "=" + seed + "): " + e.getMessage(), e);
            }
        }
    }

    // ------------------------------------------------------------------ generators

    private static Function<Random, byte[]> fastaInputs() {
        return mutationsOf("bom.fasta", "crlf.fasta", "star-end.fasta", "mixed-good-bad.fasta", "ambiguity-codes.fasta",
                "tabs-spaces.fasta", "valid/query.fasta");
    }

    private static Function<Random, byte[]> modelInputs() {
        byte[] json = ("{\"kind\":\"ss-birnn\",\"formatVersion\":1,\"protpredVersion\":\"0.1.0\",\"network\":"
                + "\"Ensemble\",\"featureSpec\":\"{}\",\"labels\":[\"H\",\"E\",\"C\"],\"extra\":{\"seed\":\"42\"},"
                + "\"members\":[{\"entry\":\"members/1.zip\",\"network\":\"ComputationGraph\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        return r -> {
            byte[] meta = r.nextInt(4) == 0 ? json : mutate(json, r);
            byte[] zip = zip(List.of(ModelFile.METADATA_ENTRY, "members/1.zip"), List.of(meta, mutate(json, r)));
            return r.nextInt(3) == 0 ? mutate(zip, r) : zip;
        };
    }

    private static Function<Random, byte[]> mutationsOf(String... seeds) {
        byte[][] bytes = new byte[seeds.length][];
        for (int i = 0; i < seeds.length; i++) {
            try {
                bytes[i] = Files.readAllBytes(MalformedCorpusCliTest.corpus().resolve(seeds[i]));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return r -> {
            byte[] out = mutate(bytes[r.nextInt(bytes.length)], r);
            return r.nextInt(8) == 0 ? gzip(out, r) : out;
        };
    }

    /** 1-8 random edits: flip, insert a token or random bytes, delete, duplicate, truncate. */
    static byte[] mutate(byte[] seed, Random r) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] b = seed.clone();
        int edits = 1 + r.nextInt(8);
        for (int e = 0; e < edits; e++) {
            int n = b.length;
            int at = n == 0 ? 0 : r.nextInt(n + 1);
            buf.reset();
            switch (r.nextInt(7)) {
                case 0 -> {
                    if (n > 0) {
                        b[Math.min(at, n - 1)] = (byte) r.nextInt(256);
                    }
                    continue;
                }
                case 1, 2 -> {
                    byte[] t = TOKENS[r.nextInt(TOKENS.length)];
                    buf.write(b, 0, at);
                    buf.write(t, 0, t.length);
                    buf.write(b, at, n - at);
                }
                case 3 -> {
                    int len = Math.min(n - at, 1 + r.nextInt(40));
                    buf.write(b, 0, at);
                    buf.write(b, at + len, n - at - len);
                }
                case 4 -> {
                    int len = Math.min(n - at, 1 + r.nextInt(200));
                    buf.write(b, 0, at + len);
                    for (int k = r.nextInt(3); k >= 0; k--) {
                        buf.write(b, at, len);
                    }
                    buf.write(b, at + len, n - at - len);
                }
                case 5 -> buf.write(b, 0, at);
                default -> {
                    buf.write(b, 0, at);
                    for (int k = 1 + r.nextInt(16); k > 0; k--) {
                        buf.write(r.nextInt(256));
                    }
                    buf.write(b, at, n - at);
                }
            }
            b = buf.toByteArray();
        }
        return b;
    }

    private static byte[] gzip(byte[] data, Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] z = out.toByteArray();
        return r.nextBoolean() ? z : java.util.Arrays.copyOf(z, r.nextInt(z.length + 1));
    }

    private static byte[] zip(List<String> names, List<byte[]> contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ the check

    private static void oneLine(String message) {
        if (message != null && (message.contains("\n") || message.contains("\r"))) {
            fail("message of more than one line: " + message);
        }
    }

    private static void check(String what, String extension, byte[] data, Consumer<Path> parser) {
        Path file = dir.resolve(what + extension);
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Future<?> f = executor.submit(() -> parser.accept(file));
        try {
            f.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InputException ie) {
                oneLine(ie.getMessage());
                return;
            }
            Path saved = save(what, extension, data);
            throw new AssertionError(what + ": " + cause + " (input saved as " + saved + ")", cause);
        } catch (TimeoutException e) {
            f.cancel(true);
            Path saved = save(what, extension, data);
            fail(what + ": no answer within " + TIMEOUT_S + " s (input saved as " + saved + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path save(String what, String extension, byte[] data) {
        try {
            Path d = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Path p = d.resolve(what + "-" + Integer.toHexString(java.util.Arrays.hashCode(data)) + extension);
            Files.write(p, data);
            return p.toAbsolutePath();
        } catch (IOException e) {
            return Path.of("(not saved: " + e.getMessage() + ")");
        }
    }
}
