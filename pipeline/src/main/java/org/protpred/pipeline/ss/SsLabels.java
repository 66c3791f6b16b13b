package org.protpred.pipeline.ss;

import java.util.List;
import org.protpred.pipeline.data.CachedRecord;
import org.protpred.pipeline.labels.SecondaryStructureAlphabet;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * The 3-state secondary-structure classes as the network sees them: output column {@code k} is state
 * {@code SecondaryStructureAlphabet.THREE.charAt(k)}, i.e. H, E, C.
 */
public final class SsLabels {

    /** Label kind of the 3-state strings in records. */
    public static final String SS3 = "ss3";
    /** Label kind of the 8-state strings in records. */
    public static final String SS8 = "ss8";
    /** The states in output order. */
    public static final String STATES = SecondaryStructureAlphabet.THREE;
    /** The states in output order, as stored in model files. */
    public static final List<String> NAMES = List.of("H", "E", "C");
    public static final int H = 0;
    public static final int E = 1;
    public static final int C = 2;

    private SsLabels() {
    }

    /** Per residue the class index (0-2), or -1 where the residue is not scored. */
    public static int[] classes(String ss3, boolean[] scored) {
        int[] out = new int[ss3.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = scored == null || scored[i] ? SecondaryStructureAlphabet.threeIndex(ss3.charAt(i)) : -1;
        }
        return out;
    }

    /** The classes of a cached training record (its {@code ss3} label and scored mask). */
    public static int[] classes(CachedRecord r) {
        String ss3 = r.labels().get(SS3);
        if (ss3 == null) {
            throw new IllegalArgumentException(r.id() + ": no ss3 label");
        }
        return classes(ss3, r.scored());
    }

    /** The classes of a record (its {@code ss3} label and scored mask). */
    public static int[] classes(ProteinRecord r) {
        return classes(r.label(SS3).orElseThrow(() -> new IllegalArgumentException(r.id() + ": no ss3 label")),
                r.scored());
    }
}
