package org.protpred.pipeline.task;

import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Scores predictions against the labels of a set, one record at a time (so sets stream through), and reports the
 * scores as text. Made by {@link Task#evaluator}.
 *
 * @param <P> the prediction type
 */
public interface Evaluator<P extends Prediction> {

    /** Adds one labelled record and the prediction made for it. */
    void add(ProteinRecord truth, P prediction);

    /**
     * The report of everything added.
     *
     * @throws org.protpred.models.core.InputException when nothing could be scored (no labelled residue or record)
     */
    String report();
}
