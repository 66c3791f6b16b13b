package org.protpred.pipeline.ss;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.protpred.models.core.train.ValidationMetric;
import org.protpred.models.ss.BiRnnInference;
import org.protpred.models.ss.BiRnnSecondaryStructureNetwork;
import org.protpred.models.ss.SsNetworkConfig;
import org.protpred.pipeline.data.CachedRecord;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.task.TrainingRecipe;

/**
 * How the secondary-structure network trains, 3-state or 8-state ({@link SsNetworkConfig#outputStates()}): batches
 * from {@link SsBatchIterator} (cropped and length-bucketed), labels from the records' {@code ss3} or {@code ss8}
 * strings, the epoch chosen by Q3 (Q8) on validation through the native forward pass. The rest of training is the
 * shared {@link org.protpred.pipeline.task.TaskTraining}.
 *
 * @param spec       residue features
 * @param network    architecture and optimiser (its {@code inputSize} must equal {@code spec.width()})
 * @param batchSize  chains per minibatch
 * @param cropLength training windows of at most this many residues ({@code <= 0}: whole chains)
 */
public record SsTrainingRecipe(FeatureSpec spec, SsNetworkConfig network, int batchSize, int cropLength)
        implements TrainingRecipe {

    /** Chains per validation batch. */
    private static final int VALIDATION_BATCH = 32;

    public SsTrainingRecipe {
        if (network.inputSize() != spec.width()) {
            throw new IllegalArgumentException("network input " + network.inputSize() + " != feature width "
                    + spec.width());
        }
    }

    /** The states the network predicts. */
    public SsAlphabet alphabet() {
        return SsAlphabet.ofStates(network.outputStates());
    }

    @Override
    public String kind() {
        return SecondaryStructureModel.KIND;
    }

    @Override
    public List<String> labels() {
        return alphabet().names();
    }

    @Override
    public Model newNetwork() {
        return BiRnnSecondaryStructureNetwork.build(network);
    }

    /** Encodes cached records as examples of this alphabet (classes -1 where a residue is not scored). */
    public static List<SsBatchIterator.Example> examples(List<CachedRecord> records, SsAlphabet alphabet) {
        List<SsBatchIterator.Example> out = new ArrayList<>(records.size());
        for (CachedRecord r : records) {
            out.add(new SsBatchIterator.Example(r.features(), SsLabels.classes(r, alphabet)));
        }
        return out;
    }

    @Override
    public DataSetIterator trainingBatches(List<CachedRecord> records, long seed) {
        return SsBatchIterator.training(examples(records, alphabet()), batchSize, cropLength, seed, alphabet());
    }

    @Override
    public DataSetIterator validationBatches(List<CachedRecord> records) {
        return SsBatchIterator.evaluation(examples(records, alphabet()), VALIDATION_BATCH, alphabet());
    }

    @Override
    public String describe(DataSetIterator training, int trainRecords, int validationRecords) {
        SsBatchIterator batches = (SsBatchIterator) training;
        return String.format(Locale.ROOT, "training on %d chains (%d residues per epoch after cropping to %d, "
                        + "%d batches), validating on %d chains", trainRecords, batches.residuesPerEpoch(),
                cropLength, batches.batchesPerEpoch(), validationRecords);
    }

    /**
     * Q3 (Q8 for an 8-state network) over scored residues, i.e. accuracy, with the network run through
     * {@link BiRnnInference} as in prediction (the same output, several times faster than DL4J's).
     */
    @Override
    public ValidationMetric validationMetric() {
        return q3();
    }

    /** The validation metric of {@link #validationMetric()}, for any secondary-structure network. */
    public static ValidationMetric q3() {
        return ValidationMetric.accuracy(
                (net, features, featureMask, labelMask) -> BiRnnInference.output((ComputationGraph) net, features,
                        featureMask)[0]);
    }

    /** {@code validationQ3} or {@code validationQ8}. */
    @Override
    public String scoreName() {
        return "validationQ" + alphabet().size();
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("network", network.toString());
        out.put("batchSize", Integer.toString(batchSize));
        out.put("cropLength", Integer.toString(cropLength));
        return out;
    }
}
