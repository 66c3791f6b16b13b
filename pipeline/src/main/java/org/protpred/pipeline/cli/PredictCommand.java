package org.protpred.pipeline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.protpred.models.core.InputException;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.Progress;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.ss.SecondaryStructureModel;
import org.protpred.pipeline.ss.SsInput;
import org.protpred.pipeline.ss.SsOutputs;
import org.protpred.pipeline.ss.SsPrediction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code protpred predict}: runs a trained model on sequences; one subcommand per predictor ({@code ss}, ...). */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict structure features for the sequences of a FASTA file.",
        subcommands = {PredictCommand.Ss.class})
public final class PredictCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** Input and output options every {@code predict} subcommand shares. */
    public static final class InputOutputOptions {
        @Parameters(index = "0", paramLabel = "INPUT.fasta", description = "Protein sequences (FASTA, may be gzipped).")
        Path input;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
                description = "Output folder (created if needed).")
        Path output;

        void checkOutput() {
            if (Files.exists(output) && !Files.isDirectory(output)) {
                throw InputException.at(output, "is a file, expected an output folder");
            }
        }
    }

    /** Output formats of {@code predict ss}. */
    enum SsFormat { psipred, json }

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
    static final class Ss implements Callable<Integer> {
        /** Records predicted per network pass group (bounds memory on huge inputs). */
        private static final int CHUNK = 2048;

        @Mixin
        InputOutputOptions io;

        @Mixin
        EvalCommand.SsModelOption modelOption;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec commandSpec;

        @Option(names = "--format", paramLabel = "FORMAT", split = ",",
                description = "Extra output formats: json (default: PSIPRED .ss2/.horiz only, which are always "
                        + "written).")
        List<SsFormat> formats = new ArrayList<>();

        @Override
        public Integer call() {
            java.io.PrintWriter err = commandSpec.commandLine().getErr();
            io.checkOutput();
            SecondaryStructureModel model = modelOption.load();
            List<SsInput.Item> items = SsInput.read(io.input);
            boolean json = formats.contains(SsFormat.json);
            String version = ModelFile.protpredVersion();
            List<String> failed = new ArrayList<>();
            List<ProteinRecord> good = new ArrayList<>();
            Map<String, String> stems = new HashMap<>();
            for (SsInput.Item item : items) {
                if (!item.ok()) {
                    fail(err, failed, item.id(), item.error());
                    continue;
                }
                ProteinRecord r = item.record();
                String other = stems.putIfAbsent(SsOutputs.stem(r.id()), r.id());
                if (other != null) {
                    fail(err, failed, r.id(), io.input + ": record '" + r.id() + "' would be written to the same files as '"
                            + other + "' (" + SsOutputs.stem(r.id()) + ".*); rename one");
                    continue;
                }
                try {
                    model.check(r);
                } catch (InputException e) {
                    fail(err, failed, r.id(), e.getMessage());
                    continue;
                }
                good.add(r);
            }
            List<SsPrediction> predictions = new ArrayList<>(good.size());
            if (!good.isEmpty()) {
                try (Progress progress = Progress.start("predict ss", good.size())) {
                    for (int start = 0; start < good.size(); start += CHUNK) {
                        List<ProteinRecord> chunk = good.subList(start, Math.min(good.size(), start + CHUNK));
                        for (SsPrediction p : model.predictions(chunk)) {
                            SsOutputs.writeChain(io.output, p, json, version);
                            predictions.add(p);
                            progress.step();
                        }
                    }
                }
                SsOutputs.writeCombined(io.output, predictions);
            }
            err.printf(Locale.ROOT, "predict ss: %d of %d records predicted into %s%s%n", predictions.size(),
                    items.size(), io.output, failed.isEmpty() ? "" : "; failed: " + String.join(", ", failed));
            err.flush();
            return failed.isEmpty() ? 0 : ProtpredCommand.EXIT_USER_ERROR;
        }

        private static void fail(java.io.PrintWriter err, List<String> failed, String id, String message) {
            err.println("protpred: error: " + message);
            failed.add(id);
        }
    }
}
