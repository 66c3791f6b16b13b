package org.protpred.pipeline.features;

/** An input beyond the sequence that some feature groups need. */
public enum FeatureInput {
    /** A position-specific profile (e.g. a PSI-BLAST PSSM), {@code --pssm} on the command line. */
    PROFILE("profile", "--pssm"),
    /** A multiple sequence alignment with the query first, {@code --msa} on the command line. */
    ALIGNMENT("alignment", "--msa");

    private final String noun;
    private final String option;

    FeatureInput(String noun, String option) {
        this.noun = noun;
        this.option = option;
    }

    /** What it is called in messages ("profile", "alignment"). */
    public String noun() {
        return noun;
    }

    /** The command-line option that supplies it. */
    public String option() {
        return option;
    }
}
