package org.protpred.pipeline.labels;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.DataLocation;
import org.protpred.pipeline.io.StructureChain;
import org.protpred.pipeline.io.StructureReader;
import org.protpred.pipeline.io.TestStructures;

class DsspCalculatorTest {

    @TempDir
    Path dir;

    @Test
    void unstructuredChainIsAllCoil() throws IOException {
        Path p = dir.resolve("t.pdb");
        Files.writeString(p, TestStructures.fourResidues());
        StructureChain ch = StructureReader.read(p);
        assertEquals("CCCC", DsspCalculator.eightState(ch));
        assertEquals("CCCC", DsspCalculator.threeState(ch));
    }

    /**
     * Reference from mkdssp 4.2.2 on PSICOV150 1aap (56 residues); BioJava's DSSP agrees on every residue here. Runs
     * without mkdssp, so the assignment stays checked on machines that lack it.
     */
    @Test
    void matchesRecordedMkdsspOutputFor1aap() {
        Path psicov = DataLocation.folder("contact/psicov150/pdb").orElse(null);
        RequiresData.assume(psicov != null, "PSICOV150 data not present");
        StructureChain ch = StructureReader.read(psicov.resolve("1aap.pdb"));
        assertEquals(MKDSSP_1AAP, DsspCalculator.eightState(ch));
    }

    static final String MKDSSP_1AAP = "CGGGGGSCCCCCSSSCCEEEEEEETTTTEEEEEEECSSSCCSCCBSSHHHHHHHHC";

    /** Agreement with mkdssp on every 15th PSICOV150 structure (10 chains); runs only where mkdssp is installed. */
    @Test
    void agreesWithMkdssp() throws IOException, InterruptedException {
        Path psicov = DataLocation.folder("contact/psicov150/pdb").orElse(null);
        RequiresData.assume(psicov != null, "PSICOV150 data not present");
        Assumptions.assumeTrue(Mkdssp.available(), "mkdssp not on PATH (Debian package dssp)");
        List<Path> files;
        try (Stream<Path> s = Files.list(psicov)) {
            files = s.filter(f -> f.toString().endsWith(".pdb")).sorted().toList();
        }
        long residues = 0;
        long same8 = 0;
        long same3 = 0;
        for (int k = 0; k < files.size(); k += 15) {
            StructureChain ch = StructureReader.read(files.get(k));
            String ours = DsspCalculator.eightState(ch);
            Map<String, Character> ref = Mkdssp.states(files.get(k), ch.chainName(), dir);
            String[] numbers = ch.observedRecord().structure().residueNumbers();
            for (int i = 0; i < numbers.length; i++) {
                char theirs = SecondaryStructureAlphabet.eightState(ref.getOrDefault(numbers[i], ' '));
                residues++;
                same8 += theirs == ours.charAt(i) ? 1 : 0;
                same3 += SecondaryStructureAlphabet.threeState(theirs)
                        == SecondaryStructureAlphabet.threeState(ours.charAt(i)) ? 1 : 0;
            }
        }
        double q8 = same8 / (double) residues;
        double q3 = same3 / (double) residues;
        System.out.printf("DSSP vs mkdssp on %d residues: 8-state %.4f, 3-state %.4f%n", residues, q8, q3);
        assertTrue(residues > 1000, "compared " + residues + " residues");
        assertTrue(q3 >= 0.99, "3-state agreement " + q3);
        assertTrue(q8 >= 0.98, "8-state agreement " + q8);
    }
}
