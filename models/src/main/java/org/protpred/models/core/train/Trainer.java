package org.protpred.models.core.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.protpred.models.core.InputException;
import org.protpred.models.core.Progress;
import org.protpred.models.core.metrics.TrainingCurve;

/**
 * Trains a {@link org.deeplearning4j.nn.multilayer.MultiLayerNetwork} or a single-input, single-output
 * {@link ComputationGraph} from {@code DataSet}s for a number of epochs, with validation after each epoch, early stopping, checkpoints, resumption and training curves.
 * One plain line per epoch goes to the configured log (train loss, validation score, best so far, learning rate,
 * seconds); per-batch progress is a bar on a terminal and occasional lines otherwise.
 *
 * <pre>{@code
 * TrainerConfig config = TrainerConfig.builder().epochs(30).patience(5).seed(42)
 *         .checkpointDir(out.resolve("checkpoints")).resume(true).runDir(out)
 *         .validationMetric(ValidationMetric.accuracy()).label("ss").build();
 * TrainingResult result = new Trainer(config).fit(net, new ShuffledDataSetIterator(train, 32, 42),
 *         ShuffledDataSetIterator.sequential(validation, 64));
 * }</pre>
 *
 * <p><b>Reproducibility.</b> Everything random in epoch {@code e} depends only on (seed, e): before the epoch, ND4J's
 * generator (dropout masks) is reseeded with {@code Seeds.forEpoch(seed, e, Seeds.ND4J)}, and an {@link EpochAware}
 * training iterator such as {@link ShuffledDataSetIterator} is told {@code startEpoch(e)} (other iterators are
 * {@code reset()}). The network's epoch counter is set to {@code e}, so per-epoch learning-rate schedules agree too.
 *
 * <p><b>Checkpoints and resume.</b> With a checkpoint folder, {@code checkpoint.zip} is rewritten atomically after
 * every epoch: current parameters with updater state and counters, best parameters so far, and the history. With
 * {@code resume(true)} a run continues after the last completed epoch of that checkpoint; its end result is exactly
 * the parameters an uninterrupted run with the same seed would have produced. Without {@code resume}, an existing
 * checkpoint is overwritten.
 *
 * <p><b>Early stopping.</b> With a validation set, the epoch with the best {@link ValidationMetric} wins; with
 * {@code patience > 0}, training stops after that many consecutive epochs without improvement. Either way the network
 * holds the best epoch's parameters when {@link #fit} returns (the optimiser's state stays that of the last epoch).
 * Without a validation set the last epoch's parameters are kept.
 */
public final class Trainer {

    /** Least time between two redraws of the training-curve plot. */
    private static final long PLOT_INTERVAL_NANOS = 10_000_000_000L;


    private final TrainerConfig config;

    public Trainer(TrainerConfig config) {
        this.config = config;
    }

    public TrainerConfig config() {
        return config;
    }

    /**
     * Trains {@code net} in place.
     *
     * @param validation validation data, or null (then no early stopping, and the last epoch is kept)
     */
    public TrainingResult fit(Model net, DataSetIterator train, DataSetIterator validation) {
        ValidationMetric metric = config.validationMetric();
        Source source = new Source(train, train::reset, train::hasNext, () -> {
            DataSet batch = train.next();
            return new double[] {ModelOps.fit(net, batch), batch.numExamples()};
        });
        return run(net, source, validation == null ? null : model -> metric.score(model, validation));
    }

    /**
     * One epoch's worth of training batches.
     *
     * @param iterator the iterator itself; an {@link EpochAware} one is told the epoch (instead of a reset) and
     *                 knows its batch count
     * @param fitNext  trains on the next batch and returns {objective, examples}
     */
    private record Source(Object iterator, Runnable reset, BooleanSupplier hasNext, Supplier<double[]> fitNext) {

        void startEpoch(int epoch) {
            if (iterator instanceof EpochAware aware) {
                aware.startEpoch(epoch);
            } else {
                reset.run();
            }
        }

        /** Batches per epoch, or -1 if unknown. */
        long batches() {
            return iterator instanceof EpochAware aware ? aware.batchesPerEpoch() : -1;
        }
    }

