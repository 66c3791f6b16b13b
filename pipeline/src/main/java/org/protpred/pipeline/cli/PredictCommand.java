package org.protpred.pipeline.cli;

import java.nio.file.Path;
import org.protpred.pipeline.ss.SsPrediction;
import org.protpred.pipeline.ss.SsTask;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.Task;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code protpred predict}: runs a trained model on sequences; one subcommand per task ({@code ss}, ...). */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict structure features for the sequences of a FASTA file.",
        subcommands = {PredictCommand.Ss.class, FoldPredictCommand.class})
public final class PredictCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** {@code protpred predict ss}. */
    @Command(name = "ss", mixinStandardHelpOptions = true,
            description = {"Predict 3-state secondary structure (H helix, E strand, C coil) from sequence alone; "
                    + "with an 8-state model (--states 8) also the 8 DSSP states (H G I E B T S C).",
                "Writes DIR/<id>.ss2 (PSIPRED vertical format: index, residue, state, P(C), P(H), P(E)), "
                    + "DIR/<id>.horiz (PSIPRED horizontal format with 0-9 confidence) and DIR/ss.fasta (all "
                    + "predicted state strings); an 8-state model also writes DIR/ss8.fasta (8-state strings) and "
                    + "its 3-state files hold the summed probabilities (H+G+I, E+B, T+S+C); with --format json "
                    + "also DIR/<id>.json (with an 8-state model, including the 8 probabilities per residue). A "
                    + "record that cannot be read (illegal letter, no residues) is reported and skipped; the exit "
                    + "status is then 2.",
                "Example: protpred predict ss proteins.fasta -o out",
                "Example: protpred predict ss --states 8 proteins.fasta -o out8"})
    static final class Ss extends TaskPredictCommand<SsPrediction> {
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
    }
}
