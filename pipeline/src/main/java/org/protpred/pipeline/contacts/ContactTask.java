package org.protpred.pipeline.contacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.data.Casp13Dataset;
import org.protpred.pipeline.data.Pfam40Dataset;
import org.protpred.pipeline.data.ProteinDataset;
import org.protpred.pipeline.data.Psicov150Dataset;
import org.protpred.pipeline.io.StructureReader;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.Evaluator;
import org.protpred.pipeline.task.LabelledSet;
import org.protpred.pipeline.task.PredictionWriter;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.Task;
import org.protpred.pipeline.task.TrainedModel;

/**
 * Residue-residue contacts as a {@link Task}: models of kind {@value ContactModel#KIND} (boosted deep belief
 * networks over pair features) predicted by {@link ContactModel}, written by {@link ContactWriter} (CASP RR, png),
 * scored by {@link ContactEvaluator} (precision at L/10, L/5, L/2, L per range) on PSICOV150, CASP13, Pfam40 or
 * structure files, trained by {@link ContactTraining}.
 */
public final class ContactTask implements Task<ContactPrediction> {

    public static final ContactTask INSTANCE = new ContactTask();
    /** The named evaluation sets. */
    /**
     * The validation chains of the single-sequence training split as {@code train contacts} makes it by default
     * (validation share 0.1, split seed 11): what chose the shipped model, never a test set.
     */
    public static final String SINGLE_VALIDATION = "single-validation";
    /** The named sets of {@code eval contacts}. */
    public static final List<String> SETS = List.of("psicov150", "casp13", "pfam40", SINGLE_VALIDATION);

    private ContactTask() {
    }

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public String kind() {
        return ContactModel.KIND;
    }

    @Override
    public Predictor<ContactPrediction> predictor(TrainedModel model) {
        return ContactModel.of(model);
    }

    @Override
    public List<String> formats() {
        return List.of("rr");
    }

    @Override
    public PredictionWriter<ContactPrediction> writer(Path directory, Set<String> formats) {
        return new ContactWriter(directory, null);
    }

    /**
     * The predictor the command line names: {@code file}, or the bundled model, with alignments (the alignment model)
     * when {@code msa} is given and from the sequence alone otherwise; it reads each record's alignment from
     * {@code msa} (a file for one record, or a folder).
     *
     * @throws InputException when {@code msa} does not exist or the model needs alignments and none were given
     */
    public ContactModel model(Path file, Path msa) {
        if (msa != null && !Files.exists(msa)) {
            throw InputException.at(msa, "no such file or folder");
        }
        ContactModel model = file != null ? ContactModel.load(file) : ContactModel.bundled(msa != null);
        if (msa == null && model.needsAlignment()) {
            throw new InputException(model.source() + ": needs an alignment per record; pass --msa FILE|DIR");
        }
        return model.withAlignments(msa);
    }

    /** A writer that also draws the png against {@code structure} (null: none). */
    public PredictionWriter<ContactPrediction> writer(Path directory, Path structure) {
        return new ContactWriter(directory, structure);
    }

    @Override
    public Evaluator<ContactPrediction> evaluator(String setName, Predictor<ContactPrediction> predictor) {
        return new ContactEvaluator(setName);
    }

    /** A named data set, or null. */
    public static ProteinDataset named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "psicov150" -> Psicov150Dataset.shared();
            case "casp13" -> Casp13Dataset.shared();
            case "pfam40" -> Pfam40Dataset.shared();
            default -> null;
        };
    }

    /**
     * {@code psicov150}, {@code casp13}, {@code pfam40} (residues with an alignment column scored),
     * {@value #SINGLE_VALIDATION} (the single-sequence model's validation chains), or structure files:
     * comma-separated PDB/mmCIF files or folders of them (first protein chain of each; its observed residues are the
     * sequence).
     */
    public LabelledSet labelledSet(String set) {
        if (set.equalsIgnoreCase(SINGLE_VALIDATION)) {
            return new LabelledSet(SINGLE_VALIDATION, ContactTraining.singleSequenceChains(
                    ContactTraining.DEFAULT_VALIDATION, 1.0, ContactTraining.SPLIT_SEED, line -> { }).validation());
        }
        if (set.equalsIgnoreCase("pfam40")) {
            return new LabelledSet("pfam40", ContactTraining.pfam40Scored());
        }
        ProteinDataset dataset = named(set);
        if (dataset != null) {
            return new LabelledSet(dataset.name(), dataset.readAll());
        }
        List<ProteinRecord> records = new ArrayList<>();
        for (String part : set.split(",")) {
            Path p = Path.of(part.trim());
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        records.add(StructureReader.readRecord(f, null));
                    }
                } catch (IOException e) {
                    throw InputException.at(p, "cannot list: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                records.add(StructureReader.readRecord(p, null));
            } else {
                throw InputException.at(p, "no such set or structure file (sets: " + String.join(", ", SETS) + ")");
            }
        }
        if (records.isEmpty()) {
            throw new InputException(set + ": no structure files");
        }
        return new LabelledSet(set, records);
    }
}
