package org.protpred.pipeline.ss;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.protpred.pipeline.data.Cb513Ts115Dataset;
import org.protpred.pipeline.data.NetSurfP2Dataset;
import org.protpred.pipeline.protein.ProteinRecord;

/** The secondary-structure set readers, on small files written here and on the shared data when present. */
class SsDatasetsTest {

    @TempDir
    Path tmp;

    private Path netsurfp(String sampled) throws IOException {
        Files.writeString(tmp.resolve("sequences.fasta"), ">a\nMKVL\n>b\nGGS\n>c\nAC\n");
        Files.writeString(tmp.resolve("sampled.fasta"), sampled);
        Files.writeString(tmp.resolve("mask.fasta"), ">a\n0111\n>b\n111\n>c\n11\n");
        return tmp;
    }

    @Test
    void netsurfpSplitsLabelsAndMask() throws IOException {
        Path dir = netsurfp(">a SET=train VALIDATION=False\nCHHE\n>b SET=train VALIDATION=True\nCCC\n"
                + ">c SET=test VALIDATION=False\nEE\n");
        List<ProteinRecord> train = NetSurfP2Dataset.of(dir, NetSurfP2Dataset.Split.TRAIN).readAll();
        assertEquals(1, train.size());
        ProteinRecord a = train.get(0);
        assertEquals("MKVL", a.sequence());
        assertEquals("CHHE", a.label("ss3").orElseThrow());
        assertFalse(a.isScored(0));
        assertTrue(a.isScored(1));
        assertArrayEquals(new int[] {-1, 0, 0, 1}, SsLabels.classes(a));
        assertEquals("b", NetSurfP2Dataset.of(dir, NetSurfP2Dataset.Split.VALIDATION).readAll().get(0).id());
        assertEquals("c", NetSurfP2Dataset.of(dir, NetSurfP2Dataset.Split.TEST).readAll().get(0).id());
    }

    @Test
    void netsurfpLabelOfWrongLengthNamesFileAndRecord() throws IOException {
        Path dir = netsurfp(">a SET=train VALIDATION=False\nCHH\n>b SET=train VALIDATION=True\nCCC\n"
                + ">c SET=test VALIDATION=False\nEE\n");
        InputException e = assertThrows(InputException.class,
                () -> NetSurfP2Dataset.of(dir, NetSurfP2Dataset.Split.TRAIN).readAll());
        assertTrue(e.getMessage().startsWith(dir.resolve("sampled.fasta") + ":1: record 'a' has 3 letters"),
                e.getMessage());
    }

    @Test
    void cb513CsvColumns() throws IOException {
        Path csv = tmp.resolve("set.csv");
        Files.writeString(csv, "input, dssp3, dssp8, disorder, cb513_mask\n"
                + "M K V,C H E,C G B,0.0 1.0 1.0,1.0 1.0 0.0\n");
        ProteinRecord r = Cb513Ts115Dataset.of(csv, "mini", "M_").readAll().get(0);
        assertEquals("M_0", r.id());
        assertEquals("MKV", r.sequence());
        assertEquals("CHE", r.label("ss3").orElseThrow());
        assertEquals("CGB", r.label("ss8").orElseThrow());
        assertEquals("110", r.label(Cb513Ts115Dataset.CB513_MASK).orElseThrow());
        assertFalse(r.isScored(0));
        assertTrue(r.isScored(2));
        Files.writeString(csv, "input, dssp3, dssp8, disorder\nM K V,C H,C G B,1.0 1.0 1.0\n");
        InputException e = assertThrows(InputException.class,
                () -> Cb513Ts115Dataset.of(csv, "mini", "M_").readAll());
        assertEquals(csv + ":2: dssp3 has 2 entries, the sequence 3", e.getMessage());
    }

    @Test
    void sharedSetsHaveTheDocumentedSizes() {
        RequiresData.assume(DataLocation.folder(NetSurfP2Dataset.FOLDER).isPresent(), "no NetSurfP-2.0 data");
        assertEquals(9571, NetSurfP2Dataset.standard(NetSurfP2Dataset.Split.TRAIN).size());
        assertEquals(1062, NetSurfP2Dataset.standard(NetSurfP2Dataset.Split.VALIDATION).size());
        assertEquals(359, NetSurfP2Dataset.standard(NetSurfP2Dataset.Split.TEST).size());
        RequiresData.assume(DataLocation.folder(Cb513Ts115Dataset.FOLDER).isPresent(), "no CB513/TS115 data");
        List<ProteinRecord> cb513 = Cb513Ts115Dataset.cb513().readAll();
        assertEquals(511, cb513.size());
        assertEquals(115, Cb513Ts115Dataset.ts115().size());
        assertEquals("RTDCYGNVNRIDTTGASCKTAKPEGLSYCGVSASKKIAERDLQAMDRYKTIIKKVGEKLCVEPAVIAGIISRESHAGKVL"
                .substring(0, 20), cb513.get(0).sequence().substring(0, 20));
    }
}
