package org.protpred.pipeline.data;

import java.util.List;
import java.util.stream.Stream;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * A data set that is read into memory in full on first use and served from there afterwards (the benchmark sets
 * and training sets that fit in memory comfortably). Subclasses say how to read it; reading errors surface on first
 * use, as {@code InputException}s naming the file.
 */
public abstract class ReadOnceDataset implements ProteinDataset {

    private List<ProteinRecord> records;

    /** Reads every record, in the set's fixed order (called once, on first use). */
    protected abstract List<ProteinRecord> read();

    @Override
    public final Stream<ProteinRecord> records() {
        return load().stream();
    }

    @Override
    public final int size() {
        return load().size();
    }

    private synchronized List<ProteinRecord> load() {
        if (records == null) {
            records = List.copyOf(read());
        }
        return records;
    }
}
