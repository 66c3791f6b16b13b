package org.protpred.pipeline.cli;

import java.nio.file.Path;
import java.util.List;
import org.protpred.pipeline.contacts.ContactModel;
import org.protpred.pipeline.contacts.ContactPrediction;
import org.protpred.pipeline.contacts.ContactTask;
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
        subcommands = {EvalCommand.Ss.class, FoldEvalCommand.class, EvalCommand.Contacts.class})
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

    /** {@code protpred eval contacts}. */
    @Command(name = "contacts", mixinStandardHelpOptions = true,
            description = {"Score a contact model: precision of the top L/10, L/5, L/2 and L predicted pairs in "
                    + "each separation range (short 6-11, medium 12-23, long >= 24), per chain and mean, and the "
                    + "one-shift variant (a true contact at i+-1, j+-1 counts). True contacts: C-beta (C-alpha for "
                    + "glycine) within 8 A, from the coordinates; L = residues with coordinates.",
                "Sets: psicov150, casp13 (domains: full target predicted, domain residues scored), pfam40 (with "
                    + "its family alignments, for alignment models), single-validation (the validation chains of the "
                    + "single-sequence training split: BM5, TS50 and Pfam40 chains, never a test set), or "
                    + "STRUCTURE_FILES: comma-separated PDB/mmCIF files or folders (first protein chain, observed "
                    + "residues).",
                "Example: protpred eval contacts --set psicov150"})
    static final class Contacts extends TaskEvalCommand<ContactPrediction> {
        @picocli.CommandLine.Option(names = "--msa-model",
                description = "Use the bundled alignment model (default: the single-sequence model).")
        boolean msaModel;

        @picocli.CommandLine.Option(names = "--baseline", paramLabel = "random|potential|dca|mi",
                description = "Score a calibration baseline instead of a model: random pair scores, the "
                        + "Miyazawa-Jernigan contact energy of the two residues, or (sets with alignments, pfam40) "
                        + "mean-field DCA or MI-APC alone.")
        String baseline;

        @Override
        protected Task<ContactPrediction> task() {
            return ContactTask.INSTANCE;
        }

        @Override
        protected Predictor<ContactPrediction> predictor(Path file) {
            if (baseline != null) {
                return org.protpred.pipeline.contacts.ContactBaseline.named(baseline);
            }
            return file != null ? ContactModel.load(file) : ContactModel.bundled(msaModel);
        }

        @Override
        protected LabelledSet labelledSet(String set, List<Path> labels) {
            if (labels != null && !labels.isEmpty()) {
                throw new org.protpred.models.core.InputException("eval contacts takes no --labels: the true "
                        + "contacts come from the structures");
            }
            return ContactTask.INSTANCE.labelledSet(set);
        }
    }
}
