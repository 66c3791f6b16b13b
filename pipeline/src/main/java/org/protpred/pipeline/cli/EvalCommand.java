package org.protpred.pipeline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.protpred.pipeline.data.ProteinDataset;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.ss.SecondaryStructureModel;
import org.protpred.pipeline.ss.SsEvaluation;
import org.protpred.pipeline.ss.SsEvaluator;
import org.protpred.pipeline.ss.SsLabels;
import org.protpred.pipeline.ss.SsTestSets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code protpred eval}: scores a model on a labelled set; one subcommand per predictor ({@code ss}, ...). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score a model on a benchmark set or on your own labelled chains.",
        subcommands = {EvalCommand.Ss.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** The model option every {@code eval} and {@code predict} subcommand shares. */
    public static final class ModelOption {
        @Option(names = "--model", paramLabel = "FILE",
                description = "Model file (default: the model bundled with protpred).")
        Path model;
    }

    /** {@code protpred eval ss}. */
    @Command(name = "ss", mixinStandardHelpOptions = true,
            description = {"Score the 3-state secondary-structure model: Q3, SOV'99, per-state precision/recall/MCC "
                    + "and the confusion matrix, over the scored residues (resolved; on CB513/TS115 those with "
                    + "disorder = 1; on CB513 also over the original CB513 residues).",
                "Sets: netsurfp2-test (NEW364), cb513, ts115 (from $PROTPRED_DATA), or FILE: a FASTA of sequences "
                    + "with --labels FILE... (FASTA records of H/E/C or DSSP letters with the same ids; X = "
                    + "unknown), e.g. the ID.ss3 files of 'protpred labels'."})
    static final class Ss implements Callable<Integer> {
        @Mixin
        ModelOption modelOption;

        @Option(names = "--set", required = true, paramLabel = "SET|FILE",
                description = "netsurfp2-test, cb513, ts115, or a FASTA file of sequences.")
        String set;

        @Option(names = "--labels", paramLabel = "FILE", arity = "1..*",
                description = "Label FASTA file(s) for a FASTA --set.")
        List<Path> labels;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec commandSpec;

        @Override
        public Integer call() {
            java.io.PrintWriter out = commandSpec.commandLine().getOut();
            java.io.PrintWriter err = commandSpec.commandLine().getErr();
            SecondaryStructureModel model = modelOption.model != null
                    ? SecondaryStructureModel.load(modelOption.model) : SecondaryStructureModel.bundled();
            List<ProteinRecord> records;
            String name;
            if (SsTestSets.isName(set)) {
                ProteinDataset dataset = SsTestSets.named(set);
                records = dataset.readAll();
                name = dataset.name();
            } else {
                records = SsTestSets.fromFiles(Path.of(set), labels);
                name = set;
            }
            for (ProteinRecord r : records) {
                model.check(r);
            }
            err.println("eval ss: predicting " + records.size() + " chains of " + name + " with "
                    + model.source());
            for (SsEvaluation e : SsEvaluator.evaluate(model, records, name)) {
                out.print(e.report());
            }
            if (!records.isEmpty() && records.get(0).label(SsLabels.SS8).isPresent()) {
                out.println("  Q8   not available: the model predicts 3 states");
            }
            out.flush();
            return 0;
        }
    }
}
