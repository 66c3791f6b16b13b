package org.protpred.pipeline.labels;

import org.protpred.pipeline.io.StructureChain;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * All true labels of one structure chain, computed once: the observed residues as a record carrying
 * {@code ss8} and {@code ss3} labels (DSSP), and the contact map over the same residues.
 *
 * @param record   observed residues with structure and the labels {@code "ss8"} and {@code "ss3"}
 * @param contacts standard contact map (C-beta, C-alpha for glycine, 8 A) over the observed residues
 */
public record TrueLabels(ProteinRecord record, ContactMap contacts) {

    /** Label kind of the 8-state DSSP string. */
    public static final String SS8 = "ss8";
    /** Label kind of the 3-state string. */
    public static final String SS3 = "ss3";

    /** Computes DSSP states and the contact map of the chain's observed residues. */
    public static TrueLabels of(StructureChain chain) {
        String ss8 = DsspCalculator.eightState(chain);
        ProteinRecord record = chain.observedRecord()
                .withLabel(SS8, ss8)
                .withLabel(SS3, SecondaryStructureAlphabet.threeState(ss8));
        return new TrueLabels(record, ContactMap.of(record));
    }
}
