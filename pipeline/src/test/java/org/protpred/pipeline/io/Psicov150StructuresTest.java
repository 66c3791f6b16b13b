package org.protpred.pipeline.io;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.biojava.nbio.structure.Atom;
import org.biojava.nbio.structure.Group;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.DataLocation;
import org.protpred.pipeline.protein.ProteinRecord;

/** Every PSICOV150 structure against its FASTA file (skipped when the data folder is absent). */
class Psicov150StructuresTest {

    @Test
    void everyStructureParsesAndMatchesItsFasta() throws IOException {
        Path root = DataLocation.folder("contact/psicov150").orElse(null);
        RequiresData.assume(root != null, "PSICOV150 data not present");
        List<Path> pdbs;
        try (Stream<Path> s = Files.list(root.resolve("pdb"))) {
            pdbs = s.filter(p -> p.toString().endsWith(".pdb")).sorted().toList();
        }
        assertEquals(150, pdbs.size());
        double sumDeviation = 0;
        long realCBetas = 0;
        for (Path pdb : pdbs) {
            String id = InputFiles.baseName(pdb, ".pdb");
            StructureChain chain = StructureReader.read(pdb);
            ProteinRecord fasta = FastaReader.readAll(root.resolve("fasta/" + id + ".fasta")).get(0);
            ProteinRecord observed = chain.observedRecord();
            assertEquals(fasta.id(), observed.id(), id);
            assertEquals(fasta.sequence(), observed.sequence(), id);
            assertEquals(fasta.sequence(), chain.fullSequence(), id + ": no SEQRES, so every residue is observed");
            for (Group g : chain.observedGroups()) {
                Atom n = g.getAtom("N");
                Atom ca = g.getAtom("CA");
                Atom c = g.getAtom("C");
                Atom cb = g.getAtom("CB");
                if (n != null && c != null && cb != null) {
                    double[] v = VirtualCBeta.place(n.getCoords(), ca.getCoords(), c.getCoords());
                    double[] r = cb.getCoords();
                    sumDeviation += Math.sqrt(Math.pow(v[0] - r[0], 2) + Math.pow(v[1] - r[1], 2)
                            + Math.pow(v[2] - r[2], 2));
                    realCBetas++;
                }
            }
        }
        double meanDeviation = sumDeviation / realCBetas;
        System.out.printf("virtual vs real C-beta over %d residues: mean %.3f A%n", realCBetas, meanDeviation);
        assertTrue(realCBetas > 15000, "compared " + realCBetas + " C-beta atoms");
        assertTrue(meanDeviation < 0.1, "virtual C-beta is " + meanDeviation + " A from the real one on average");
    }

    /** Every 30th structure written as mmCIF by BioJava and read back gives the same chain. */
    @Test
    void mmCifRoundTrip(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path root = DataLocation.folder("contact/psicov150/pdb").orElse(null);
        RequiresData.assume(root != null, "PSICOV150 data not present");
        List<Path> pdbs;
        try (Stream<Path> s = Files.list(root)) {
            pdbs = s.filter(p -> p.toString().endsWith(".pdb")).sorted().toList();
        }
        for (int k = 0; k < pdbs.size(); k += 30) {
            StructureChain fromPdb = StructureReader.read(pdbs.get(k));
            Path cif = tmp.resolve(InputFiles.baseName(pdbs.get(k), ".pdb") + ".cif");
            Files.writeString(cif, org.biojava.nbio.structure.io.cif.CifStructureConverter.toText(
                    StructureReader.parse(pdbs.get(k))));
            StructureChain fromCif = StructureReader.read(cif);
            assertEquals(fromPdb.id(), fromCif.id());
            assertEquals(fromPdb.observedSequence(), fromCif.observedSequence());
            assertEquals(List.of(fromPdb.fullStructure().residueNumbers()),
                    List.of(fromCif.fullStructure().residueNumbers()));
            for (int i = 0; i < fromPdb.fullLength(); i++) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(fromPdb.fullStructure().cb()[i],
                        fromCif.fullStructure().cb()[i], 1e-6);
            }
        }
    }
}
