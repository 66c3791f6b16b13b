package org.protpred.pipeline.labels;

import java.util.List;
import org.biojava.nbio.structure.Chain;
import org.biojava.nbio.structure.Group;
import org.biojava.nbio.structure.Structure;
import org.biojava.nbio.structure.StructureException;
import org.biojava.nbio.structure.secstruc.SecStrucCalc;
import org.biojava.nbio.structure.secstruc.SecStrucInfo;
import org.biojava.nbio.structure.secstruc.SecStrucType;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.io.StructureChain;

/**
 * DSSP secondary structure (Kabsch &amp; Sander 1983) computed with BioJava's {@link SecStrucCalc}, offline.
 *
 * <p>The assignment runs on the whole first model (all chains), as {@code mkdssp} does on a file, so hydrogen
 * bonds to neighbouring chains count; the states of the selected chain's observed residues are returned. Residues
 * that DSSP cannot assign (an incomplete backbone) get {@code C}. A model with fewer than 5 residues with a complete
 * backbone (N, C-alpha, C, O) is below what BioJava's implementation accepts and is all {@code C}; the only state
 * DSSP could assign there is a single turn.
 */
public final class DsspCalculator {

    /** Smallest number of complete backbone residues BioJava's DSSP accepts. */
    static final int MIN_BACKBONE_RESIDUES = 5;

    private DsspCalculator() {
    }

    /** One {@link SecondaryStructureAlphabet#EIGHT} letter per observed residue of the chain. */
    public static String eightState(StructureChain chain) {
        if (backboneResidues(chain.biojavaStructure()) < MIN_BACKBONE_RESIDUES) {
            return "C".repeat(chain.observedGroups().size());
        }
        try {
            new SecStrucCalc().calculate(chain.biojavaStructure(), true);
        } catch (StructureException | RuntimeException e) {
            throw InputException.at(chain.file(), "DSSP failed: " + e.getMessage());
        }
        List<Group> groups = chain.observedGroups();
        StringBuilder sb = new StringBuilder(groups.size());
        for (Group g : groups) {
            Object state = g.getProperty(Group.SEC_STRUC);
            SecStrucType t = state instanceof SecStrucInfo info ? info.getType() : null;
            sb.append(t == null ? 'C' : SecondaryStructureAlphabet.eightState(t.type));
        }
        return sb.toString();
    }

    private static int backboneResidues(Structure structure) {
        int n = 0;
        for (Chain c : structure.getChains()) {
            for (Group g : c.getAtomGroups()) {
                if (g.hasAtom("N") && g.hasAtom("CA") && g.hasAtom("C") && g.hasAtom("O")) {
                    n++;
                }
            }
        }
        return n;
    }

    /** One {@link SecondaryStructureAlphabet#THREE} letter per observed residue of the chain. */
    public static String threeState(StructureChain chain) {
        return SecondaryStructureAlphabet.threeState(eightState(chain));
    }
}
