package org.protpred.models.fold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * Groups sequence lengths into bins, the way DeepSF trains: every bin is one fixed-shape batch, its sequences
 * padded to the bin's padded length. This counts how many residues a network then computes against how many
 * are real, to judge a bin width.
 *
 * <p>Bin {@code i} (from 0) holds lengths {@code i*w + 1 .. (i+1)*w}; its padded length is
 * {@code max(minPadded, (i+1)*w)}, the bin's upper edge but never below the minimum (default 30, enough for
 * the default k = 30 of the k-max pooling and for the convolution windows). Defaults: width 15, minimum 30;
 * lengths 1-15 and 16-30 are then both padded to 30, 31-45 to 45, 46-60 to 60.
 */
public final class LengthBins {

    /** Default bin width. */
    public static final int DEFAULT_WIDTH = 15;
    /** Default minimum padded length. */
    public static final int DEFAULT_MIN_PADDED = 30;

    private final int width;
    private final int minPadded;

    /**
     * @param width     lengths per bin, {@code >= 1}
     * @param minPadded smallest padded length, {@code >= 1}
     */
    public LengthBins(int width, int minPadded) {
        if (width < 1) {
            throw new IllegalArgumentException("bin width must be >= 1, got " + width);
        }
        if (minPadded < 1) {
            throw new IllegalArgumentException("minimum padded length must be >= 1, got " + minPadded);
        }
        this.width = width;
        this.minPadded = minPadded;
    }

    /** Width 15, minimum padded length 30. */
    public static LengthBins defaults() {
        return new LengthBins(DEFAULT_WIDTH, DEFAULT_MIN_PADDED);
    }

    public int width() {
        return width;
    }

    public int minPadded() {
        return minPadded;
    }

    /** The 0-based bin of a sequence of {@code length} ({@code >= 1}) residues. */
    public int binIndex(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("sequence length must be >= 1, got " + length);
        }
        return (length - 1) / width;
    }

    /** The length a sequence of {@code length} residues is padded to. */
    public int paddedLength(int length) {
        return paddedLengthOfBin(binIndex(length));
    }

    private int paddedLengthOfBin(int index) {
        return Math.max(minPadded, Math.multiplyExact(index + 1, width));
    }

    /** The non-empty bins of {@code lengths} by increasing length, with the residue totals. */
    public Summary summarize(int... lengths) {
        TreeMap<Integer, long[]> byBin = new TreeMap<>(); // bin -> {count, real residues}
        for (int length : lengths) {
            long[] counts = byBin.computeIfAbsent(binIndex(length), i -> new long[2]);
            counts[0]++;
            counts[1] += length;
        }
        List<Bin> bins = new ArrayList<>();
        long real = 0;
        long padded = 0;
        for (var e : byBin.entrySet()) {
            int index = e.getKey();
            int count = Math.toIntExact(e.getValue()[0]);
            Bin bin = new Bin(index * width + 1, (index + 1) * width, paddedLengthOfBin(index), count,
                    e.getValue()[1], (long) count * paddedLengthOfBin(index));
            bins.add(bin);
            real += bin.realResidues();
            padded += bin.paddedResidues();
        }
        return new Summary(Collections.unmodifiableList(bins), real, padded);
    }

    /**
     * One bin: lengths {@code minLength..maxLength}, padded to {@code paddedLength}, holding {@code count}
     * sequences with {@code realResidues} residues in all, {@code paddedResidues = count * paddedLength}
     * computed.
     */
    public record Bin(int minLength, int maxLength, int paddedLength, int count, long realResidues,
                      long paddedResidues) {
    }

    /** The bins of a set of lengths and the residues computed ({@code paddedResidues}) against the real ones. */
    public record Summary(List<Bin> bins, long realResidues, long paddedResidues) {

        /** Computed residues per real residue ({@code paddedResidues / realResidues}); NaN with no sequences. */
        public double overhead() {
            return realResidues == 0 ? Double.NaN : (double) paddedResidues / realResidues;
        }
    }
}
