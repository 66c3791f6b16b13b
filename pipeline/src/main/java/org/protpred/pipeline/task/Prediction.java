package org.protpred.pipeline.task;

/** What every predictor's result for one record has: the record's id (which names its output files). */
public interface Prediction {

    /** The id of the record predicted. */
    String id();
}
