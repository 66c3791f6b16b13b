package org.protpred.pipeline.ss;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.protpred.models.core.InputException;
import org.protpred.models.core.ModelFile;
import org.protpred.pipeline.data.FastaDataset;
import org.protpred.pipeline.data.HomologyFilteredDataset;
import org.protpred.pipeline.data.NetSurfP2Dataset;
import org.protpred.pipeline.data.PiscesDataset;
import org.protpred.pipeline.data.ProteinDataset;
import org.protpred.pipeline.task.Evaluator;
import org.protpred.pipeline.task.LabelledSet;
import org.protpred.pipeline.task.PredictionWriter;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.Task;
import org.protpred.pipeline.task.TrainedModel;

/**
 * Secondary structure as a {@link Task}: models of kind {@value SecondaryStructureModel#KIND} predicted by
 * {@link SecondaryStructureModel}, written by {@link SsWriter} (PSIPRED files, FASTA, JSON), scored by
 * {@link SsEvaluator} on the sets of {@link SsTestSets}, trained by {@link SsTrainingRecipe} on the data of
 * {@link #trainingData}.
 */
public final class SsTask implements Task<SsPrediction> {

    /** The one instance. */
    public static final SsTask INSTANCE = new SsTask();

    /** Seed of the PISCES validation split (fixed, so that every 8-state run validates on the same chains). */
    public static final long SPLIT_SEED = 8;
    /** Share of the filtered PISCES chains that validate. */
    public static final double VALIDATION_FRACTION = 0.1;

    private SsTask() {
    }

    @Override
    public String name() {
        return "ss";
    }

    @Override
    public String kind() {
        return SecondaryStructureModel.KIND;
    }

    @Override
    public SecondaryStructureModel predictor(TrainedModel model) {
        return SecondaryStructureModel.of(model);
    }

    /**
     * The model named by the command line: {@code file}, or the bundled model of {@code states} states (3 when
     * null); with both, the file must predict that many states.
     *
     * @throws InputException for a bad file, or a model of other states
     */
    public SecondaryStructureModel model(Path file, Integer states) {
        if (states != null && states != 3 && states != 8) {
            throw new InputException("--states must be 3 or 8, not " + states);
        }
        if (file == null) {
            return SecondaryStructureModel.bundled(states == null ? 3 : states);
        }
        SecondaryStructureModel m = SecondaryStructureModel.load(file);
        if (states != null && states == 8) {
            m.requireEightState();
        } else if (states != null && m.eightState()) {
            throw new InputException(m.source() + ": predicts 8 states, not 3 (its 3-state sums are used "
                    + "without --states)");
        }
        return m;
    }

    /** {@code psipred} (always written) and {@code json}. */
    @Override
    public List<String> formats() {
        return List.of("psipred", SsWriter.JSON);
    }

    @Override
    public PredictionWriter<SsPrediction> writer(Path directory, Set<String> formats) {
        return new SsWriter(directory, formats.contains(SsWriter.JSON), ModelFile.protpredVersion());
    }

    @Override
    public Evaluator<SsPrediction> evaluator(String setName, Predictor<SsPrediction> predictor) {
        return new SsEvaluator(setName, ((SecondaryStructureModel) predictor).eightState());
    }

    /** A benchmark set by name ({@link SsTestSets#NAMES}), or FASTA sequences with label files. */
    public LabelledSet labelledSet(String set, List<Path> labelFiles) {
        if (SsTestSets.isName(set)) {
            ProteinDataset dataset = SsTestSets.named(set);
            return new LabelledSet(dataset.name(), dataset.readAll());
        }
        Path file = Path.of(set);
        if (!java.nio.file.Files.exists(file) && !set.equals("-")) {
            throw new InputException("--set " + set + ": not a benchmark set (" + String.join(", ", SsTestSets.NAMES)
                    + ") and no such file");
        }
        return new LabelledSet(set, SsTestSets.fromFiles(file, labelFiles));
    }

    /** The training and validation sets of a training run. */
    public record TrainingData(ProteinDataset train, ProteinDataset validation) {
    }

    /**
     * What {@code train ss} trains on: for 3 states the NetSurfP-2.0 training and validation splits (from
     * {@code data}, a NetSurfP-2.0 folder, or the shared data); for 8 states the PISCES chains of {@code data} (or the
     * shared file) less every chain homologous to {@code homologsOf} (names as for {@code eval ss}, FASTA files, or
     * {@code none}), of which a seeded {@value #VALIDATION_FRACTION} validate.
     */
    public static TrainingData trainingData(SsAlphabet alphabet, Path data, List<String> homologsOf,
                                            Path cacheDirectory, Consumer<String> log) {
        if (alphabet == SsAlphabet.THREE) {
            return new TrainingData(
                    data != null ? NetSurfP2Dataset.of(data, NetSurfP2Dataset.Split.TRAIN)
                            : NetSurfP2Dataset.standard(NetSurfP2Dataset.Split.TRAIN),
                    data != null ? NetSurfP2Dataset.of(data, NetSurfP2Dataset.Split.VALIDATION)
                            : NetSurfP2Dataset.standard(NetSurfP2Dataset.Split.VALIDATION));
        }
        PiscesDataset pisces = data != null ? PiscesDataset.of(data) : PiscesDataset.standard();
        HomologyFilteredDataset filtered = HomologyFilteredDataset.of(pisces, references(homologsOf),
                cacheDirectory, Runtime.getRuntime().availableProcessors()).onProgress(log);
        return new TrainingData(filtered.training(SPLIT_SEED, VALIDATION_FRACTION),
                filtered.validation(SPLIT_SEED, VALIDATION_FRACTION));
    }

    /** The sets whose homologs leave the 8-state training data. */
    private static List<ProteinDataset> references(List<String> homologsOf) {
        List<ProteinDataset> out = new ArrayList<>();
        for (String s : homologsOf) {
            if (s.equalsIgnoreCase("none")) {
                if (homologsOf.size() > 1) {
                    throw new InputException("--homologs-of none cannot be combined with other sets");
                }
                return out;
            }
            ProteinDataset named = SsTestSets.named(s);
            out.add(named != null ? named : FastaDataset.of(Path.of(s)));
        }
        return out;
    }
}
