package org.protpred.pipeline.fold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.protpred.models.core.train.ValidationMetric;
import org.protpred.models.fold.DeepSfNetwork;
import org.protpred.models.fold.DeepSfNetworkConfig;
import org.protpred.models.fold.LengthBins;
import org.protpred.pipeline.data.CachedRecord;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.task.TrainingRecipe;

/**
 * How the fold network trains: a {@link DeepSfNetwork} over the residue features of {@code spec}, batches of at most
 * {@code batchSize} domains of one {@link LengthBins} bin ({@link FoldBatches}, reshuffled each epoch from the seed),
 * the epoch chosen by top-1 accuracy on the validation domains. The rest is the shared
 * {@link org.protpred.pipeline.task.TaskTraining}.
 *
 * @param spec      residue features
 * @param network   architecture and optimiser ({@code inputFeatures} = spec width, {@code folds} = labels)
 * @param labels    the fold ids, in output order
 * @param bins      the length bins
 * @param batchSize most domains per batch
 */
public record FoldTrainingRecipe(FeatureSpec spec, DeepSfNetworkConfig network, List<String> labels, LengthBins bins,
                                 int batchSize) implements TrainingRecipe {

    /** Domains per validation batch. */
    private static final int VALIDATION_BATCH = 64;

    public FoldTrainingRecipe {
        labels = List.copyOf(labels);
        if (network.inputFeatures() != spec.width()) {
            throw new IllegalArgumentException("network input " + network.inputFeatures() + " != feature width "
                    + spec.width());
        }
        if (network.folds() != labels.size()) {
            throw new IllegalArgumentException("network output " + network.folds() + " != " + labels.size()
                    + " folds");
        }
    }

    @Override
    public String kind() {
        return FoldTask.KIND;
    }

    @Override
    public Model newNetwork() {
        return DeepSfNetwork.build(network);
    }

    /** The records as examples; a record whose fold is not a label fails. */
    public List<FoldBatches.Example> examples(List<CachedRecord> records) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        List<FoldBatches.Example> out = new ArrayList<>(records.size());
        for (CachedRecord r : records) {
            Integer k = r.fold() == null ? null : index.get(r.fold());
            if (k == null) {
                throw new IllegalArgumentException(r.id() + ": fold " + r.fold() + " is not among the model's folds");
            }
            out.add(new FoldBatches.Example(r.features(), k));
        }
        return out;
    }

    @Override
    public DataSetIterator trainingBatches(List<CachedRecord> records, long seed) {
        return FoldBatches.training(examples(records), bins, batchSize, labels.size(), seed);
    }

    @Override
    public DataSetIterator validationBatches(List<CachedRecord> records) {
        return FoldBatches.evaluation(examples(records), bins, VALIDATION_BATCH, labels.size());
    }

    /** Top-1 accuracy of the fold probabilities (masked forward pass). */
    @Override
    public ValidationMetric validationMetric() {
        return ValidationMetric.accuracy();
    }

    @Override
    public String scoreName() {
        return "validationTop1";
    }

    @Override
    public String describe(DataSetIterator training, int trainRecords, int validationRecords) {
        FoldBatches b = (FoldBatches) training;
        long[] r = b.residues();
        return String.format(Locale.ROOT, "training on %d domains in %d batches (length bins of %d, padded %d "
                        + "residues per epoch for %d real: %.3fx), %d folds, validating on %d domains", trainRecords,
                b.batchesPerEpoch(), bins.width(), r[0], r[1], (double) r[0] / r[1], labels.size(),
                validationRecords);
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("network", network.toString());
        out.put("batchSize", Integer.toString(batchSize));
        out.put("lengthBinWidth", Integer.toString(bins.width()));
        out.put("minPaddedLength", Integer.toString(bins.minPadded()));
        return out;
    }
}
