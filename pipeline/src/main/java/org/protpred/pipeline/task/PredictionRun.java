package org.protpred.pipeline.task;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.protpred.models.core.InputException;
import org.protpred.models.core.Progress;
import org.protpred.pipeline.io.PredictionInput;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * One {@code protpred predict TASK} run, the same for every task: records stream in from a FASTA file
 * ({@link PredictionInput}), each record that cannot be predicted (unreadable, a duplicate id, a file name taken by
 * another record, an input the model needs missing) fails alone with its one-line error on standard error, the
 * others are predicted {@value #CHUNK} at a time (the predictor batches them by length) and written by the task's
 * {@link PredictionWriter} as they come, and a summary line ends the run. Memory is bounded by the chunk, not by the
 * file.
 */
public final class PredictionRun {

    /** Records handed to the predictor at a time. */
    public static final int CHUNK = 2048;

    /**
     * A record that failed.
     *
     * @param id    the record's id
     * @param error the one-line message printed for it (without the {@code protpred: error: } prefix)
     */
    public record Failure(String id, String error) {
    }

    /**
     * What a run did.
     *
     * @param predicted records predicted and written
     * @param records   records in the input
     * @param failures  the records that failed, in input order
     */
    public record Summary(int predicted, int records, List<Failure> failures) {

        /** The ids of the records that failed, in input order. */
        public List<String> failed() {
            return failures.stream().map(Failure::id).toList();
        }

        /** 0 when every record was predicted, else 2 (a user error). */
        public int exitStatus() {
            return failures.isEmpty() ? 0 : 2;
        }
    }

    private PredictionRun() {
    }

    /**
     * Predicts every record of {@code input} and writes them with {@code writer}; errors and the summary line go to
     * {@code err}, each prefixed as the command line prints errors ({@code protpred: error: }).
     *
     * @param label names the run in the summary and the progress, e.g. {@code predict ss}
     * @throws InputException when the file as a whole cannot be read (missing, not FASTA)
     */
    public static <P extends Prediction> Summary run(Path input, Path output, Predictor<P> predictor,
                                                     PredictionWriter<P> writer, String label, PrintWriter err) {
        List<Failure> failed = new ArrayList<>();
        Map<String, String> stems = new HashMap<>();
        List<ProteinRecord> chunk = new ArrayList<>();
        int records = 0;
        int predicted = 0;
        try (Stream<PredictionInput.Item> items = PredictionInput.stream(input);
             Progress progress = Progress.start(label, PredictionInput.countRecords(input))) {
            Iterator<PredictionInput.Item> it = items.iterator();
            while (it.hasNext()) {
                PredictionInput.Item item = it.next();
                records++;
                String problem = problem(item, input, predictor, stems);
                if (problem != null) {
                    err.println("protpred: error: " + problem);
                    failed.add(new Failure(item.id(), problem));
                    progress.step();
                    continue;
                }
                chunk.add(item.record());
                if (chunk.size() == CHUNK) {
                    predicted += predictAndWrite(chunk, predictor, writer, progress, failed, err);
                }
            }
            predicted += predictAndWrite(chunk, predictor, writer, progress, failed, err);
        }
        writer.finish();
        err.printf(Locale.ROOT, "%s: %d of %d records predicted into %s%s%n", label, predicted, records, output,
                failed.isEmpty() ? "" : "; failed: " + String.join(", ", failed.stream().map(Failure::id).toList()));
        err.flush();
        return new Summary(predicted, records, List.copyOf(failed));
    }

    /** Why the item cannot be predicted, or null. */
    private static String problem(PredictionInput.Item item, Path input, Predictor<?> predictor,
                                  Map<String, String> stems) {
        if (!item.ok()) {
            return item.error();
        }
        ProteinRecord r = item.record();
        String stem = OutputNames.stem(r.id());
        String other = stems.putIfAbsent(stem, r.id());
        if (other != null) {
            return input + ": record '" + r.id() + "' would be written to the same files as '" + other + "' ("
                    + stem + ".*); rename one";
        }
        try {
            predictor.check(r);
        } catch (InputException e) {
            return e.getMessage();
        }
        return null;
    }

    /** Predicts and writes a chunk; a record whose files cannot be written fails alone. */
    private static <P extends Prediction> int predictAndWrite(List<ProteinRecord> chunk, Predictor<P> predictor,
                                                              PredictionWriter<P> writer, Progress progress,
                                                              List<Failure> failed, PrintWriter err) {
        if (chunk.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (P p : predictor.predict(chunk)) {
            progress.step();
            try {
                writer.write(p);
                n++;
            } catch (InputException e) {
                err.println("protpred: error: " + e.getMessage());
                failed.add(new Failure(p.id(), e.getMessage()));
            }
        }
        chunk.clear();
        return n;
    }
}
