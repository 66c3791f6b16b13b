package org.protpred.pipeline.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.biojava.nbio.core.sequence.AccessionID;
import org.biojava.nbio.core.sequence.ProteinSequence;
import org.biojava.nbio.structure.Structure;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.contacts.ContactPrediction;
import org.protpred.pipeline.fold.FoldPrediction;
import org.protpred.pipeline.io.StructureChain;
import org.protpred.pipeline.io.StructureReader;
import org.protpred.pipeline.labels.TrueLabels;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * protpred as one library call for Java and BioJava callers: secondary structure, SCOP fold ranking and
 * residue-residue contacts of a protein sequence ({@link #predict}), and the true labels of a BioJava
 * {@link Structure} to score them against ({@link #labels}).
 *
 * <pre>{@code
 * ProtPred protpred = ProtPred.bundled();                       // the shipped models, loaded once
 * ProteinPrediction p = protpred.predict(new ProteinSequence("MKVLAAGIVG..."));
 * p.secondaryStructure().states();                             // "CCEEEEECCHHHH..."
 * p.bestFold().fold();                                         // "a.1"
 * p.topContacts(ContactRange.LONG, 5);                         // top L/5 long-range pairs
 * StructureLabels truth = ProtPred.labels(structure);          // DSSP states and contact map of chain 1
 * truth.q3(protpred.predict(truth.id(), truth.sequence()));
 * }</pre>
 *
 * <p>The three predictors are those of the command line ({@link SecondaryStructurePredictor}, {@link FoldClassifier}
 * and {@link ContactPredictor}, each over the task layer's predictor), so a prediction equals what
 * {@code protpred predict ss|fold|contacts} writes for the same sequence.
 *
 * <p><b>Threads.</b> An instance is safe to share between threads, and they predict at the same time.
 * {@link #bundled()} loads the shipped models on its first call (in any thread; the others wait) and returns the
 * same instance afterwards. Loading the first model applies protpred's library default for ND4J's native threads
 * (one OpenMP thread unless {@code OMP_NUM_THREADS}, {@code OMP_WAIT_POLICY} or {@code -Dprotpred.threads=N} says
 * otherwise; see {@code org.protpred.models.core.NativeThreads}). Bad sequences (letters that are no amino-acid
 * code, empty, or fewer than 7 residues, too short for contacts) throw {@link InputException}, unchecked, before
 * anything is predicted.
 */
public final class ProtPred {

    private static final Object BUNDLED_LOCK = new Object();
    private static volatile ProtPred bundled;

    private final SecondaryStructurePredictor secondaryStructure;
    private final FoldClassifier fold;
    private final ContactPredictor contacts;

    private ProtPred(SecondaryStructurePredictor secondaryStructure, FoldClassifier fold, ContactPredictor contacts) {
        this.secondaryStructure = secondaryStructure;
        this.fold = fold;
        this.contacts = contacts;
    }

    /**
     * The three models shipped with protpred (3-state secondary structure, fold with alignment evidence,
     * single-sequence contacts), loaded on the first call and shared afterwards.
     */
    public static ProtPred bundled() {
        ProtPred p = bundled;
        if (p == null) {
            synchronized (BUNDLED_LOCK) {
                if (bundled == null) {
                    bundled = new ProtPred(SecondaryStructurePredictor.bundled(), FoldClassifier.bundled(),
                            ContactPredictor.bundled());
                }
                p = bundled;
            }
        }
        return p;
    }

    /**
     * Model files written by {@code protpred train ss}, {@code train fold} and {@code train contacts}; a null path
     * takes the shipped model of that kind.
     *
     * @throws InputException for a missing or damaged file, or a model of another kind or one needing alignments
     */
    public static ProtPred load(Path ssModel, Path foldModel, Path contactModel) {
        ContactPredictor c = contactModel == null ? ContactPredictor.bundled() : ContactPredictor.load(contactModel);
        if (c.model().needsAlignment()) {
            throw new InputException(c.model().source() + ": needs an alignment per sequence; ProtPred predicts "
                    + "from the sequence alone (use ContactPredictor for alignments)");
        }
        return new ProtPred(ssModel == null ? SecondaryStructurePredictor.bundled()
                : SecondaryStructurePredictor.load(ssModel),
                foldModel == null ? FoldClassifier.bundled() : FoldClassifier.load(foldModel), c);
    }

    /** The secondary-structure predictor in use (e.g. for its batched {@code predictAll}). */
    public SecondaryStructurePredictor secondaryStructure() {
        return secondaryStructure;
    }

    /** The fold classifier in use. */
    public FoldClassifier fold() {
        return fold;
    }

    /** The contact predictor in use. */
    public ContactPredictor contacts() {
        return contacts;
    }

    /** All predictions of a sequence; its id is its accession ({@code sequence} when it has none). */
    public ProteinPrediction predict(ProteinSequence sequence) {
        return predictAll(List.of(sequence)).get(0);
    }

    /** All predictions of a sequence given as letters (read as the command line reads FASTA). */
    public ProteinPrediction predict(String id, String sequence) {
        return predictRecords(List.of(record(id, sequence))).get(0);
    }

    /**
     * All predictions of many sequences, in their order; secondary structure and folds are predicted in batches
     * (much faster than one call each), contacts one chain at a time.
     */
    public List<ProteinPrediction> predictAll(List<ProteinSequence> sequences) {
        List<ProteinRecord> records = new ArrayList<>(sequences.size());
        for (int n = 0; n < sequences.size(); n++) {
            records.add(record(idOf(sequences.get(n), n, sequences.size()), sequences.get(n).getSequenceAsString()));
        }
        return predictRecords(records);
    }

    private static String idOf(ProteinSequence sequence, int index, int count) {
        AccessionID accession = sequence.getAccession();
        String id = accession == null ? null : accession.getID();
        if (id != null && !id.isBlank()) {
            return id;
        }
        return count == 1 ? "sequence" : "sequence" + (index + 1);
    }

    private static ProteinRecord record(String id, String sequence) {
        String name = id == null || id.isBlank() ? "sequence" : id;
        return ProteinRecord.of(name, Sequences.canonical(sequence, name));
    }

    private List<ProteinPrediction> predictRecords(List<ProteinRecord> records) {
        for (ProteinRecord r : records) {
            secondaryStructure.model().check(r);
            fold.model().check(r);
            contacts.model().check(r);
        }
        List<SecondaryStructurePrediction> ss = secondaryStructure.predictRecords(records);
        List<FoldPrediction> folds = fold.model().predict(records);
        List<ProteinPrediction> out = new ArrayList<>(records.size());
        for (int n = 0; n < records.size(); n++) {
            ProteinRecord r = records.get(n);
            ContactPrediction c = contacts.model().predict(r);
            out.add(new ProteinPrediction(r.id(), r.sequence(), ss.get(n), folds.get(n), c));
        }
        return out;
    }

    /**
     * Reads a PDB or mmCIF file (plain or gzip) into a BioJava {@link Structure} as {@code protpred labels} does:
     * offline (BioJava's small chemical-component dictionary, never a download), first model, coordinates checked.
     * Any other BioJava {@code Structure} (e.g. from {@code AtomCache}) works with {@link #labels} as well.
     *
     * @throws InputException naming the file when it is missing or malformed
     */
    public static Structure readStructure(Path file) {
        return StructureReader.parse(file);
    }

    /**
     * The true labels of the first protein chain of a structure (first model), as {@code protpred labels} computes
     * them. DSSP runs on the whole first model, so hydrogen bonds to other chains count; as a side effect BioJava
     * stores the assignment in the structure's groups ({@code Group.SEC_STRUC}), so two threads must not label the
     * same {@code Structure} object at the same time (different structures are fine).
     *
     * <p>protpred reads residues with the small chemical-component dictionary shipped in BioJava's jar, never
     * downloading one: the first call sets BioJava's process-wide {@code ChemCompProvider} to
     * {@code ReducedChemCompProvider}.
     *
     * @throws InputException when the structure has no protein chain or the chain no C-alpha atom
     */
    public static StructureLabels labels(Structure structure) {
        return labels(structure, null);
    }

    /** The true labels of the named protein chain (author name, the PDB chain letter); see {@link #labels(Structure)}. */
    public static StructureLabels labels(Structure structure, String chain) {
        return labelsOf(StructureReader.read(structure, chain));
    }

    /** The true labels of every protein chain, in order; see {@link #labels(Structure)}. */
    public static List<StructureLabels> labelsOfAllChains(Structure structure) {
        List<StructureLabels> out = new ArrayList<>();
        for (StructureChain c : StructureReader.readProteinChains(structure)) {
            out.add(labelsOf(c));
        }
        return out;
    }

    private static StructureLabels labelsOf(StructureChain chain) {
        TrueLabels labels = TrueLabels.of(chain);
        ProteinRecord r = labels.record();
        return new StructureLabels(r.id(), chain.chainName(), r.sequence(), r.label(TrueLabels.SS8).orElseThrow(),
                r.label(TrueLabels.SS3).orElseThrow(), labels.contacts());
    }
}
