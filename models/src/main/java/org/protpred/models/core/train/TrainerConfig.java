package org.protpred.models.core.train;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Settings of a {@link Trainer} run. Build with {@code TrainerConfig.builder().epochs(20).patience(3)...build()}.
 * Defaults: 10 epochs, no early stopping, seed 42, no checkpoints, no resume, no run folder, label "train",
 * validation by loss, log lines to standard error.
 */
public final class TrainerConfig {

    private final int epochs;
    private final int patience;
    private final long seed;
    private final Path checkpointDir;
    private final boolean resume;
    private final Path runDir;
    private final String label;
    private final ValidationMetric validationMetric;
    private final Consumer<String> log;
    private final boolean showProgress;

    private TrainerConfig(Builder b) {
        this.epochs = b.epochs;
        this.patience = b.patience;
        this.seed = b.seed;
        this.checkpointDir = b.checkpointDir;
        this.resume = b.resume;
        this.runDir = b.runDir;
        this.label = b.label;
        this.validationMetric = b.validationMetric;
        this.log = b.log;
        this.showProgress = b.showProgress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Maximum number of epochs. */
    public int epochs() {
        return epochs;
    }

    /** Stop after this many consecutive epochs without a better validation score; 0 = never stop early. */
    public int patience() {
        return patience;
    }

    /** Seed from which each epoch's ND4J random seed is derived (dropout etc.). */
    public long seed() {
        return seed;
    }

    /** Folder for {@code checkpoint.zip}, or null for no checkpoints. */
    public Path checkpointDir() {
        return checkpointDir;
    }

    /** Continue from the checkpoint in {@link #checkpointDir()} if there is one. */
    public boolean resume() {
        return resume;
    }

    /** Folder for {@code training-curve.csv} and {@code training-curve.png}, or null. */
    public Path runDir() {
        return runDir;
    }

    /** Name of the run in progress and log lines. */
    public String label() {
        return label;
    }

    public ValidationMetric validationMetric() {
        return validationMetric;
    }

    /** Receives one plain line per epoch (and notes about checkpoints). */
    public Consumer<String> log() {
        return log;
    }

    /** Whether to show per-batch progress (a bar on a terminal, lines otherwise). */
    public boolean showProgress() {
        return showProgress;
    }

    /** Builder of {@link TrainerConfig}. */
    public static final class Builder {
        private int epochs = 10;
        private int patience = 0;
        private long seed = 42;
        private Path checkpointDir;
        private boolean resume;
        private Path runDir;
        private String label = "train";
        private ValidationMetric validationMetric = ValidationMetric.loss();
        private Consumer<String> log = System.err::println;
        private boolean showProgress = true;

        private Builder() {
        }

        public Builder epochs(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("epochs must be at least 1, got " + value);
            }
            epochs = value;
            return this;
        }

        public Builder patience(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("patience must be >= 0, got " + value);
            }
            patience = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder checkpointDir(Path value) {
            checkpointDir = value;
            return this;
        }

        public Builder resume(boolean value) {
            resume = value;
            return this;
        }

        public Builder runDir(Path value) {
            runDir = value;
            return this;
        }

        public Builder label(String value) {
            label = Objects.requireNonNull(value, "label");
            return this;
        }

        public Builder validationMetric(ValidationMetric value) {
            validationMetric = Objects.requireNonNull(value, "validationMetric");
            return this;
        }

        public Builder log(Consumer<String> value) {
            log = Objects.requireNonNull(value, "log");
            return this;
        }

        public Builder showProgress(boolean value) {
            showProgress = value;
            return this;
        }

        public TrainerConfig build() {
            if (resume && checkpointDir == null) {
                throw new IllegalArgumentException("resume needs a checkpoint folder");
            }
            return new TrainerConfig(this);
        }
    }
}
