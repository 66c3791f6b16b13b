package org.protpred.pipeline.fold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.protpred.models.core.InputException;
import org.protpred.models.core.ModelFile;
import org.protpred.pipeline.data.ProteinDataset;
import org.protpred.pipeline.data.ScopeDataset;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.Evaluator;
import org.protpred.pipeline.task.LabelledSet;
import org.protpred.pipeline.task.PredictionWriter;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.Task;
import org.protpred.pipeline.task.TrainedModel;

/**
 * SCOP fold recognition as a {@link Task}: models of kind {@value #KIND} predicted by {@link FoldModel} (DeepSF-style
 * CNN plus alignment evidence), written by {@link FoldWriter} ({@code .rank}, {@code folds.tsv}, JSON), scored by
 * {@link FoldEvaluator} (top-1/5/10 overall, by SCOP class and by length), trained by {@link FoldTrainingRecipe}
 * on the SCOPe split of {@link FoldData}.
 */
public final class FoldTask implements Task<FoldPrediction> {

    /** The model kind. */
    public static final String KIND = "fold-deepsf";
    /** Classpath location of the shipped model. */
    public static final String BUNDLED_RESOURCE = "/org/protpred/pipeline/models/fold/fold-deepsf.zip";

    private final FoldMethod method;
    private final int threads;
    private final int searchDepth;

    /** The task ranking with {@code method}, aligning on {@code threads} threads as deep as the model says. */
    public FoldTask(FoldMethod method, int threads) {
        this(method, threads, 0);
    }

    /**
     * The task ranking with {@code method}, aligning on {@code threads} threads at most {@code searchDepth}
     * candidates per query (0: the model's own depth, {@link FoldModel#SEARCH_DEPTH}).
     */
    public FoldTask(FoldMethod method, int threads, int searchDepth) {
        this.method = method;
        this.threads = threads;
        this.searchDepth = searchDepth;
    }

    /** Combined ranking on all cores. */
    public static FoldTask standard() {
        return new FoldTask(FoldMethod.COMBINED, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public String name() {
        return "fold";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public FoldModel predictor(TrainedModel model) {
        FoldModel predictor = FoldModel.of(model, method, threads);
        return searchDepth > 0 ? predictor.withSearchDepth(searchDepth) : predictor;
    }

    /** The model file named by {@code --model}, or the bundled model ({@code file} null). */
    public FoldModel model(Path file) {
        TrainedModel trained = file == null ? TrainedModel.bundled(BUNDLED_RESOURCE, "fold", KIND)
                : TrainedModel.load(file, KIND);
        return predictor(trained);
    }

    /** {@code rank} (always written) and {@code json}. */
    @Override
    public List<String> formats() {
        return List.of("rank", FoldWriter.JSON);
    }

    @Override
    public PredictionWriter<FoldPrediction> writer(Path directory, Set<String> formats) {
        return new FoldWriter(directory, formats.contains(FoldWriter.JSON), FoldWriter.DEFAULT_TOP,
                "protpred " + ModelFile.protpredVersion());
    }

    @Override
    public Evaluator<FoldPrediction> evaluator(String setName, Predictor<FoldPrediction> predictor) {
        return new FoldEvaluator(setName, predictor instanceof FoldModel m ? m : null);
    }

    /**
     * The labelled set {@code set}: {@value FoldData#SCOPE_TEST} (the held-out test split),
     * {@value FoldData#SCOPE_VALIDATION}, or a FASTA file whose headers' second field is the sccs (ASTRAL style,
     * {@code >d1dlwa_ a.1.1.1 ...}).
     */
    public static LabelledSet labelledSet(String set) {
        ProteinDataset dataset;
        if (FoldData.SCOPE_TEST.equals(set)) {
            dataset = FoldData.shared().test();
        } else if (FoldData.SCOPE_VALIDATION.equals(set)) {
            dataset = FoldData.shared().validation();
        } else {
            Path file = Path.of(set);
            if (!Files.exists(file)) {
                throw new InputException("--set: '" + set + "' is neither " + FoldData.SCOPE_TEST + ", "
                        + FoldData.SCOPE_VALIDATION + " nor an existing FASTA file");
            }
            dataset = new ScopeDataset(file);
        }
        List<ProteinRecord> records;
        try (Stream<ProteinRecord> s = dataset.records()) {
            records = s.toList();
        }
        return new LabelledSet(dataset.name().equals("scope207-40") ? set : dataset.name(), records);
    }
}
