package org.protpred.models.core.train;

/**
 * Derives independent, well-mixed seeds from a run seed and an epoch, so that everything random in an epoch (the
 * shuffle, dropout masks) depends only on (seed, epoch) and a resumed run repeats exactly what an uninterrupted one
 * would have done. Uses the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014).
 */
public final class Seeds {

    /** Salt for the order in which examples are visited. */
    public static final long SHUFFLE = 0x5348554646L;
    /** Salt for ND4J's random generator (dropout and other stochastic layers). */
    public static final long ND4J = 0x4E44344AL;

    private Seeds() {
    }

    /** A seed for the given purpose ({@code salt}) in the given epoch of a run with seed {@code seed}. */
    public static long forEpoch(long seed, long epoch, long salt) {
        return mix(mix(mix(seed) ^ salt) + epoch);
    }

    /** The SplitMix64 finaliser: a bijective scramble of 64 bits. */
    public static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
