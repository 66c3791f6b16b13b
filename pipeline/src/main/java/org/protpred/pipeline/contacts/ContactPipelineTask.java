package org.protpred.pipeline.contacts;

import java.nio.file.Path;
import java.util.List;
import org.protpred.pipeline.all.PipelineTask;
import org.protpred.pipeline.task.PredictionWriter;
import org.protpred.pipeline.task.Predictor;

/**
 * Contacts in {@code predict all} and the report: the bundled single-sequence model, or with {@code --msa} the
 * alignment model ({@link ContactTask#model}); the {@code .rr} file and a {@code .png} of the predicted map, read
 * back from the {@code .rr}; column {@code long_range_contacts} (pairs {@value #LONG_RANGE} or more apart with
 * probability at least {@value #LIKELY}); the map of {@link ContactMapHtml}.
 */
public final class ContactPipelineTask implements PipelineTask<ContactPrediction, RrReader.RrContacts> {

    public static final ContactPipelineTask INSTANCE = new ContactPipelineTask();
    /** Least separation of a long-range pair. */
    public static final int LONG_RANGE = 24;
    /** Least probability of a pair counted as predicted. */
    public static final double LIKELY = 0.5;

    private ContactPipelineTask() {
    }

    @Override
    public String name() {
        return ContactTask.INSTANCE.name();
    }

    @Override
    public String title() {
        return "Contact map";
    }

    @Override
    public Predictor<ContactPrediction> predictor(Path modelFile, Path msa) {
        return ContactTask.INSTANCE.model(modelFile, msa);
    }

    @Override
    public PredictionWriter<ContactPrediction> recordWriter(Path folder) {
        return ContactWriter.withPredictedMap(folder);
    }

    @Override
    public String extension() {
        return ".rr";
    }

    @Override
    public RrReader.RrContacts read(Path file, String id) {
        return RrReader.read(file);
    }

    @Override
    public List<String> columns() {
        return List.of("long_range_contacts");
    }

    @Override
    public List<String> cells(RrReader.RrContacts rr) {
        return List.of(Long.toString(rr.count(LONG_RANGE, LIKELY)));
    }

    @Override
    public String html(RrReader.RrContacts rr, String id) {
        return ContactMapHtml.figure(rr, id);
    }
}
