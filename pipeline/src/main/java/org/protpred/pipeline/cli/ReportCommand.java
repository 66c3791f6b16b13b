package org.protpred.pipeline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.protpred.pipeline.all.PipelineTasks;
import org.protpred.pipeline.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code protpred report}: the summary table and HTML report of results written by the predict commands. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Summarise the predictions of the records of a FASTA file found in results folders.",
            "For each record (in input order) looks for RESULTS/<id>.ss2|.rank|.rr or RESULTS/<id>/<id>.*, reads "
                + "every RESULTS/run.json (models, failures), and writes DIR/summary.tsv (id, length, helix, strand, "
                + "coil, top_fold, top_fold_probability, long_range_contacts, status) and DIR/report.html (one "
                + "self-contained page). Records that failed or are missing are reported as such; the exit status "
                + "is 0 when the report was written.",
            "Example: protpred report proteins.fasta out-ss out-fold out-contacts -o report"})
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT.fasta", description = "The sequences predicted (FASTA).")
    Path input;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "RESULTS",
            description = "Folders written by protpred predict (ss, fold, contacts or all).")
    List<Path> results;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Output folder (created if needed).")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFolder.check(output);
        Report.Summary summary = new Report(PipelineTasks.ALL).write(input, results, output);
        spec.commandLine().getErr().printf("report: %d records (%d complete) reported into %s%n", summary.records(),
                summary.ok(), output);
        spec.commandLine().getErr().flush();
        return 0;
    }
}
