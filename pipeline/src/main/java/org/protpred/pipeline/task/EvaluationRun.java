package org.protpred.pipeline.task;

import java.util.List;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * One {@code protpred eval TASK} run, the same for every task: every record of the labelled set is checked against
 * the model first (a record the model cannot predict stops the run with its one-line error, since a score over part
 * of a benchmark would mislead), then the records are predicted {@value PredictionRun#CHUNK} at a time and each
 * prediction goes to the task's {@link Evaluator}, whose report is returned.
 */
public final class EvaluationRun {

    private EvaluationRun() {
    }

    /** Fails with the first record of the set that the model cannot predict. */
    public static void check(LabelledSet set, Predictor<?> predictor) {
        for (ProteinRecord r : set.records()) {
            predictor.check(r);
        }
    }

    /**
     * The evaluator's report after predicting every record of {@code set}.
     *
     * @throws InputException for a record the model cannot predict, or when nothing could be scored
     */
    public static <P extends Prediction> String run(LabelledSet set, Predictor<P> predictor, Evaluator<P> evaluator) {
        check(set, predictor);
        List<ProteinRecord> records = set.records();
        for (int start = 0; start < records.size(); start += PredictionRun.CHUNK) {
            List<ProteinRecord> chunk = records.subList(start, Math.min(records.size(), start + PredictionRun.CHUNK));
            List<P> predictions = predictor.predict(chunk);
            for (int n = 0; n < chunk.size(); n++) {
                evaluator.add(chunk.get(n), predictions.get(n));
            }
        }
        return evaluator.report();
    }
}
