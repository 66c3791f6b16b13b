package org.protpred.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.InputException;

/** Bounded reading of FASTA files: length limits, lenient skipping, standard input, pipes, byte-order marks. */
class FastaReaderLimitsTest {

    private static final int N = FastaReader.MAX_RESIDUES;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void recordOfExactlyTheLimitIsRead() throws IOException {
        Path f = write("ok.fasta", ">a\n" + "A".repeat(N / 2) + "\n" + "C".repeat(N / 2) + "*\n>b\nMK\n");
        assertEquals(N, FastaReader.readAll(f).get(0).sequence().length());
        assertEquals(N + 1, FastaReader.readAllRaw(f).get(0).text().length(), "raw text keeps the '*'");
    }

    @Test
    void longerRecordIsRefusedNamingFileLineAndId() throws IOException {
        Path f = write("long.fasta", ">a\nMK\n>big x\n" + "A".repeat(N / 2) + "\n" + "C".repeat(N / 2 + 1) + "\n");
        InputException e = assertThrows(InputException.class, () -> FastaReader.readAll(f));
        assertEquals(f + ":3: record 'big' has more than 100000 residues", e.getMessage());
        e = assertThrows(InputException.class, () -> FastaReader.readAllRaw(f));
        assertEquals(f + ":3: record 'big' has more than 100000 residues", e.getMessage());
    }

    @Test
    void lenientStreamSkipsTheLongRecordAndGoesOn() throws IOException {
        Path f = write("mixed.fasta", ">a\nMK\n>big\n" + "A".repeat(3 * N) + "\nAAAA\n\n>c\nLLV\n");
        List<FastaEntry> all;
        try (Stream<FastaEntry> s = FastaReader.streamRawLenient(f)) {
            all = s.toList();
        }
        assertEquals(List.of("a", "big", "c"), all.stream().map(FastaEntry::id).toList());
        assertNull(all.get(0).problem());
        assertEquals(f + ":3: record 'big' has more than 100000 residues", all.get(1).problem());
        assertEquals(N + 1, all.get(1).text().length());
        assertEquals("LLV", all.get(2).text());
        assertEquals(7, all.get(2).line());
    }

    @Test
    void longHeaderIsRefused() throws IOException {
        Path f = write("h.fasta", ">a\nMK\n>" + "x".repeat(FastaReader.MAX_HEADER + 5) + "\nMK\n");
        InputException e = assertThrows(InputException.class, () -> FastaReader.readAllRaw(f));
        assertEquals(f + ":3: header longer than 10000 characters", e.getMessage());
        Path first = write("h1.fasta", ">" + "x".repeat(3 * FastaReader.MAX_HEADER) + "\nMK\n");
        assertEquals(first + ":1: header longer than 10000 characters",
                assertThrows(InputException.class, () -> FastaReader.readAll(first)).getMessage());
    }

    /**
     * A gzip of a 256 MiB sequence line (a few hundred kB on disk) read in a JVM with a 64 MiB heap: the lenient
     * stream reports the record and goes on to the next; strict reading refuses it with one line. Before bounded
     * reading, the line was read whole (OutOfMemoryError).
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void gzipOfAHugeLineIsReadInASmallHeap() throws Exception {
        Path f = dir.resolve("huge.fasta.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            out.write(">first\nMKV\n>huge one\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "ACDEFGHIKL".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 256L << 20; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\n>last\nLLV\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertTrue(Files.size(f) < 16 << 20, "the test file is small: " + Files.size(f));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                FastaBoundedMain.class.getName(), f.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(100, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        assertEquals("lenient first 3 null", lines.get(0), out);
        assertEquals("lenient huge " + (N + 1) + " " + f + ":3: record 'huge' has more than 100000 residues",
                lines.get(1), out);
        assertEquals("lenient last 3 null", lines.get(2), out);
        assertEquals("strict " + f + ":3: record 'huge' has more than 100000 residues", lines.get(3), out);
        assertTrue(Long.parseLong(lines.get(4).split(" ")[1]) <= 64L << 20, out);
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() throws IOException {
        Path f = dir.resolve("bom.fasta");
        Files.write(f, "\uFEFF>a desc\r\nMKV\r\nLL\r\n>b\r\nAC\r\n".getBytes(StandardCharsets.UTF_8));
        var r = FastaReader.readAll(f);
        assertEquals("a", r.get(0).id());
        assertEquals("desc", r.get(0).description());
        assertEquals("MKVLL", r.get(0).sequence());
        assertEquals("AC", r.get(1).sequence());
    }

    @Test
    void dashReadsStandardInput() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(">s\nMKV\n".getBytes(StandardCharsets.US_ASCII)));
            assertEquals("MKV", FastaReader.readAll(Path.of("-")).get(0).sequence());
            System.setIn(new ByteArrayInputStream(new byte[0]));
            assertEquals("-: empty file (0 bytes)",
                    assertThrows(InputException.class, () -> FastaReader.readAll(Path.of("-"))).getMessage());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void namedPipeIsRead() throws Exception {
        Path fifo = dir.resolve("pipe.fasta");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(">p\nMKV\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        assertEquals("MKV", FastaReader.readAll(fifo).get(0).sequence());
        writer.join();
    }

    @Test
    void controlCharactersInMessagesAreEscaped() throws IOException {
        Path f = write("ctl.fasta", ">a\u0001b\nMK\u0002V\n");
        String m = assertThrows(InputException.class, () -> FastaReader.readAll(f)).getMessage();
        assertEquals(f + ":2: illegal character '\\u0002' in the sequence of 'a\\u0001b' (column 3);"
                + " expected amino-acid letters", m);
    }

    @Test
    void danglingSymlinkIsNamed() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("dangling.fasta"), dir.resolve("nowhere.fasta"));
        assertEquals(link + ": no such file (a symbolic link to a missing file)",
                assertThrows(InputException.class, () -> FastaReader.readAll(link)).getMessage());
    }
}
