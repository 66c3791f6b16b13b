package org.protpred.pipeline.fold;

import java.util.Map;
import java.util.function.Consumer;
import org.protpred.pipeline.data.FeatureCache;
import org.protpred.pipeline.task.TaskTraining;

/** What {@code train fold} does after the network is trained (in progress). */
public final class FoldTraining {

    /** The extra metadata and entries of the model file, and a summary line. */
    public record Finished(Map<String, String> extra, Map<String, byte[]> entries, String summary) {
    }

    private FoldTraining() {
    }

    public static Finished finish(TaskTraining.Outcome outcome, FoldTrainingRecipe recipe, FoldData.Parts parts,
                                  FeatureCache cache, int limit, int threads, Consumer<String> log) {
        return new Finished(Map.of(), Map.of(), "no alignment library");
    }
}
