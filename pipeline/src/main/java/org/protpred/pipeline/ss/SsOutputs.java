package org.protpred.pipeline.ss;

import java.nio.file.Path;
import java.util.List;
import org.protpred.models.core.AtomicFiles;

/**
 * Writes predictions to an output folder: per chain {@code <id>.ss2} and {@code <id>.horiz} (and {@code <id>.json}
 * on request), plus {@code ss.fasta} with every chain's 3-state string and, for 8-state predictions,
 * {@code ss8.fasta} with every chain's 8-state string. Every file is written atomically. Ids become
 * file names with every character outside {@code A-Z a-z 0-9 . _ -} replaced by {@code _}.
 */
public final class SsOutputs {

    /** Name of the combined FASTA of predicted states. */
    public static final String COMBINED = "ss.fasta";
    /** Name of the combined FASTA of predicted 8-state strings. */
    public static final String COMBINED8 = "ss8.fasta";

    private SsOutputs() {
    }

    /** The file-name stem of a record id. */
    public static String stem(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }

    /** Writes one chain's files. */
    public static void writeChain(Path dir, SsPrediction p, boolean json, String version) {
        String stem = stem(p.id());
        AtomicFiles.writeString(dir.resolve(stem + ".ss2"), SsWriters.ss2(p, version));
        AtomicFiles.writeString(dir.resolve(stem + ".horiz"), SsWriters.horiz(p, version));
        if (json) {
            AtomicFiles.writeString(dir.resolve(stem + ".json"), SsWriters.json(p));
        }
    }

    /**
     * Writes {@code ss.fasta} with the given chains in order, and {@code ss8.fasta} when they are 8-state
     * predictions.
     */
    public static void writeCombined(Path dir, List<SsPrediction> predictions) {
        StringBuilder sb = new StringBuilder();
        StringBuilder sb8 = new StringBuilder();
        boolean eight = !predictions.isEmpty() && predictions.stream().allMatch(SsPrediction::hasEightStates);
        for (SsPrediction p : predictions) {
            sb.append(SsWriters.fasta(p));
            if (eight) {
                sb8.append(SsWriters.fasta8(p));
            }
        }
        AtomicFiles.writeString(dir.resolve(COMBINED), sb.toString());
        if (eight) {
            AtomicFiles.writeString(dir.resolve(COMBINED8), sb8.toString());
        }
    }
}
