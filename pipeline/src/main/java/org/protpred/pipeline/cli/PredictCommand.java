package org.protpred.pipeline.cli;

import java.nio.file.Path;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.contacts.ContactPrediction;
import org.protpred.pipeline.contacts.ContactTask;
import org.protpred.pipeline.task.PredictionWriter;
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
        subcommands = {PredictCommand.Ss.class, FoldPredictCommand.class, PredictCommand.Contacts.class,
            PredictAllCommand.class})
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
                    + "also DIR/<id>.ss.json (with an 8-state model, including the 8 probabilities per residue). A "
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

    /** {@code protpred predict contacts}. */
    @Command(name = "contacts", mixinStandardHelpOptions = true,
            description = {"Predict residue-residue contacts (C-beta within 8 A, pairs at least 6 apart) with a "
                    + "boosted ensemble of deep belief networks: from the sequence alone (default), or with an "
                    + "alignment (--msa, the bundled alignment model).",
                "Writes DIR/<id>.rr (CASP RR: PFRMAT RR, TARGET, MODEL 1, the sequence in lines of 50, then "
                    + "'i j 0 8 p' lines sorted by probability, at most 5 L pairs, END); with --structure also "
                    + "DIR/<id>.png (predicted top-L pairs in the upper triangle against the true map below).",
                "Example: protpred predict contacts proteins.fasta -o out",
                "Example: protpred predict contacts query.fasta --msa query.a3m -o out"})
    static final class Contacts extends TaskPredictCommand<ContactPrediction> {
        @picocli.CommandLine.Option(names = "--msa", paramLabel = "FILE|DIR",
                description = "Alignment (A3M, aligned FASTA, PSICOV .aln; query first or found by sequence): a "
                        + "file for a one-record FASTA, or a folder of <id>.a3m|.aln|.fasta|.fa|.afa[.gz].")
        Path msa;

        @picocli.CommandLine.Option(names = "--structure", paramLabel = "FILE",
                description = "PDB/mmCIF file of the (one) chain predicted: also draw DIR/<id>.png against its "
                        + "true contacts.")
        Path structure;

        @Override
        protected Task<ContactPrediction> task() {
            return ContactTask.INSTANCE;
        }

        @Override
        protected Predictor<ContactPrediction> predictor(Path file) {
            if (msa != null && !java.nio.file.Files.exists(msa)) {
                throw InputException.at(msa, "no such file or folder");
            }
            if (structure != null && !java.nio.file.Files.isRegularFile(structure)) {
                throw InputException.at(structure, "no such file");
            }
            return ContactTask.INSTANCE.model(file, msa);
        }

        @Override
        protected void checkOptions() {
            if (!formats.isEmpty()) {
                throw new InputException("--format: predict contacts writes rr (and png with --structure) only");
            }
        }

        @Override
        protected void checkInput(Predictor<ContactPrediction> predictor) {
            if (msa != null && !java.nio.file.Files.isDirectory(msa)
                    && org.protpred.pipeline.io.PredictionInput.countRecords(input) > 1) {
                throw new InputException("--msa FILE is for a FASTA file of one record; pass a folder for several");
            }
        }

        @Override
        protected PredictionWriter<ContactPrediction> writer(Task<ContactPrediction> task,
                                                             java.util.Set<String> formats) {
            return ContactTask.INSTANCE.writer(output, structure);
        }
    }
}
