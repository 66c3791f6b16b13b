package org.protpred.pipeline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.protpred.models.core.InputException;
import org.protpred.models.core.ModelFile;
import org.protpred.pipeline.all.PipelineTask;
import org.protpred.pipeline.all.PipelineTasks;
import org.protpred.pipeline.all.PredictAllRun;
import org.protpred.pipeline.io.PredictionInput;
import org.protpred.pipeline.report.Report;
import org.protpred.pipeline.task.ModelUsed;
import org.protpred.pipeline.task.RunManifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code protpred predict all}: every registered predictor for every record, then the report. */
@Command(name = "all", mixinStandardHelpOptions = true,
        description = {"Run every predictor (secondary structure, SCOP fold, contacts) on every record and write a "
                + "report.",
            "Writes DIR/<id>/ with the record's files of every predictor (<id>.ss2, .horiz, .ss.json, .rank, "
                + ".fold.json, .rr, .png), DIR/run.json (the run's provenance: version, command, models and their "
                + "SHA-256, failures), DIR/summary.tsv (one row per record) and DIR/report.html (one "
                + "self-contained page). A record that cannot be predicted by a predictor is reported and the "
                + "others go on; the exit status is then 2.",
            "Example: protpred predict all proteins.fasta -o out",
            "Example: protpred predict all query.fasta --msa query.a3m -o out"})
final class PredictAllCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT.fasta", description = "Protein sequences (FASTA, may be gzipped).")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Output folder (created if needed).")
    Path output;

    @Option(names = "--msa", paramLabel = "FILE|DIR",
            description = "Alignments for the contact predictor (then its alignment model): a file for a one-record "
                    + "FASTA, or a folder of <id>.a3m|.aln|.fasta|.fa|.afa[.gz].")
    Path msa;

    @Option(names = "--model-ss", paramLabel = "FILE", description = "Secondary-structure model file (default: bundled).")
    Path modelSs;

    @Option(names = "--model-fold", paramLabel = "FILE", description = "Fold model file (default: bundled).")
    Path modelFold;

    @Option(names = "--model-contacts", paramLabel = "FILE", description = "Contact model file (default: bundled).")
    Path modelContacts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFolder.check(output);
        if (msa != null && !Files.exists(msa)) {
            throw InputException.at(msa, "no such file or folder");
        }
        Map<String, Path> modelFiles = new java.util.HashMap<>();
        putIfGiven(modelFiles, "ss", modelSs);
        putIfGiven(modelFiles, "fold", modelFold);
        putIfGiven(modelFiles, "contacts", modelContacts);
        List<PredictAllRun.Stage<?>> stages = new ArrayList<>();
        List<ModelUsed> models = new ArrayList<>();
        for (PipelineTask<?, ?> task : PipelineTasks.ALL) {
            PredictAllRun.Stage<?> stage = PredictAllRun.Stage.of(task, modelFiles.get(task.name()), msa);
            stages.add(stage);
            stage.predictor().models().forEach(m -> models.add(m.used(task.name())));
        }
        if (msa != null && !Files.isDirectory(msa) && PredictionInput.countRecords(input) > 1) {
            throw new InputException("--msa FILE is for a FASTA file of one record; pass a folder for several");
        }
        Instant started = Instant.now();
        PredictAllRun.Summary summary = PredictAllRun.run(input, output, stages, spec.commandLine().getErr());
        CommandInvocation invocation = CommandInvocation.of(spec);
        new RunManifest(ModelFile.protpredVersion(), invocation.command(), invocation.arguments(), started,
                Instant.now(), models, summary.records(), summary.predicted(), summary.failures()).write(output);
        new Report(PipelineTasks.ALL).write(input, List.of(output), output);
        return summary.exitStatus();
    }

    private static void putIfGiven(Map<String, Path> files, String task, Path file) {
        if (file != null) {
            files.put(task, file);
        }
    }
}
