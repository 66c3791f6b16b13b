package org.protpred.pipeline.ss;

import java.nio.file.Path;
import org.protpred.models.core.AtomicFiles;
import org.protpred.pipeline.task.OutputNames;
import org.protpred.pipeline.task.PredictionWriter;

/**
 * Writes secondary-structure predictions into an output folder: per chain {@code <id>.ss2} and {@code <id>.horiz}
 * (and {@code <id>.ss.json} with the {@code json} format), then {@value #COMBINED} with every chain's 3-state string
 * and, when every prediction has 8 states, {@value #COMBINED8} with the 8-state strings. Every file is written
 * atomically; file names come from {@link OutputNames#stem}. Only the two combined texts are held in memory.
 */
public final class SsWriter implements PredictionWriter<SsPrediction> {

    /** Name of the combined FASTA of predicted states. */
    public static final String COMBINED = "ss.fasta";
    /** Name of the combined FASTA of predicted 8-state strings. */
    public static final String COMBINED8 = "ss8.fasta";
    /** The extra format {@code --format json}. */
    public static final String JSON = "json";

    private final Path directory;
    private final boolean json;
    private final String version;
    private final StringBuilder fasta = new StringBuilder();
    private final StringBuilder fasta8 = new StringBuilder();
    private int written;
    private boolean allEight = true;

    public SsWriter(Path directory, boolean json, String version) {
        this.directory = directory;
        this.json = json;
        this.version = version;
    }

    @Override
    public void write(SsPrediction p) {
        String stem = OutputNames.stem(p.id());
        AtomicFiles.writeString(directory.resolve(stem + ".ss2"), SsWriters.ss2(p, version));
        AtomicFiles.writeString(directory.resolve(stem + ".horiz"), SsWriters.horiz(p, version));
        if (json) {
            AtomicFiles.writeString(directory.resolve(stem + ".ss.json"), SsWriters.json(p));
        }
        fasta.append(SsWriters.fasta(p));
        allEight &= p.hasEightStates();
        if (allEight) {
            fasta8.append(SsWriters.fasta8(p));
        }
        written++;
    }

    @Override
    public void finish() {
        if (written == 0) {
            return;
        }
        AtomicFiles.writeString(directory.resolve(COMBINED), fasta.toString());
        if (allEight) {
            AtomicFiles.writeString(directory.resolve(COMBINED8), fasta8.toString());
        }
    }
}
