package org.protpred.pipeline.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.protpred.models.core.DataLocation;
import org.protpred.pipeline.io.AlignmentReader;
import org.protpred.pipeline.io.PssmReader;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * The small real inputs of {@code examples/}, as 6 records:
 * <ul>
 *   <li>{@code dncon2_dryrun}: {@code T0866}, {@code T0900} and {@code 3e7u}, each with its FASTA sequence and its
 *       native structure (numbered as the FASTA, so residues outside the structure have NaN coordinates and are not
 *       scored); {@code T0900} also carries its HHblits alignment ({@code alignments/T0900.aln}) and its PSI-BLAST
 *       profile ({@code pssm/T0900.pssm});</li>
 *   <li>{@code msa_examples}: {@code 16pkA}, {@code 1a0tP} and {@code 1guuA} with their structures (observed residues)
 *       and PSICOV alignments.</li>
 * </ul>
 * {@code msa_examples/5ptpA.aln} is left out: its structure is not in the folder and the alignment does not list the
 * query first, so its sequence is unknown.
 */
public final class ExamplesDataset {

    public static final String FOLDER = "examples";
    public static final int RECORDS = 6;

    private ExamplesDataset() {
    }

    public static ProteinDataset shared() {
        return in(DataLocation.require(FOLDER));
    }

    public static ProteinDataset in(Path folder) {
        Path dn = folder.resolve("dncon2_dryrun");
        Path run = dn.resolve("output/T0900-2017-Oct-23");
        Path msa = folder.resolve("msa_examples");
        List<Path> sources = new ArrayList<>();
        List<Supplier<ProteinRecord>> readers = new ArrayList<>();
        for (String[] t : new String[][] {{"T0866", "T0866-D1"}, {"T0900", "T0900-D1"}, {"3e7u", "3E7U"}}) {
            Path fasta = dn.resolve("input/" + t[0] + ".fasta");
            Path pdb = dn.resolve("native/" + t[1] + ".pdb");
            sources.add(fasta);
            sources.add(pdb);
            boolean extras = t[0].equals("T0900");
            Path aln = run.resolve("alignments/T0900.aln");
            Path pssm = run.resolve("pssm/T0900.pssm");
            if (extras) {
                sources.add(aln);
                sources.add(pssm);
            }
            readers.add(() -> {
                String seq = DataFiles.fastaSequence(fasta);
                ProteinRecord r = DataFiles.numberedInto(DataFiles.structure(pdb, null, t[0]), t[0], seq, pdb, fasta,
                        "DNCON2 dry-run target " + t[0]);
                if (extras) {
                    r = PssmReader.attach(r, pssm).withAlignment(AlignmentReader.read(aln, seq));
                }
                return r;
            });
        }
        for (String[] t : new String[][] {{"16pkA", "16pkA.pdb", "16pkA0.aln"}, {"1a0tP", "1a0tP.pdb", "1a0tP0.aln"},
            {"1guuA", "disteval_1guuA.pdb", "1guuA.aln"}}) {
            Path pdb = msa.resolve(t[1]);
            Path aln = msa.resolve(t[2]);
            sources.add(pdb);
            sources.add(aln);
            readers.add(() -> {
                ProteinRecord s = DataFiles.structure(pdb, null, t[0]);
                return new ProteinRecord(t[0], s.sequence(), "PSICOV example " + t[0], null, null, null,
                        AlignmentReader.read(aln, s.sequence()), s.structure(), null);
            });
        }
        return new ListedDataset<>("examples", readers, Supplier::get, sources);
    }
}
