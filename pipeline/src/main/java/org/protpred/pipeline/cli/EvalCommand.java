package org.protpred.pipeline.cli;

import java.nio.file.Path;
import java.util.List;
import org.protpred.pipeline.ss.SsPrediction;
import org.protpred.pipeline.ss.SsTask;
import org.protpred.pipeline.task.LabelledSet;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.Task;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code protpred eval}: scores a model on a labelled set; one subcommand per task ({@code ss}, ...). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score a model on a benchmark set or on your own labelled chains.",
        subcommands = {EvalCommand.Ss.class, FoldEvalCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
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
    static final class Ss extends TaskEvalCommand<SsPrediction> {
        @Mixin
        SsStatesOption states;

        @Override
        protected Task<SsPrediction> task() {
            return SsTask.INSTANCE;
        }

        @Override
        protected Predictor<SsPrediction> predictor(Path file) {
            return states.model(file);
        }

        @Override
        protected LabelledSet labelledSet(String set, List<Path> labels) {
            return SsTask.INSTANCE.labelledSet(set, labels);
        }
    }
}
