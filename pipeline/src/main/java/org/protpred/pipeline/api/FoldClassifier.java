package org.protpred.pipeline.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.biojava.nbio.core.sequence.ProteinSequence;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.fold.FoldMethod;
import org.protpred.pipeline.fold.FoldModel;
import org.protpred.pipeline.fold.FoldPrediction;
import org.protpred.pipeline.fold.FoldTask;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Ranks the SCOP folds a protein domain may belong to, for Java and BioJava callers: the shipped DeepSF-style CNN
 * combined with the alignment evidence of its training domains (SCOPe 2.07 40%).
 *
 * <pre>{@code
 * FoldClassifier classifier = FoldClassifier.bundled();
 * List<FoldPrediction.RankedFold> folds = classifier.classify(new ProteinSequence("MKVLAAGIVG..."));
 * folds.get(0).fold();          // "a.1"
 * folds.get(0).probability();   // 0.83
 * folds.get(0).hit();           // best training domain of that fold found by alignment, or null
 * }</pre>
 *
 * <p><b>Threads.</b> An instance is safe to share between threads (the network's forward pass is serialised, the
 * alignment search runs in parallel). Sequences are read as the command line reads them; anything that is not an
 * amino-acid letter, or an empty sequence, is an {@link InputException} naming the problem.
 */
public final class FoldClassifier {

    private static volatile FoldClassifier bundled;

    private final FoldModel model;

    private FoldClassifier(FoldModel model) {
        this.model = model;
    }

    /** The shipped model with the combined method; loaded on the first call and shared afterwards. */
    public static FoldClassifier bundled() {
        FoldClassifier c = bundled;
        if (c == null) {
            synchronized (FoldClassifier.class) {
                if (bundled == null) {
                    bundled = new FoldClassifier(FoldTask.standard().model(null));
                }
                c = bundled;
            }
        }
        return c;
    }

    /** A model file written by {@code protpred train fold}, combined method. */
    public static FoldClassifier load(Path modelFile) {
        return new FoldClassifier(FoldTask.standard().model(modelFile));
    }

    /** The same model ranking with another method. */
    public FoldClassifier withMethod(FoldMethod method) {
        return new FoldClassifier(model.withMethod(method));
    }

    /** Every fold of the model, best first. */
    public List<FoldPrediction.RankedFold> classify(ProteinSequence sequence) {
        return classify(sequence.getSequenceAsString());
    }

    /** Every fold of the model, best first. */
    public List<FoldPrediction.RankedFold> classify(String sequence) {
        return predictAll(List.of(sequence)).get(0).top(Integer.MAX_VALUE);
    }

    /** The full predictions of many sequences, in their order (batched). */
    public List<FoldPrediction> predictAll(List<String> sequences) {
        List<ProteinRecord> records = new ArrayList<>(sequences.size());
        for (int n = 0; n < sequences.size(); n++) {
            records.add(ProteinRecord.of("sequence" + (n + 1), Sequences.canonical(sequences.get(n), "sequence " + (n + 1))));
        }
        return model.predict(records);
    }

    /** The model in use (its metadata says how it was trained). */
    public FoldModel model() {
        return model;
    }
}
