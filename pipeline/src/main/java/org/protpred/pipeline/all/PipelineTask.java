package org.protpred.pipeline.all;

import java.nio.file.Path;
import java.util.List;
import org.protpred.pipeline.task.Prediction;
import org.protpred.pipeline.task.PredictionWriter;
import org.protpred.pipeline.task.Predictor;

/**
 * What {@code protpred predict all} and {@code protpred report} need from one predictor: its bundled predictor, the
 * writer of a record's files, how to read its own per-record file back, its columns of {@code summary.tsv} and its
 * part of {@code report.html}. Each task implements this in its own package and is listed once in
 * {@link PipelineTasks}; nothing else changes when a predictor joins.
 *
 * @param <P> the task's prediction type
 * @param <R> what the task's per-record file reads back as
 */
public interface PipelineTask<P extends Prediction, R> {

    /** The task's name ({@code ss}), as in {@code protpred predict ss}. */
    String name();

    /** The heading of the task's part of a protein's section in the report. */
    String title();

    /**
     * The predictor {@code predict all} runs: the bundled model, or {@code modelFile} when given; a task that uses
     * alignments reads them from {@code msa} (a file or folder; null: none).
     *
     * @throws org.protpred.models.core.InputException for a bad model file or alignment option
     */
    Predictor<P> predictor(Path modelFile, Path msa);

    /** A writer of one record's files (every format of the task) into {@code folder}; only its write is called. */
    PredictionWriter<P> recordWriter(Path folder);

    /** The extension of the per-record file the report reads back ({@code .ss2}), after the record's stem. */
    String extension();

    /**
     * The record {@code id}'s file read back.
     *
     * @throws org.protpred.models.core.InputException naming the file when it cannot be read
     */
    R read(Path file, String id);

    /** The task's columns of {@code summary.tsv}, in order. */
    List<String> columns();

    /** The task's cells of a record's row, one per column. */
    List<String> cells(R result);

    /** The task's part of a protein's section of the report (well-formed XHTML, every text escaped). */
    String html(R result, String id);
}
