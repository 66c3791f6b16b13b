package org.protpred.pipeline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.protpred.pipeline.task.EvaluationRun;
import org.protpred.pipeline.task.LabelledSet;
import org.protpred.pipeline.task.Prediction;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.Task;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A {@code protpred eval TASK} subcommand: the set, label files and model options shared by every task, and the
 * run itself ({@link EvaluationRun}): the report goes to standard output, a note of what is predicted to standard
 * error.
 *
 * @param <P> the task's prediction type
 */
public abstract class TaskEvalCommand<P extends Prediction> implements Callable<Integer> {

    @Mixin
    ModelOption modelOption;

    @Option(names = "--set", required = true, paramLabel = "SET|FILE",
            description = "A benchmark set's name, or a FASTA file of sequences (see the command's description).")
    String set;

    @Option(names = "--labels", paramLabel = "FILE", arity = "1..*",
            description = "Label file(s) for a FASTA --set.")
    List<Path> labels;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    /** The task this subcommand scores. */
    protected abstract Task<P> task();

    /** The predictor of the model the options name ({@code file} null: the bundled one). */
    protected abstract Predictor<P> predictor(Path file);

    /** The labelled set named by {@code --set} (and {@code --labels}). */
    protected abstract LabelledSet labelledSet(String set, List<Path> labels);

    @Override
    public Integer call() {
        Task<P> task = task();
        Predictor<P> predictor = predictor(modelOption.file());
        LabelledSet labelled = labelledSet(set, labels);
        EvaluationRun.check(labelled, predictor);
        java.io.PrintWriter err = commandSpec.commandLine().getErr();
        err.println("eval " + task.name() + ": predicting " + labelled.records().size() + " chains of "
                + labelled.name() + " with " + predictor.source());
        err.flush();
        String report = EvaluationRun.run(labelled, predictor, task.evaluator(labelled.name(), predictor));
        java.io.PrintWriter out = commandSpec.commandLine().getOut();
        out.print(report);
        out.flush();
        return 0;
    }
}
