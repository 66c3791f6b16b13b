package org.protpred.pipeline.ss;

import java.nio.file.Path;
import java.util.List;
import org.protpred.models.core.ModelFile;
import org.protpred.pipeline.all.PipelineTask;
import org.protpred.pipeline.report.Html;
import org.protpred.pipeline.task.PredictionWriter;
import org.protpred.pipeline.task.Predictor;

/**
 * Secondary structure in {@code predict all} and the report: the bundled 3-state model, the {@code .ss2},
 * {@code .horiz} and {@code .ss.json} files, read back from the {@code .ss2}; columns {@code helix strand coil}
 * (fractions of residues predicted H, E, C); the coloured track of {@link SsTrackHtml}.
 */
public final class SsPipelineTask implements PipelineTask<SsPrediction, Ss2Reader.Ss2> {

    public static final SsPipelineTask INSTANCE = new SsPipelineTask();

    private SsPipelineTask() {
    }

    @Override
    public String name() {
        return SsTask.INSTANCE.name();
    }

    @Override
    public String title() {
        return "Secondary structure";
    }

    @Override
    public Predictor<SsPrediction> predictor(Path modelFile, Path msa) {
        return SsTask.INSTANCE.model(modelFile, null);
    }

    @Override
    public PredictionWriter<SsPrediction> recordWriter(Path folder) {
        return new SsWriter(folder, true, ModelFile.protpredVersion());
    }

    @Override
    public String extension() {
        return ".ss2";
    }

    @Override
    public Ss2Reader.Ss2 read(Path file, String id) {
        return Ss2Reader.read(file, id);
    }

    @Override
    public List<String> columns() {
        return List.of("helix", "strand", "coil");
    }

    @Override
    public List<String> cells(Ss2Reader.Ss2 p) {
        String states = p.states();
        return List.of(fraction(states, 'H'), fraction(states, 'E'), fraction(states, 'C'));
    }

    private static String fraction(String states, char state) {
        return Html.fixed4((double) states.chars().filter(c -> c == state).count() / states.length());
    }

    @Override
    public String html(Ss2Reader.Ss2 p, String id) {
        return SsTrackHtml.track(p);
    }
}
