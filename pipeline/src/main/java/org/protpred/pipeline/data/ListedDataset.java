package org.protpred.pipeline.data;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * A dataset of a known list of entries (files, index rows), each turned into a record only when the stream reaches
 * it, so that a pass holds one structure at a time.
 *
 * @param <T> the entry type
 */
final class ListedDataset<T> implements ProteinDataset {

    private final String name;
    private final List<T> entries;
    private final Function<T, ProteinRecord> reader;
    private final List<Path> sources;

    ListedDataset(String name, List<T> entries, Function<T, ProteinRecord> reader, List<Path> sources) {
        this.name = name;
        this.entries = List.copyOf(entries);
        this.reader = reader;
        this.sources = List.copyOf(sources);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Stream<ProteinRecord> records() {
        return entries.stream().map(reader);
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public List<Path> sources() {
        return sources;
    }
}
