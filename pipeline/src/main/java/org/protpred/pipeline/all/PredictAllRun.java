package org.protpred.pipeline.all;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.protpred.models.core.InputException;
import org.protpred.models.core.Progress;
import org.protpred.pipeline.io.PredictionInput;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.OutputNames;
import org.protpred.pipeline.task.Prediction;
import org.protpred.pipeline.task.PredictionRun;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.RunManifest;

/**
 * One {@code protpred predict all} run: records stream in from a FASTA file as in {@link PredictionRun}
 * ({@value PredictionRun#CHUNK} at a time, so memory is bounded by the chunk), every stage (a registered task with
 * its predictor) predicts the chunk and writes each record's files into {@code OUT/<stem>/}. A record that cannot be
 * read fails in every task, one that a task cannot predict fails in that task alone; each failure is one line on
 * standard error, and the others go on. A summary line ends the run.
 */
public final class PredictAllRun {

    /** A task with the predictor it runs. */
    public record Stage<P extends Prediction>(PipelineTask<P, ?> task, Predictor<P> predictor) {

        /** The stage of {@code task} with its predictor for the model file (null: bundled) and alignments. */
        public static <P extends Prediction> Stage<P> of(PipelineTask<P, ?> task, Path modelFile, Path msa) {
            return new Stage<>(task, task.predictor(modelFile, msa));
        }
    }

    /**
     * What the run did.
     *
     * @param records   records in the input
     * @param predicted records every task predicted
     * @param failures  the failures, in input order (one per record and task)
     */
    public record Summary(int records, int predicted, List<RunManifest.TaskFailure> failures) {

        /** 0 when every record was predicted by every task, else 2. */
        public int exitStatus() {
            return failures.isEmpty() ? 0 : 2;
        }
    }

    private final List<Stage<?>> stages;
    private final Path output;
    private final PrintWriter err;
    private final List<RunManifest.TaskFailure> failures = new ArrayList<>();

    private PredictAllRun(List<Stage<?>> stages, Path output, PrintWriter err) {
        this.stages = stages;
        this.output = output;
        this.err = err;
    }

    /**
     * Predicts every record of {@code input} with every stage into {@code output}.
     *
     * @throws InputException when the file as a whole cannot be read
     */
    public static Summary run(Path input, Path output, List<Stage<?>> stages, PrintWriter err) {
        return new PredictAllRun(stages, output, err).run(input);
    }

    private Summary run(Path input) {
        Map<String, String> stems = new HashMap<>();
        List<ProteinRecord> chunk = new ArrayList<>();
        int records = 0;
        long count = PredictionInput.countRecords(input);
        try (Stream<PredictionInput.Item> items = PredictionInput.stream(input);
             Progress progress = Progress.start("predict all", count < 0 ? -1 : count * stages.size())) {
            Iterator<PredictionInput.Item> it = items.iterator();
            while (it.hasNext()) {
                PredictionInput.Item item = it.next();
                records++;
                String problem = problem(item, input, stems);
                if (problem != null) {
                    fail(item.id(), stages.stream().map(s -> s.task().name()).toList(), problem);
                    progress.stepBy(stages.size());
                    continue;
                }
                chunk.add(item.record());
                if (chunk.size() == PredictionRun.CHUNK) {
                    predict(chunk, progress);
                }
            }
            predict(chunk, progress);
        }
        Set<String> failedIds = new LinkedHashSet<>();
        failures.forEach(f -> failedIds.add(f.id()));
        int predicted = records - failedIds.size();
        err.printf(Locale.ROOT, "predict all: %d of %d records predicted into %s%s%n", predicted, records, output,
                failedIds.isEmpty() ? "" : "; failed: " + String.join(", ", failedIds));
        err.flush();
        return new Summary(records, predicted, List.copyOf(failures));
    }

    /** Why the record cannot be predicted by any task, or null. */
    private static String problem(PredictionInput.Item item, Path input, Map<String, String> stems) {
        if (!item.ok()) {
            return item.error();
        }
        String id = item.record().id();
        String stem = OutputNames.stem(id);
        String other = stems.putIfAbsent(stem, id);
        return other == null ? null : input + ": record '" + id + "' would be written to the same folder as '"
                + other + "' (" + stem + "/); rename one";
    }

    private void fail(String id, List<String> tasks, String error) {
        err.println("protpred: error: " + (tasks.size() == 1 ? tasks.get(0) + ": " : "") + error);
        for (String t : tasks) {
            failures.add(new RunManifest.TaskFailure(id, t, error));
        }
    }

    private void predict(List<ProteinRecord> chunk, Progress progress) {
        for (Stage<?> stage : stages) {
            predict(stage, chunk, progress);
        }
        chunk.clear();
    }

    private <P extends Prediction> void predict(Stage<P> stage, List<ProteinRecord> chunk, Progress progress) {
        String task = stage.task().name();
        List<ProteinRecord> ok = new ArrayList<>(chunk.size());
        for (ProteinRecord r : chunk) {
            try {
                stage.predictor().check(r);
                ok.add(r);
            } catch (InputException e) {
                fail(r.id(), List.of(task), e.getMessage());
                progress.step();
            }
        }
        if (ok.isEmpty()) {
            return;
        }
        for (P p : stage.predictor().predict(ok)) {
            try {
                stage.task().recordWriter(output.resolve(OutputNames.stem(p.id()))).write(p);
            } catch (InputException e) {
                fail(p.id(), List.of(task), e.getMessage());
            }
            progress.step();
        }
    }
}
