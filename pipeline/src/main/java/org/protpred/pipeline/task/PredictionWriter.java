package org.protpred.pipeline.task;

/**
 * Writes one run's predictions into an output folder: {@link #write} each record's own files as its prediction
 * arrives (atomically), {@link #finish} the files that gather every record (atomically, once). Made by
 * {@link Task#writer}; holds no more than the combined files need, so long inputs stream through.
 *
 * @param <P> the prediction type
 */
public interface PredictionWriter<P extends Prediction> {

    /** The files of one record. */
    void write(P prediction);

    /** The combined files of all records written so far (called once, also when none was written). */
    void finish();
}
