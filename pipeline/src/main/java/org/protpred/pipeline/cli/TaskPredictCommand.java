package org.protpred.pipeline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.task.Prediction;
import org.protpred.pipeline.task.PredictionRun;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.Task;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A {@code protpred predict TASK} subcommand: input, output folder, model and formats options shared by every task,
 * and the run itself ({@link PredictionRun}). A task's subcommand says which task it is and which model to load
 * (its own options may choose among bundled models).
 *
 * @param <P> the task's prediction type
 */
public abstract class TaskPredictCommand<P extends Prediction> implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT.fasta", description = "Protein sequences (FASTA, may be gzipped).")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Output folder (created if needed).")
    Path output;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Extra output formats (see the command's description).")
    List<String> formats = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    /** The task this subcommand predicts. */
    protected abstract Task<P> task();

    /** The predictor of the model the options name ({@code file} null: the bundled one). */
    protected abstract Predictor<P> predictor(Path file);

    @Override
    public Integer call() {
        Task<P> task = task();
        OutputFolder.check(output);
        Set<String> chosen = new LinkedHashSet<>();
        for (String f : formats) {
            String name = f.toLowerCase(Locale.ROOT);
            if (!task.formats().contains(name)) {
                throw new InputException("--format: unknown format '" + f + "'; predict " + task.name()
                        + " writes " + String.join(", ", task.formats()));
            }
            chosen.add(name);
        }
        Predictor<P> predictor = predictor(modelOption.file());
        PredictionRun.Summary summary = PredictionRun.run(input, output, predictor, task.writer(output, chosen),
                "predict " + task.name(), commandSpec.commandLine().getErr());
        return summary.exitStatus();
    }
}
