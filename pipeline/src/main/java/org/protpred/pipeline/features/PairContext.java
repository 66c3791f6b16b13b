package org.protpred.pipeline.features;

/**
 * What pair groups see of one record: its {@link FeatureContext} and its residue feature matrix (L x residue width,
 * in the spec's residue column order).
 *
 * @param features the record's context (alignment statistics are shared with the residue groups)
 * @param residues the residue feature matrix
 * @param spec     the spec being extracted
 */
public record PairContext(FeatureContext features, float[][] residues, FeatureSpec spec) {

    public int length() {
        return features.length();
    }
}
