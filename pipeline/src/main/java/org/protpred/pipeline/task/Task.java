package org.protpred.pipeline.task;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One kind of prediction protpred makes (secondary structure, fold, contacts): only what differs between them. The
 * rest of the flow is shared: {@link TrainedModel} loads model files of the task's {@link #kind()},
 * {@link PredictionRun} reads records and writes predictions, {@link EvaluationRun} scores them, and
 * {@link TaskTraining} trains a network from a {@link TrainingRecipe} and writes it with its provenance.
 *
 * <p>A new predictor adds its own package with a {@code Task}, its predictor (encoder, forward pass, decoder), its
 * writer, its evaluator and its training recipe, and registers its subcommands and its
 * {@link org.protpred.pipeline.all.PipelineTask} (what {@code predict all} and {@code report} need) in
 * {@link org.protpred.pipeline.all.PipelineTasks}; nothing shared changes.
 *
 * @param <P> the task's prediction type
 */
public interface Task<P extends Prediction> {

    /** The task's name in commands and messages, e.g. {@code ss} ({@code protpred predict ss}). */
    String name();

    /** The model kind of the task's model files, e.g. {@code ss-birnn}. */
    String kind();

    /**
     * The model as this task's predictor.
     *
     * @throws org.protpred.models.core.InputException naming the model when it does not fit the task (e.g. its
     *                                                 labels or outputs are not the task's)
     */
    Predictor<P> predictor(TrainedModel model);

    /** Output formats that can be asked for besides those always written ({@code --format}). */
    List<String> formats();

    /** A writer of predictions into {@code directory}, with the extra {@code formats} asked for. */
    PredictionWriter<P> writer(Path directory, Set<String> formats);

    /** An evaluator of predictions on the labelled set {@code setName}. */
    Evaluator<P> evaluator(String setName, Predictor<P> predictor);
}
