package org.protpred.pipeline.task;

import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.protpred.models.core.train.ValidationMetric;
import org.protpred.pipeline.data.CachedRecord;
import org.protpred.pipeline.features.FeatureSpec;

/**
 * What a task contributes to training (the rest is {@link TaskTraining}): the network to train, how cached records
 * become training and validation batches, the validation metric, and the settings to record in the model file.
 */
public interface TrainingRecipe {

    /** The model kind written to the file. */
    String kind();

    /** The residue features the network reads. */
    FeatureSpec spec();

    /** The output names, in output order, written to the file. */
    List<String> labels();

    /** A freshly initialised network. */
    Model newNetwork();

    /** Training batches of the records; their order may depend only on {@code seed} and the epoch. */
    DataSetIterator trainingBatches(List<CachedRecord> records, long seed);

    /** Validation batches of the records, the same every epoch. */
    DataSetIterator validationBatches(List<CachedRecord> records);

    /** How an epoch is judged on the validation batches. */
    ValidationMetric validationMetric();

    /** The metadata key of the best validation score, e.g. {@code validationQ3}. */
    String scoreName();

    /** The training settings (network, batches) as they go into the model file's metadata, in order. */
    Map<String, String> settings();

    /** One line about the training data, for the log (e.g. residues per epoch and batches). */
    default String describe(DataSetIterator training, int trainRecords, int validationRecords) {
        return "training on " + trainRecords + " records, validating on " + validationRecords;
    }
}