    private TrainingResult run(Model net, Source train, ToDoubleFunction<Model> validation) {
        Consumer<String> log = config.log();
        String label = config.label();
        ValidationMetric metric = config.validationMetric();
        Path checkpointDir = config.checkpointDir();

        int epochsDone = 0;
        int bestEpoch = 0;
        double bestScore = Double.NaN;
        int withoutImprovement = 0;
        boolean stopped = false;
        List<EpochRecord> history = new ArrayList<>();
        INDArray bestParams = null;

        if (checkpointDir != null && Files.exists(Checkpoint.file(checkpointDir))) {
            Path file = Checkpoint.file(checkpointDir);
            if (config.resume()) {
                Checkpoint.Loaded loaded = Checkpoint.read(checkpointDir, net);
                Checkpoint.State s = loaded.state();
                if (s.seed() != config.seed()) {
                    throw InputException.at(file, "checkpoint was written with seed " + s.seed()
                            + ", this run uses seed " + config.seed() + "; resume with the same seed");
                }
                Checkpoint.copyState(loaded.network(), net, file);
                epochsDone = s.epochsDone();
                bestEpoch = s.bestEpoch();
                bestScore = s.bestScore();
                withoutImprovement = s.epochsWithoutImprovement();
                stopped = s.stoppedEarly();
                history.addAll(s.history());
                bestParams = loaded.bestParams();
                log.accept(label + ": resuming after epoch " + epochsDone + " of " + config.epochs() + " from " + file);
            } else {
                log.accept(label + ": starting afresh; the existing checkpoint " + file + " will be overwritten");
            }
        } else if (config.resume()) {
            log.accept(label + ": no checkpoint in " + checkpointDir + ", starting from the beginning");
        }

        long lastPlot = Long.MIN_VALUE / 2;
        for (int epoch = epochsDone; epoch < config.epochs() && !stopped; epoch++) {
            long start = System.nanoTime();
            Nd4j.getRandom().setSeed(Seeds.forEpoch(config.seed(), epoch, Seeds.ND4J));
            ModelOps.setCounts(net, ModelOps.iterationCount(net), epoch);
            double learningRate = ModelOps.learningRate(net);
            double trainLoss = trainOneEpoch(train, epoch);
            double trainSeconds = (System.nanoTime() - start) / 1e9;
            ModelOps.setCounts(net, ModelOps.iterationCount(net), epoch + 1);

            double score = Double.NaN;
            boolean improved = true;
            if (validation != null) {
                score = validation.applyAsDouble(net);
                improved = metric.isBetter(score, bestScore);
            }
            if (improved) {
                bestEpoch = epoch + 1;
                bestScore = score;
                withoutImprovement = 0;
                bestParams = validation != null ? net.params().dup() : null;
            } else {
                withoutImprovement++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            history.add(new EpochRecord(epoch + 1, trainLoss, score, seconds, learningRate));
            stopped = config.patience() > 0 && withoutImprovement >= config.patience() && epoch + 1 < config.epochs();
            log.accept(epochLine(epoch + 1, trainLoss, score, bestScore, bestEpoch, learningRate, seconds, trainSeconds));
            if (stopped) {
                log.accept(String.format(Locale.ROOT, "%s: stopping early, no better validation %s for %d epochs",
                        label, metric.name(), withoutImprovement));
            }
            if (checkpointDir != null) {
                writeCheckpoint(net, bestParams, new Checkpoint.State(config.seed(), epoch + 1, bestEpoch, bestScore,
                        withoutImprovement, stopped, metric.name(), history));
            }
            if (config.runDir() != null) {
                // The CSV every epoch; the plot (slow to draw) at most every PLOT_INTERVAL and at the end.
                TrainingCurve.writeCsv(config.runDir().resolve(TrainingCurve.CSV), history, metric.name());
                boolean last = stopped || epoch + 1 == config.epochs();
                if (last || System.nanoTime() - lastPlot >= PLOT_INTERVAL_NANOS) {
                    TrainingCurve.writePng(config.runDir().resolve(TrainingCurve.PNG), history, metric.name());
                    lastPlot = System.nanoTime();
                }
            }
        }

        if (validation != null && bestParams != null) {
            net.setParams(bestParams);
            if (bestEpoch != history.size()) {
                log.accept(String.format(Locale.ROOT, "%s: kept the parameters of epoch %d (validation %s %.4f)",
                        label, bestEpoch, metric.name(), bestScore));
            }
        }
        return new TrainingResult(bestEpoch, bestScore, history.size(), history, stopped, metric.name());
    }

    private double trainOneEpoch(Source train, int epoch) {
        train.startEpoch(epoch);
        double sum = 0;
        long examples = 0;
        String what = config.label() + " epoch " + (epoch + 1) + "/" + config.epochs();
        try (Progress progress = config.showProgress() ? Progress.start(what, train.batches(), config.log())
                : Progress.silent()) {
            while (train.hasNext().getAsBoolean()) {
                double[] step = train.fitNext().get();
                double loss = step[0];
                if (!Double.isFinite(loss)) {
                    throw new InputException(config.label() + ": training diverged (loss " + loss + ") in epoch "
                            + (epoch + 1) + "; try a lower learning rate or gradient clipping");
                }
                sum += loss * step[1];
                examples += (long) step[1];
                progress.step();
                progress.note(String.format(Locale.ROOT, "loss %.4f", loss));
            }
        }
        if (examples == 0) {
            throw new IllegalArgumentException(config.label() + ": the training iterator gave no examples");
        }
        return sum / examples;
    }

    private void writeCheckpoint(Model net, INDArray bestParams, Checkpoint.State state) {
        try {
            Checkpoint.write(config.checkpointDir(), net, bestParams, state);
        } catch (IOException e) {
            throw InputException.at(Checkpoint.file(config.checkpointDir()), "cannot write checkpoint: " + e.getMessage());
        }
    }

    private String epochLine(int epoch, double trainLoss, double score, double best, int bestEpoch, double lr,
                             double seconds, double trainSeconds) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s epoch %d/%d: train loss %.4f",
                config.label(), epoch, config.epochs(), trainLoss));
        if (!Double.isNaN(score)) {
            sb.append(String.format(Locale.ROOT, ", validation %s %.4f (best %.4f at epoch %d)",
                    config.validationMetric().name(), score, best, bestEpoch));
        }
        sb.append(String.format(Locale.ROOT, ", lr %.3g, %.1f s", lr, seconds));
        if (!Double.isNaN(score)) {
            // the training part alone, the figure that compares with other frameworks' epoch times
            sb.append(String.format(Locale.ROOT, " (training %.1f s)", trainSeconds));
        }
        return sb.toString();
    }
}
