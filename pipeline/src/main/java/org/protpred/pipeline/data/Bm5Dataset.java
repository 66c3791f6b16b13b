package org.protpred.pipeline.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Docking Benchmark 5 unbound single chains ({@code contact/bm5}, 281 structures, no chain breaks), training
 * material for contacts. {@code INDEX.tsv} columns: file, n_CA, breaks, 30%/40% cluster representatives, closest
 * PSICOV150 protein and its identity (empty when none is close), the sequence from the C-alpha atoms.
 *
 * <p>{@link #independentOfPsicov150()} keeps the 233 rows whose identity to the closest PSICOV150 protein is below
 * 0.3 (or absent): use it when PSICOV150 is the test set. Record id: the file's base name ({@code 1A2K_l_u}).
 */
public final class Bm5Dataset {

    public static final String FOLDER = "contact/bm5";
    public static final int CHAINS = 281;
    /** Rows with identity to PSICOV150 below {@link #MAX_PSICOV_IDENTITY}. */
    public static final int INDEPENDENT_CHAINS = 233;
    public static final double MAX_PSICOV_IDENTITY = 0.3;

    /** One row of {@code INDEX.tsv}. */
    record Entry(String file, double psicovIdentity, String sequence) {
    }

    private Bm5Dataset() {
    }

    /** All 281 chains. */
    public static ProteinDataset shared() {
        return in(DataLocation.require(FOLDER), false);
    }

    /** The chains with identity below 0.3 to every PSICOV150 protein. */
    public static ProteinDataset independentOfPsicov150() {
        return in(DataLocation.require(FOLDER), true);
    }

    public static ProteinDataset in(Path folder, boolean independentOfPsicov) {
        Path index = folder.resolve("INDEX.tsv");
        List<String> lines = DataFiles.lines(index);
        List<Entry> entries = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 8) {
                throw InputException.at(index, n + 1, "expected 8 tab-separated columns, found " + f.length);
            }
            double identity;
            try {
                identity = f[6].isBlank() ? 0.0 : Double.parseDouble(f[6]);
            } catch (NumberFormatException e) {
                throw InputException.at(index, n + 1, "identity '" + f[6] + "' is not a number");
            }
            if (!independentOfPsicov || identity < MAX_PSICOV_IDENTITY) {
                entries.add(new Entry(f[0], identity, f[7]));
            }
        }
        List<Path> sources = new ArrayList<>(List.of(index));
        entries.forEach(e -> sources.add(folder.resolve(e.file())));
        return new ListedDataset<>(independentOfPsicov ? "bm5/psicov-independent" : "bm5", entries,
                e -> read(folder, e), sources);
    }

    private static ProteinRecord read(Path folder, Entry e) {
        Path pdb = folder.resolve(e.file());
        String id = e.file().endsWith(".pdb") ? e.file().substring(0, e.file().length() - 4) : e.file();
        ProteinRecord r = DataFiles.structure(pdb, null, id);
        if (r.length() != e.sequence().length()) {
            throw InputException.at(pdb, "has " + r.length() + " residues with C-alpha atoms, INDEX.tsv says "
                    + e.sequence().length());
        }
        return new ProteinRecord(id, r.sequence(), "BM5 unbound " + id, null, null, null, null, r.structure(), null);
    }
}
