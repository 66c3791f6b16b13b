package org.protpred.models.core;

import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * How the learning rate changes from epoch to epoch. All schedules count in epochs (DL4J
 * {@link ScheduleType#EPOCH}); the {@link org.protpred.models.core.train.Trainer} keeps the network's epoch counter
 * in step, so a resumed run sees the same rates as an uninterrupted one.
 */
public abstract class LearningRateSchedule {

    private LearningRateSchedule() {
    }

    /** The DL4J schedule starting at {@code initial}, or {@code null} for a constant rate. */
    public abstract ISchedule toDl4j(double initial);

    /** The rate used in the given (0-based) epoch when training starts at {@code initial}. */
    public abstract double rateAt(double initial, int epoch);

    /** A constant learning rate. */
    public static LearningRateSchedule none() {
        return new LearningRateSchedule() {
            @Override
            public ISchedule toDl4j(double initial) {
                return null;
            }

            @Override
            public double rateAt(double initial, int epoch) {
                return initial;
            }

            @Override
            public String toString() {
                return "constant";
            }
        };
    }

    /** Multiplies the rate by {@code factor} every {@code everyEpochs} epochs: {@code lr * factor^floor(epoch / every)}. */
    public static LearningRateSchedule stepDecay(double factor, int everyEpochs) {
        if (!(factor > 0) || everyEpochs < 1) {
            throw new IllegalArgumentException("step decay needs factor > 0 and everyEpochs >= 1");
        }
        return new LearningRateSchedule() {
            @Override
            public ISchedule toDl4j(double initial) {
                return new StepSchedule(ScheduleType.EPOCH, initial, factor, everyEpochs);
            }

            @Override
            public double rateAt(double initial, int epoch) {
                return initial * Math.pow(factor, Math.floor((double) epoch / everyEpochs));
            }

            @Override
            public String toString() {
                return "step(x" + factor + " every " + everyEpochs + " epochs)";
            }
        };
    }

    /** Multiplies the rate by {@code gamma} every epoch: {@code lr * gamma^epoch}. */
    public static LearningRateSchedule exponential(double gamma) {
        if (!(gamma > 0)) {
            throw new IllegalArgumentException("exponential decay needs gamma > 0");
        }
        return new LearningRateSchedule() {
            @Override
            public ISchedule toDl4j(double initial) {
                return new ExponentialSchedule(ScheduleType.EPOCH, initial, gamma);
            }

            @Override
            public double rateAt(double initial, int epoch) {
                return initial * Math.pow(gamma, epoch);
            }

            @Override
            public String toString() {
                return "exponential(x" + gamma + " per epoch)";
            }
        };
    }
}
