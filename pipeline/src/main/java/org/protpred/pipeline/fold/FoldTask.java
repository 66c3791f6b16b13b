package org.protpred.pipeline.fold;

/** SCOP fold recognition as a task (in progress). */
public final class FoldTask {
    /** The model kind. */
    public static final String KIND = "fold-deepsf";
}
