package org.protpred.pipeline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.data.ProteinDataset;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.ss.SecondaryStructureModel;
import org.protpred.pipeline.ss.Ss8Evaluation;
import org.protpred.pipeline.ss.SsEvaluation;
import org.protpred.pipeline.ss.SsEvaluator;
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

    /** The model options of {@code eval ss} and {@code predict ss}: a model file, or the bundled 3- or 8-state one. */
    public static final class SsModelOption {
        @Option(names = "--model", paramLabel = "FILE",
                description = "Model file (default: the model bundled with protpred for --states).")
        Path model;

        @Option(names = "--states", paramLabel = "3|8",
                description = "3 or 8 states: picks the bundled 3-state (default) or 8-state model; with --model, "
                        + "checks that the model predicts that many.")
        Integer states;

        /** The model these options name. @throws InputException for a bad file or a model of other states */
        SecondaryStructureModel load() {
            if (states != null && states != 3 && states != 8) {
                throw new InputException("--states must be 3 or 8, not " + states);
            }
            if (model == null) {
                return SecondaryStructureModel.bundled(states == null ? 3 : states);
            }
            SecondaryStructureModel m = SecondaryStructureModel.load(model);
            if (states != null && states == 8) {
                m.requireEightState();
            } else if (states != null && m.eightState()) {
                throw new InputException(m.source() + ": predicts 8 states, not 3 (its 3-state sums are used "
                        + "without --states)");
            }
            return m;
        }
    }

    /** {@code protpred eval ss}. */
    @Command(name = "ss", mixinStandardHelpOptions = true,
            description = {"Score a secondary-structure model: Q3, SOV'99, per-state precision/recall/MCC "
                    + "and the confusion matrix, over the scored residues (resolved; on CB513/TS115 those with "
                    + "disorder = 1; on CB513 also over the original CB513 residues). An 8-state model is also "
                    + "scored in Q8 (with its 8 x 8 confusion matrix) where the set has 8-state labels (CB513, "
                    + "TS115, or a FILE whose labels use DSSP letters); its Q3 comes from the summed 3-state "
                    + "probabilities (H+G+I, E+B, T+S+C).",
                "Sets: netsurfp2-test (NEW364), cb513, ts115 (from $PROTPRED_DATA), or FILE: a FASTA of sequences "
                    + "with --labels FILE... (FASTA records of H/E/C or DSSP letters with the same ids; X = "
                    + "unknown), e.g. the ID.ss3 files of 'protpred labels'.",
                "Example: protpred eval ss --states 8 --set cb513"})
    static final class Ss implements Callable<Integer> {
        @Mixin
        SsModelOption modelOption;

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
            SecondaryStructureModel model = modelOption.load();
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
            SsEvaluator.Results results = SsEvaluator.evaluateAll(model, records, name);
            for (SsEvaluation e : results.three()) {
                out.print(e.report());
            }
            for (Ss8Evaluation e : results.eight()) {
                out.print(e.report());
            }
            if (results.eight().isEmpty()) {
                boolean labels8 = SsEvaluator.hasEightStateLabels(records);
                if (labels8 && !model.eightState()) {
                    out.println("  Q8   not available: the model predicts 3 states (use an 8-state model, "
                            + "e.g. --states 8)");
                } else if (model.eightState()) {
                    out.println("  Q8   not available: " + name + " has no 8-state labels");
                }
            }
            out.flush();
            return 0;
        }
    }
}
