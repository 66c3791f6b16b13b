package org.protpred.pipeline.data;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.io.FastaReader;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * SCOPe 2.07 ASTRAL 40% domain sequences with their fold labels ({@code fold/scope207_40/astral-40-2.07.visible.fa},
 * 13,214 domains over 1,230 folds).
 *
 * <p>Header {@code >d1dlwa_ a.1.1.1 (A:) description}: the id is the domain, the second field the sccs
 * (class.fold.superfamily.family); the record's {@code fold} is the sccs's first two parts ({@code a.1}) and its
 * description the rest of the header. For a train/validation/test split stratified by fold see {@link FoldSplit}.
 */
public final class ScopeDataset implements ProteinDataset {

    /** The data folder, relative to the data root. */
    public static final String FOLDER = "fold/scope207_40";
    /** The FASTA file in that folder. */
    public static final String FILE = "astral-40-2.07.visible.fa";
    /** Number of domains in the file. */
    public static final int DOMAINS = 13_214;
    /** Number of folds in the file. */
    public static final int FOLDS = 1_230;

    private final Path file;
    private int size = -1;

    public ScopeDataset(Path file) {
        this.file = file;
    }

    /** The shared copy (see {@code DataLocation}). */
    public static ScopeDataset shared() {
        return new ScopeDataset(DataLocation.require(FOLDER).resolve(FILE));
    }

    @Override
    public String name() {
        return "scope207-40";
    }

    @Override
    public Stream<ProteinRecord> records() {
        return FastaReader.stream(file).map(this::withFold);
    }

    private ProteinRecord withFold(ProteinRecord r) {
        String[] parts = r.description().split("\\s+", 2);
        String sccs = parts[0];
        String[] levels = sccs.split("\\.");
        if (levels.length < 2 || levels[0].isEmpty() || levels[1].isEmpty()) {
            throw InputException.at(file, "record '" + r.id() + "': no SCOP class.fold in the header (found '"
                    + sccs + "')");
        }
        return r.withFold(levels[0] + "." + levels[1]);
    }

    @Override
    public synchronized int size() {
        if (size < 0) {
            try (Stream<?> s = FastaReader.streamRaw(file)) {
                size = (int) s.count();
            }
        }
        return size;
    }

    @Override
    public List<Path> sources() {
        return List.of(file);
    }
}
