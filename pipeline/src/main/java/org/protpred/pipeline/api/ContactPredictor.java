package org.protpred.pipeline.api;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.biojava.nbio.core.sequence.ProteinSequence;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.contacts.ContactModel;
import org.protpred.pipeline.contacts.ContactPrediction;
import org.protpred.pipeline.io.AlignmentReader;
import org.protpred.pipeline.labels.ContactRange;
import org.protpred.pipeline.protein.Alignment;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Predicts residue-residue contacts (C-beta within 8 A, pairs at least 6 apart) for Java and BioJava callers, with
 * the deep belief network ensembles shipped in protpred.
 *
 * <pre>{@code
 * ContactPredictor predictor = ContactPredictor.bundled();
 * ContactPrediction p = predictor.predict(new ProteinSequence("MKVLAAGIVG..."));
 * List<ContactPrediction.Pair> top = p.top(ContactRange.LONG, p.length() / 5);   // most probable first
 * double prob = p.probability(3, 40);    // NaN unless among the 5 L most probable pairs of its range
 * }</pre>
 *
 * <p>Thread-safe: one instance can be shared, and threads predict at the same time. A prediction keeps the 5 L most
 * probable pairs of each range (memory O(L)); the pair features are streamed in blocks, never held L x L. Bad
 * sequences (illegal letters, fewer than 7 residues) throw {@link InputException}.
 */
public final class ContactPredictor {

    private static final ConcurrentMap<Boolean, ContactPredictor> BUNDLED = new ConcurrentHashMap<>();

    private final ContactModel model;

    private ContactPredictor(ContactModel model) {
        this.model = model;
    }

    /** The shipped single-sequence model, loaded once and shared. */
    public static ContactPredictor bundled() {
        return BUNDLED.computeIfAbsent(false, b -> new ContactPredictor(ContactModel.bundled(false)));
    }

    /** The shipped alignment model, loaded once and shared. @throws InputException if this build lacks it */
    public static ContactPredictor bundledWithAlignments() {
        return BUNDLED.computeIfAbsent(true, b -> new ContactPredictor(ContactModel.bundled(true)));
    }

    /** A model file written by {@code protpred train contacts}. */
    public static ContactPredictor load(Path modelFile) {
        return new ContactPredictor(ContactModel.load(modelFile));
    }

    public ContactModel model() {
        return model;
    }

    public ContactPrediction predict(ProteinSequence sequence) {
        return predict(sequence.getSequenceAsString());
    }

    public ContactPrediction predict(String sequence) {
        return model.predict(ProteinRecord.of("sequence", Sequences.canonical(sequence, "the sequence")));
    }

    /** With an alignment (query first or found by sequence), for a model trained with alignment features. */
    public ContactPrediction predict(ProteinSequence sequence, Alignment alignment) {
        return model.predict(ProteinRecord.of("sequence", Sequences.canonical(sequence.getSequenceAsString(), "the sequence"))
                .withAlignment(alignment));
    }

    /** With an alignment file (A3M, aligned FASTA, PSICOV .aln). */
    public ContactPrediction predict(ProteinSequence sequence, Path alignmentFile) {
        String s = Sequences.canonical(sequence.getSequenceAsString(), "the sequence");
        return model.predict(ProteinRecord.of("sequence", s).withAlignment(AlignmentReader.read(alignmentFile, s)));
    }

    /** The most probable long-range pairs (separation &gt;= 24), {@code L / divisor} of them. */
    public static List<ContactPrediction.Pair> topLong(ContactPrediction p, int divisor) {
        return p.top(ContactRange.LONG, Math.max(1, p.length() / divisor));
    }
}
