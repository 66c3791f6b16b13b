package org.protpred.pipeline.labels;

import java.util.Optional;

/**
 * Sequence-separation ranges of residue contacts, as in CASP: short 6-11, medium 12-23, long 24 and more
 * (separation {@code |i - j|}). Pairs closer than 6 in sequence belong to no range.
 */
public enum ContactRange {
    SHORT(6, 11),
    MEDIUM(12, 23),
    LONG(24, Integer.MAX_VALUE);

    /** Smallest separation that belongs to any range. */
    public static final int MIN_SEPARATION = 6;

    private final int min;
    private final int max;

    ContactRange(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** Smallest separation of this range. */
    public int min() {
        return min;
    }

    /** Largest separation of this range ({@link Integer#MAX_VALUE} for {@link #LONG}). */
    public int max() {
        return max;
    }

    /** Whether a separation {@code |i - j|} falls in this range. */
    public boolean contains(int separation) {
        int s = Math.abs(separation);
        return s >= min && s <= max;
    }

    /** The range of a separation, empty below {@link #MIN_SEPARATION}. */
    public static Optional<ContactRange> of(int separation) {
        for (ContactRange r : values()) {
            if (r.contains(separation)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
