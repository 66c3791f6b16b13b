package org.protpred.pipeline.fold;

import java.util.Locale;
import org.protpred.models.core.InputException;

/** How a fold model ranks folds ({@code --method}). */
public enum FoldMethod {
    /** The CNN's probabilities alone. */
    CNN,
    /** The alignment scores of the training domains alone (folds without a hit by their training frequency). */
    ALIGN,
    /** The CNN's log-probabilities plus the weighted alignment evidence (the default). */
    COMBINED;

    /** The name on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method named {@code name} (cnn, align, combined). @throws InputException for another name */
    public static FoldMethod of(String name) {
        for (FoldMethod m : values()) {
            if (m.label().equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new InputException("--method must be cnn, align or combined, not '" + name + "'");
    }
}
