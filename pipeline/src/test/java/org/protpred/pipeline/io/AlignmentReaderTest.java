package org.protpred.pipeline.io;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.Alignment;

class AlignmentReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void a3mInsertionsAreDropped() throws IOException {
        Path p = write("q.a3m", ">query desc\nMKVL\nAG\n>hit1\nMkkV-LlAG\n>hit2\n-K.VLa..G-\n>hit3\nmmBZUO..\nxxJX\n");
        Alignment a = AlignmentReader.read(p);
        assertEquals(List.of("query", "hit1", "hit2", "hit3"), a.ids());
        assertEquals(List.of("MKVLAG", "MV-LAG", "-KVLG-", "XXCKXX"), a.rows());
        assertEquals(6, a.width());
        assertEquals(4, a.depth());
        assertEquals("MKVLAG", a.query());
    }

    @Test
    void readsOneSequencePerLine() throws IOException {
        Path p = write("x.aln", "MKV-\n\nMKIL\n-KIL\r\n");
        Alignment a = AlignmentReader.read(p);
        assertEquals(List.of("seq0", "seq1", "seq2"), a.ids());
        assertEquals(List.of("MKV-", "MKIL", "-KIL"), a.rows());
    }

    @Test
    void putsTheQueryFirst() throws IOException {
        Path p = write("y.aln", "-KIL\nMKIL\nMKV-\n");
        Alignment moved = AlignmentReader.read(p, "MKIL");
        assertEquals(List.of("MKIL", "-KIL", "MKV-"), moved.rows());
        assertEquals(List.of("seq1", "seq0", "seq2"), moved.ids());
        // an alignment made for another sequence is refused (it used to get the query added silently)
        InputException other = assertThrows(InputException.class, () -> AlignmentReader.read(p, "MKIA"));
        assertEquals(p + ": no row of the alignment is the query sequence (the first row, 'seq0', differs from it"
                + " at residue 1)", other.getMessage());
        assertEquals("seq1", AlignmentReader.read(p, "MKIX").ids().get(0), "X matches any letter");
        InputException e = assertThrows(InputException.class, () -> AlignmentReader.read(p, "MKILV"));
        assertEquals(p + ": alignment has 4 match columns, the query sequence has 5 residues", e.getMessage());
    }

    private String errorOf(String text) throws IOException {
        Path p = write("bad.aln", text);
        return assertThrows(InputException.class, () -> AlignmentReader.read(p)).getMessage()
                .substring(p.toString().length());
    }

    @Test
    void rejectsMalformedAlignments() throws IOException {
        assertEquals(":3: alignment row 'seq2' has 3 match columns, the first row has 4",
                errorOf("MKV-\nMKIL\nKIL\n"));
        assertEquals(":3: alignment row 'b' has 5 match columns, the first row has 4",
                errorOf(">a\nMKVL\n>b\nMKV\nLL\n"));
        assertEquals(":2: illegal character '1' in alignment (column 3); expected letters, '-' or '.'",
                errorOf("MKVL\nMK1L\n"));
        assertEquals(":1: alignment row 'a' has no match columns", errorOf(">a\nmkvl\n>b\nMKVL\n"));
        assertEquals(":3: header without an id", errorOf(">a\nMKVL\n>\nMKVL\n"));
        assertEquals(": alignment has no sequences", errorOf("\n\n"));
    }

    @Test
    void readsRealAlignments() {
        Path pfam = DataLocation.folder("contact/pfam40/msa/PF02823.align.80").orElse(null);
        RequiresData.assume(pfam != null, "Pfam40 data not present");
        Alignment a = AlignmentReader.read(pfam);
        assertEquals(537, a.depth());
        assertEquals(81, a.width());
        assertEquals("ATPE_PSEAK/3-81", a.ids().get(0));
        assertTrue(a.rows().contains(
                "YHLDVVSAEQQMFSGL-VEKIQVTGSEGELGIYPGHAPLLTAIKPGMIRIVKQHGHEEFIYLSGGILEVQLGNVTVLADTA"));

    }

    @Test
    void movesTheQueryOfAPsicovFileToTheFront() {
        Path aln = DataLocation.folder("examples/msa_examples/1guuA.aln").orElse(null);
        RequiresData.assume(aln != null, "example data not present");
        String query = FastaReader.readAll(aln.resolveSibling("disteval_1guuA.fasta")).get(0).sequence();
        Alignment b = AlignmentReader.read(aln, query);
        assertEquals(8811, b.depth(), "the query is one of the rows (line 4101) and is moved to the front");
        assertEquals(query, b.query());
        assertEquals("seq4100", b.ids().get(0));
    }
}
