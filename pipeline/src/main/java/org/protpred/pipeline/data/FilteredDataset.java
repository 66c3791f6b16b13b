package org.protpred.pipeline.data;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.protpred.pipeline.protein.ProteinRecord;

/** The records of another dataset that pass a filter ({@link ProteinDataset#filter}). */
final class FilteredDataset implements ProteinDataset {

    private final ProteinDataset base;
    private final String name;
    private final Predicate<ProteinRecord> keep;
    private int size = -1;

    FilteredDataset(ProteinDataset base, String suffix, Predicate<ProteinRecord> keep) {
        this.base = base;
        this.name = base.name() + "/" + suffix;
        this.keep = keep;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Stream<ProteinRecord> records() {
        return base.records().filter(keep);
    }

    @Override
    public synchronized int size() {
        if (size < 0) {
            try (Stream<ProteinRecord> s = records()) {
                size = (int) s.count();
            }
        }
        return size;
    }

    @Override
    public List<Path> sources() {
        return base.sources();
    }
}
