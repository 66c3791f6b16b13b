package org.protpred.pipeline.task;

import java.util.List;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * A trained model ready to predict records: the task's encoder (records to network input), the forward pass and the
 * decoder (network output to prediction objects), in the manner of DJL's {@code Translator}. Implementations are
 * thread-safe. Made by {@link Task#predictor}.
 *
 * @param <P> the prediction type
 */
public interface Predictor<P extends Prediction> {

    /** Where the model came from, for messages. */
    String source();

    /** Fails when the record cannot be predicted by this model (e.g. a profile the model needs is missing). */
    void check(ProteinRecord record) throws InputException;

    /** The model files the predictor runs (for a run's provenance); none when it runs no file. */
    default List<TrainedModel> models() {
        return List.of();
    }

    /** The predictions of {@code records}, in their order (batched as the task sees fit). */
    List<P> predict(List<ProteinRecord> records);
}
