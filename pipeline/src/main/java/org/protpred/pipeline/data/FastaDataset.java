package org.protpred.pipeline.data;

import java.nio.file.Path;
import java.util.List;
import org.protpred.pipeline.io.FastaReader;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * The sequences of a FASTA file as a dataset (no labels), e.g. a user's own test chains whose homologs should leave a
 * training set. Named after the file; read on first use.
 */
public final class FastaDataset extends ReadOnceDataset {

    private final Path file;

    private FastaDataset(Path file) {
        this.file = file;
    }

    /** The records of a FASTA file (may be gzipped). */
    public static FastaDataset of(Path file) {
        return new FastaDataset(file);
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public List<Path> sources() {
        return List.of(file);
    }

    @Override
    protected List<ProteinRecord> read() {
        return FastaReader.readAll(file);
    }
}
