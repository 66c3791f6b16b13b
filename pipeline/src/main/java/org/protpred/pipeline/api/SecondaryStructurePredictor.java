package org.protpred.pipeline.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.biojava.nbio.core.sequence.ProteinSequence;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.ss.SecondaryStructureModel;
import org.protpred.pipeline.ss.SsPrediction;

/**
 * Predicts 3-state secondary structure (H, E, C) from a protein sequence alone, for Java and BioJava callers; with an
 * 8-state model ({@link #bundledEightState()}, or a file trained with {@code protpred train ss --states 8}) also the
 * 8 DSSP states (H, G, I, E, B, T, S, C), whose probabilities the 3-state ones then sum.
 *
 * <pre>{@code
 * SecondaryStructurePredictor predictor = SecondaryStructurePredictor.bundled();
 * SecondaryStructurePrediction p = predictor.predict(new ProteinSequence("MKVLAAGIVGLLLA..."));
 * String states = p.states();                 // "CCEEEEECCHHHH..."
 * double helix = p.probability(10, 'H');
 *
 * SecondaryStructurePrediction p8 = SecondaryStructurePredictor.bundledEightState().predict("MKVLAAGIVG...");
 * String dssp = p8.eightStates();             // "CCEEEEETTHHHH..."
 * double threeTen = p8.probability8(10, 'G');
 * }</pre>
 *
 * <p><b>Threads.</b> An instance is safe to share between threads, and they predict at the same time: the forward
 * pass only reads the network's parameters. For many sequences, {@link #predictAll} batches chains of similar
 * length and is much faster than one call per sequence.
 *
 * <p>Sequences are read as the {@code protpred} command line reads them: upper or lower case, {@code X} for unknown,
 * {@code B/Z/J} as {@code X}, {@code U} as {@code C}, {@code O} as {@code K}. Anything else, or an empty sequence,
 * is an {@link InputException} (a {@link RuntimeException}) naming the problem.
 */
public final class SecondaryStructurePredictor {

    /** The shipped models, loaded on first use and shared (by number of states). */
    private static final ConcurrentMap<Integer, SecondaryStructurePredictor> BUNDLED = new ConcurrentHashMap<>();

    private final SecondaryStructureModel model;

    private SecondaryStructurePredictor(SecondaryStructureModel model) {
        this.model = model;
    }

    /**
     * The model shipped with protpred (single-sequence, trained on NetSurfP-2.0). It is loaded on the first call and
     * the same instance is returned afterwards (it is safe to share between threads).
     */
    public static SecondaryStructurePredictor bundled() {
        return shipped(3);
    }

    /**
     * The 8-state model shipped with protpred (single-sequence, trained on PISCES chains without homologs of the
     * test sets). Loaded on the first call and shared afterwards, like {@link #bundled()}.
     *
     * @throws InputException if this build does not include it
     */
    public static SecondaryStructurePredictor bundledEightState() {
        return shipped(8);
    }

    private static SecondaryStructurePredictor shipped(int states) {
        return BUNDLED.computeIfAbsent(states,
                s -> new SecondaryStructurePredictor(SecondaryStructureModel.bundled(s)));
    }

    /** A model file written by {@code protpred train ss}. @throws InputException for a file of another kind */
    public static SecondaryStructurePredictor load(Path modelFile) {
        return new SecondaryStructurePredictor(SecondaryStructureModel.load(modelFile));
    }

    /** The model in use (its metadata says how it was trained). */
    public SecondaryStructureModel model() {
        return model;
    }

    /** Whether the model predicts the 8 DSSP states (and so its predictions have {@code eightStates()}). */
    public boolean eightState() {
        return model.eightState();
    }

    public SecondaryStructurePrediction predict(ProteinSequence sequence) {
        return predictAll(List.of(sequence)).get(0);
    }

    public SecondaryStructurePrediction predict(String sequence) {
        return predictAllStrings(List.of(sequence)).get(0);
    }

    /** Predictions for many sequences, in their order (batched by length). */
    public List<SecondaryStructurePrediction> predictAll(List<ProteinSequence> sequences) {
        List<String> strings = new ArrayList<>(sequences.size());
        for (ProteinSequence s : sequences) {
            strings.add(s.getSequenceAsString());
        }
        return predictAllStrings(strings);
    }

    /** Predictions for many sequences given as strings, in their order (batched by length). */
    public List<SecondaryStructurePrediction> predictAllStrings(List<String> sequences) {
        List<ProteinRecord> records = new ArrayList<>(sequences.size());
        for (int n = 0; n < sequences.size(); n++) {
            records.add(ProteinRecord.of("sequence" + (n + 1), Sequences.canonical(sequences.get(n), "sequence " + (n + 1))));
        }
        return predictRecords(records);
    }

    /** Predictions of records whose sequences are already canonical, in their order (batched by length). */
    List<SecondaryStructurePrediction> predictRecords(List<ProteinRecord> records) {
        List<SecondaryStructurePrediction> out = new ArrayList<>(records.size());
        for (SsPrediction p : model.predict(records)) {
            out.add(new SecondaryStructurePrediction(p));
        }
        return out;
    }
}
