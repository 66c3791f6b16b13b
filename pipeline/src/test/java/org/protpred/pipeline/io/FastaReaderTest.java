package org.protpred.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.ProteinRecord;

class FastaReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsMultiRecordWrappedMixedCase() throws IOException {
        Path f = write("a.fasta", "\n>sp|P1 first protein\nACDEF\nghikl\n\n>p2\nmnpqrstvwy*\n>p3 x  y\r\nAC DE\tX\n");
        List<ProteinRecord> r = FastaReader.readAll(f);
        assertEquals(3, r.size());
        assertEquals("sp|P1", r.get(0).id());
        assertEquals("first protein", r.get(0).description());
        assertEquals("ACDEFGHIKL", r.get(0).sequence());
        assertEquals("p2", r.get(1).id());
        assertEquals("", r.get(1).description());
        assertEquals("MNPQRSTVWY", r.get(1).sequence(), "final '*' is dropped");
        assertEquals("x  y", r.get(2).description());
        assertEquals("ACDEX", r.get(2).sequence());
    }

    @Test
    void mapsAmbiguityCodesAsAminoAcidsDocuments() throws IOException {
        Path f = write("b.fa", ">q\nBZJUOx\n");
        assertEquals("XXXCKX", FastaReader.readAll(f).get(0).sequence());
    }

    @Test
    void readsGzip() throws IOException {
        Path f = dir.resolve("c.fasta.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(">g1\nMKV\n>g2\nLLA\n".getBytes(StandardCharsets.US_ASCII));
        }
        List<ProteinRecord> r = FastaReader.readAll(f);
        assertEquals(List.of("MKV", "LLA"), r.stream().map(ProteinRecord::sequence).toList());
    }

    @Test
    void rawModeKeepsLabelCharacters() throws IOException {
        Path f = write("ss.fasta", ">1abc-A SET=train\nHHEE\nCC--\n>m\n0011\n");
        List<FastaEntry> r = FastaReader.readAllRaw(f);
        assertEquals(new FastaEntry("1abc-A", "SET=train", "HHEECC--", 1), r.get(0));
        assertEquals(new FastaEntry("m", "", "0011", 4), r.get(1));
    }

    private static String errorOf(Path f) {
        return assertThrows(InputException.class, () -> FastaReader.readAll(f)).getMessage();
    }

    @Test
    void rejectsDigitsWithFileAndLine() throws IOException {
        Path f = write("d.fasta", ">a\nACD\nAC1D\n");
        assertEquals(f + ":3: illegal character '1' in the sequence of 'a' (column 3); expected amino-acid letters",
                errorOf(f));
    }

    @Test
    void rejectsStarInside() throws IOException {
        Path f = write("s.fasta", ">a\nAC*\nDE\n");
        assertTrue(errorOf(f).startsWith(f + ":2: '*' inside the sequence of 'a'"), errorOf(f));
        Path g = write("s2.fasta", ">a\nAC**\n");
        assertTrue(errorOf(g).startsWith(g + ":2: '*' inside"), errorOf(g));
    }

    @Test
    void rejectsGapsAndNonAsciiLetters() throws IOException {
        assertTrue(errorOf(write("g.fasta", ">a\nAC-D\n")).contains(":2: illegal character '-'"));
        assertTrue(errorOf(write("u.fasta", ">a\nACÉD\n")).contains(":2: illegal character 'É'"));
    }

    @Test
    void rejectsEmptyRecords() throws IOException {
        Path f = write("e.fasta", ">a\nACD\n>b\n\n>c\nAAA\n");
        assertEquals(f + ":3: record 'b' has no sequence", errorOf(f));
        Path last = write("e2.fasta", ">a\nACD\n>b\n");
        assertEquals(last + ":3: record 'b' has no sequence", errorOf(last));
    }

    @Test
    void rejectsDuplicateIds() throws IOException {
        Path f = write("dup.fasta", ">a x\nACD\n>b\nA\n>a y\nC\n");
        assertEquals(f + ":5: duplicate id 'a'", errorOf(f));
    }

    @Test
    void rejectsNonFastaAndHeaderWithoutId() throws IOException {
        Path f = write("n.fasta", "\n\nACDEF\n");
        assertEquals(f + ":3: not a FASTA file: the first line must start with '>'", errorOf(f));
        Path h = write("h.fasta", ">a\nAC\n>  \nAC\n");
        assertEquals(h + ":3: header without an id", errorOf(h));
        Path blank = write("blank.fasta", "\n  \n");
        assertEquals(blank + ": no FASTA records (file holds only blank lines)", errorOf(blank));
    }

    @Test
    void rejectsMissingDirectoryAndEmptyFile() throws IOException {
        Path missing = dir.resolve("nope.fasta");
        assertEquals(missing + ": no such file", errorOf(missing));
        assertEquals(dir + ": is a directory, not a file", errorOf(dir));
        Path empty = write("zero.fasta", "");
        assertEquals(empty + ": empty file (0 bytes)", errorOf(empty));
    }

    @Test
    void rejectsTruncatedGzip() throws IOException {
        Path f = dir.resolve("t.fasta.gz");
        byte[] whole;
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) {
            out.write(">g1\nMKVLLAAAAAAAAAAAAAAAAAAAAAAA\n".repeat(200).replace(">g1", ">g").getBytes());
        }
        whole = b.toByteArray();
        Files.write(f, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThrows(InputException.class, () -> FastaReader.readAll(f));
    }

    @Test
    void errorsLaterInTheFileSurfaceLazily() throws IOException {
        Path f = write("lazy.fasta", ">a\nACD\n>b\nA9\n");
        try (Stream<ProteinRecord> s = FastaReader.stream(f)) {
            Iterator<ProteinRecord> it = s.iterator();
            assertEquals("ACD", it.next().sequence());
            InputException e = assertThrows(InputException.class, it::next);
            assertTrue(e.getMessage().startsWith(f + ":4:"), e.getMessage());
        }
    }

    /** 100,000 records streamed; with a small heap this would fail if the reader held the whole file. */
    @Test
    void streamsManyRecords() throws IOException {
        Path f = dir.resolve("many.fasta");
        String seq = "MKTAYIAKQRQISFVKSHFSRQLEERLGLIEVQAPILSRVGDGTQDNLSGAEKAVQVKVKALPDAQFEVVHSLAKWKRQTLGQHDFSAGEGLYTHMKALRPDEDRLSPLHSVYVDQWDWERVMGDGERQFSTLKSTVEAIWAGIKATEAAVSEEFGLAPFLPDQIHFVHSQELLSRYPDLDAKGRERAIAKDLGAVFLVGIGGKLSDGHRHDVRAPDYDDWUAARHFD";
        try (Writer w = Files.newBufferedWriter(f)) {
            for (int i = 0; i < 100_000; i++) {
                w.write(">r" + i + " record " + i + "\n");
                for (int k = 0; k < seq.length(); k += 60) {
                    w.write(seq, k, Math.min(60, seq.length() - k));
                    w.write('\n');
                }
            }
        }
        long count;
        long residues;
        long before = usedHeapAfterGc();
        long[] during = new long[1];
        try (Stream<ProteinRecord> s = FastaReader.stream(f)) {
            long[] acc = new long[2];
            s.forEach(r -> {
                acc[0]++;
                acc[1] += r.length();
                if (acc[0] == 90_000) {
                    during[0] = usedHeapAfterGc();
                }
            });
            count = acc[0];
            residues = acc[1];
        }
        assertEquals(100_000, count);
        assertEquals(100_000L * seq.length(), residues);
        // the file is about 28 MB; 90,000 records in, the reader holds only their ids (a few MB)
        long fileSize = Files.size(f);
        assertTrue(during[0] - before < fileSize / 3,
                "heap grew by " + (during[0] - before) + " bytes while streaming a " + fileSize + "-byte file");
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
