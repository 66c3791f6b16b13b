package org.protpred.pipeline.all;

import java.util.List;
import org.protpred.pipeline.contacts.ContactPipelineTask;
import org.protpred.pipeline.fold.FoldPipelineTask;
import org.protpred.pipeline.ss.SsPipelineTask;

/**
 * The registry of predictors: every task {@code protpred predict all} runs and {@code protpred report} reports, in
 * the order of their columns and report parts. A new predictor adds its {@link PipelineTask} here.
 */
public final class PipelineTasks {

    /** Every task, in order. */
    public static final List<PipelineTask<?, ?>> ALL = List.of(
            SsPipelineTask.INSTANCE,
            FoldPipelineTask.INSTANCE,
            ContactPipelineTask.INSTANCE);

    private PipelineTasks() {
    }

    /** The names of the tasks, in order. */
    public static List<String> names() {
        return ALL.stream().map(PipelineTask::name).toList();
    }
}
