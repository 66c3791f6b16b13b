package org.protpred.pipeline.features;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Pair features of one record, produced block by block so that memory does not grow as L x L x width: the pairs
 * {@code (i, j)} with {@code j - i >= spec.minSeparation()} in order ({@code i} ascending, then {@code j}) are cut
 * into {@link PairBlock}s of at most {@code blockSize} rows. What is held for the whole record is the residue
 * feature matrix (L x residue width) and per-group state such as the coevolution matrix (L x L doubles); each block
 * is a fresh array of {@code blockSize x pairWidth} floats that the consumer may keep or drop.
 */
public final class PairFeatureStream implements Iterator<PairBlock> {

    /** Default number of pairs per block. */
    public static final int DEFAULT_BLOCK_SIZE = 4096;

    private final int length;
    private final int minSeparation;
    private final int blockSize;
    private final int width;
    private final List<PairFeatureGroup.Filler> fillers;
    private final int[] offsets;
    private final float[][] residues;
    private final long pairCount;
    private int nextI;
    private int nextJ;
    private long produced;

    /** A stream with the default block size. */
    public PairFeatureStream(ProteinRecord record, FeatureSpec spec) {
        this(record, spec, DEFAULT_BLOCK_SIZE);
    }

    /**
     * Prepares the record's pair features (residue features, coevolution scores); rows are computed as blocks are
     * taken.
     *
     * @throws InputException if the spec has no pair features or the record lacks an input the spec needs
     */
    public PairFeatureStream(ProteinRecord record, FeatureSpec spec, int blockSize) {
        if (!spec.hasPairFeatures()) {
            throw new InputException("the feature spec has no pair features");
        }
        if (blockSize < 1) {
            throw new IllegalArgumentException("block size must be positive");
        }
        FeatureContext context = new FeatureContext(record);
        spec.check(record);
        this.residues = ResidueFeatures.extract(context, spec);
        this.length = record.length();
        this.minSeparation = spec.minSeparation();
        this.blockSize = blockSize;
        this.width = spec.pairWidth();
        PairContext pc = new PairContext(context, residues, spec);
        this.fillers = new ArrayList<>();
        List<PairFeatureGroup> groups = spec.pairExtractors();
        this.offsets = new int[groups.size()];
        int offset = 0;
        for (int g = 0; g < groups.size(); g++) {
            fillers.add(groups.get(g).bind(pc));
            offsets[g] = offset;
            offset += groups.get(g).width();
        }
        long n = Math.max(0, length - minSeparation);
        this.pairCount = n * (n + 1) / 2;
        this.nextI = 0;
        this.nextJ = minSeparation;
    }

    /** Number of pairs the stream produces in all. */
    public long pairCount() {
        return pairCount;
    }

    /** Number of feature columns per pair. */
    public int width() {
        return width;
    }

    public int blockSize() {
        return blockSize;
    }

    /** The record's residue feature matrix (shared, do not modify). */
    public float[][] residueFeatures() {
        return residues;
    }

    @Override
    public boolean hasNext() {
        return produced < pairCount;
    }

    @Override
    public PairBlock next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int rows = (int) Math.min(blockSize, pairCount - produced);
        int[] first = new int[rows];
        int[] second = new int[rows];
        float[] values = new float[rows * width];
        for (int r = 0; r < rows; r++) {
            while (nextJ >= length) {
                nextI++;
                nextJ = nextI + minSeparation;
            }
            first[r] = nextI;
            second[r] = nextJ;
            for (int g = 0; g < fillers.size(); g++) {
                fillers.get(g).fill(nextI, nextJ, values, r * width + offsets[g]);
            }
            nextJ++;
        }
        produced += rows;
        return new PairBlock(rows, width, first, second, values);
    }

    /** Hands every remaining block to {@code consumer}. */
    public void forEachBlock(Consumer<PairBlock> consumer) {
        while (hasNext()) {
            consumer.accept(next());
        }
    }
}
