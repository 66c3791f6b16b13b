package org.protpred.pipeline.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.protpred.models.core.InputException;
import org.protpred.models.core.ModelFile;
import org.protpred.pipeline.task.Prediction;
import org.protpred.pipeline.task.PredictionRun;
import org.protpred.pipeline.task.PredictionWriter;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.RunManifest;
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

    /** Checks the task's own options before the model is loaded. @throws InputException naming the problem */
    protected void checkOptions() {
    }

    /** Checks the input against the predictor before the run. @throws InputException naming the problem */
    protected void checkInput(Predictor<P> predictor) {
    }

    /** The writer of the run's files (default: the task's writer with the formats chosen). */
    protected PredictionWriter<P> writer(Task<P> task, Set<String> formats) {
        return task.writer(output, formats);
    }

    /**
     * Runs the task over the input and writes {@value RunManifest#FILE} (the run's provenance) into the output
     * folder when the input could be read.
     */
    @Override
    public Integer call() {
        Task<P> task = task();
        OutputFolder.check(output);
        checkOptions();
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
        checkInput(predictor);
        Instant started = Instant.now();
        PredictionRun.Summary summary = PredictionRun.run(input, output, predictor, writer(task, chosen),
                "predict " + task.name(), commandSpec.commandLine().getErr());
        CommandInvocation invocation = CommandInvocation.of(commandSpec);
        List<RunManifest.TaskFailure> failed = summary.failures().stream()
                .map(f -> new RunManifest.TaskFailure(f.id(), task.name(), f.error())).toList();
        new RunManifest(ModelFile.protpredVersion(), invocation.command(), invocation.arguments(), started,
                Instant.now(), predictor.models().stream().map(m -> m.used(task.name())).toList(),
                summary.records(), summary.predicted(), failed).write(output);
        return summary.exitStatus();
    }
}
