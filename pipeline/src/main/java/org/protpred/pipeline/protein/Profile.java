package org.protpred.pipeline.protein;

/**
 * A position-specific profile: for each residue, 20 values over {@link AminoAcids#ALPHABET} order.
 *
 * @param frequencies per-residue amino-acid probabilities (rows sum to 1), L x 20
 * @param scores      per-residue log-odds scores (PSSM), L x 20, or {@code null} when derived from frequencies only
 * @param source      where it came from (file name or "alignment"), for messages
 */
public record Profile(double[][] frequencies, double[][] scores, String source) {

    public int length() {
        return frequencies.length;
    }
}
