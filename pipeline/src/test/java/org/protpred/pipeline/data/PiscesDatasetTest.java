package org.protpred.pipeline.data;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.ProteinRecord;

/** The PISCES 8-state JSON reader on small hand-written files, and on the shared copy when present. */
class PiscesDatasetTest {

    @TempDir
    Path tmp;

    private Path write(String json) throws IOException {
        return Files.writeString(tmp.resolve("pisces.json"), json);
    }

    @Test
    void readsColumnsIntoRecordsWithEightAndThreeStateLabels() throws IOException {
        Path f = write("{\"pdbChainId\":{\"1\":\"16VP.A\",\"3\":\"1A12.C\"},"
                + "\"sequence\":{\"1\":\"ACDEFGHIKL\",\"3\":\"MNUW\"},"
                + "\"secondary_structure\":{\"1\":\"HGIEBTSC-C\",\"3\":\"CCEE\"},\"length\":{\"1\":10,\"3\":4}}");
        PiscesDataset d = PiscesDataset.of(f);
        assertEquals("pisces25", d.name());
        assertEquals(2, d.size());
        assertEquals(List.of(f), d.sources());
        List<ProteinRecord> r = d.readAll();
        assertEquals("16VP_A", r.get(0).id());
        assertEquals("ACDEFGHIKL", r.get(0).sequence());
        assertEquals(Map.of("ss8", "HGIEBTSCCC", "ss3", "HHHEECCCCC"), r.get(0).labels());
        assertNull(r.get(0).scored());
        assertEquals("1A12_C", r.get(1).id());
        assertEquals("MNCW", r.get(1).sequence());      // U (selenocysteine) read as C
        assertEquals("CCEE", r.get(1).label("ss3").orElseThrow());
    }

    @Test
    void malformedFilesAreUserErrorsNamingTheFile() throws IOException {
        Path broken = write("{\"pdbChainId\":{\"1\":\"16VP.A\"");
        InputException e = assertThrows(InputException.class, () -> PiscesDataset.of(broken).size());
        assertEquals(broken + ": not valid JSON: ", e.getMessage().substring(0, broken.toString().length() + 18));

        Path noColumn = write("{\"pdbChainId\":{\"1\":\"16VP.A\"},\"sequence\":{\"1\":\"AC\"}}");
        assertEquals(noColumn + ": no column 'secondary_structure' (expected a pandas \"columns\" JSON object)",
                assertThrows(InputException.class, () -> PiscesDataset.of(noColumn).size()).getMessage());

        Path mismatch = write("{\"pdbChainId\":{\"1\":\"16VP.A\"},\"sequence\":{\"1\":\"ACD\"},"
                + "\"secondary_structure\":{\"1\":\"HH\"}}");
        assertEquals(mismatch + ": chain 16VP.A (row 1): secondary_structure has 2 letters, the sequence 3",
                assertThrows(InputException.class, () -> PiscesDataset.of(mismatch).size()).getMessage());

        Path badState = write("{\"pdbChainId\":{\"1\":\"16VP.A\"},\"sequence\":{\"1\":\"ACD\"},"
                + "\"secondary_structure\":{\"1\":\"HQH\"}}");
        assertEquals(badState + ": chain 16VP.A: not a DSSP secondary-structure code: 'Q'",
                assertThrows(InputException.class, () -> PiscesDataset.of(badState).size()).getMessage());

        Path missingRow = write("{\"pdbChainId\":{\"1\":\"16VP.A\"},\"sequence\":{\"2\":\"ACD\"},"
                + "\"secondary_structure\":{\"1\":\"HHH\"}}");
        assertEquals(missingRow + ": row 1: column 'sequence' is missing or not a string",
                assertThrows(InputException.class, () -> PiscesDataset.of(missingRow).size()).getMessage());

        Path absent = tmp.resolve("absent.json");
        assertThrows(InputException.class, () -> PiscesDataset.of(absent).size());
    }

    @Test
    void theSharedCopyHas5370Chains() {
        RequiresData.assume(DataLocation.folder(PiscesDataset.FOLDER).isPresent(), "PISCES data not present");
        PiscesDataset d = PiscesDataset.standard();
        List<ProteinRecord> r = d.readAll();
        assertEquals(5370, r.size());
        assertEquals("16VP_A", r.get(0).id());
        long residues = r.stream().mapToLong(ProteinRecord::length).sum();
        assertEquals(1_085_933, residues);
    }
}
