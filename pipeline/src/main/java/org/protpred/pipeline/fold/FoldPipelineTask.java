package org.protpred.pipeline.fold;

import java.nio.file.Path;
import java.util.List;
import org.protpred.models.core.ModelFile;
import org.protpred.pipeline.all.PipelineTask;
import org.protpred.pipeline.report.Html;
import org.protpred.pipeline.task.PredictionWriter;
import org.protpred.pipeline.task.Predictor;

/**
 * SCOP fold ranking in {@code predict all} and the report: the bundled model with the combined method on all cores,
 * the {@code .rank} and {@code .fold.json} files, read back from the {@code .rank}; columns
 * {@code top_fold top_fold_probability}; the ranking table of {@link FoldTableHtml}.
 */
public final class FoldPipelineTask implements PipelineTask<FoldPrediction, FoldRanking> {

    public static final FoldPipelineTask INSTANCE = new FoldPipelineTask();

    private FoldPipelineTask() {
    }

    @Override
    public String name() {
        return "fold";
    }

    @Override
    public String title() {
        return "SCOP fold ranking";
    }

    @Override
    public Predictor<FoldPrediction> predictor(Path modelFile, Path msa) {
        return FoldTask.standard().model(modelFile);
    }

    @Override
    public PredictionWriter<FoldPrediction> recordWriter(Path folder) {
        return new FoldWriter(folder, true, FoldWriter.DEFAULT_TOP, "protpred " + ModelFile.protpredVersion());
    }

    @Override
    public String extension() {
        return ".rank";
    }

    @Override
    public FoldRanking read(Path file, String id) {
        return FoldRanking.read(file);
    }

    @Override
    public List<String> columns() {
        return List.of("top_fold", "top_fold_probability");
    }

    @Override
    public List<String> cells(FoldRanking r) {
        return List.of(r.best().fold(), Html.fixed4(r.best().probability()));
    }

    @Override
    public String html(FoldRanking r, String id) {
        return FoldTableHtml.table(r);
    }
}
