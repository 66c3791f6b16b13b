package org.protpred.models.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.protpred.models.core.train.Seeds;

/**
 * Random search over a {@link HyperParameterSpace} (Bergstra &amp; Bengio 2012): each trial draws every parameter
 * independently, from a generator seeded by (seed, trial number), so trial {@code i} is the same whatever the number
 * of trials, and a search is reproducible from its seed. The objective is run once per trial; one line per trial and
 * the best at the end go to the log.
 */
public final class RandomSearch {

    private static final long SALT = 0x5345415243L;

    /** One evaluated setting. {@code index} is 1-based. */
    public record Trial(int index, Map<String, Object> parameters, double score) {
    }

    /** All trials in order and the best one (null if every score was NaN). */
    public record Result(List<Trial> trials, Trial best) {
        public Result {
            trials = List.copyOf(trials);
        }
    }

    private final HyperParameterSpace space;
    private final int trials;
    private final long seed;
    private final boolean maximize;
    private Consumer<String> log = System.err::println;

    /**
     * @param maximize true when larger objective values are better (accuracy), false for losses
     */
    public RandomSearch(HyperParameterSpace space, int trials, long seed, boolean maximize) {
        if (trials < 1) {
            throw new IllegalArgumentException("random search needs at least one trial, got " + trials);
        }
        this.space = space;
        this.trials = trials;
        this.seed = seed;
        this.maximize = maximize;
    }

    /** Where trial lines go (standard error by default). */
    public RandomSearch log(Consumer<String> value) {
        this.log = value;
        return this;
    }

    /** The parameters of trial {@code index} (1-based), without running anything. */
    public Map<String, Object> draw(int index) {
        return space.sample(new Random(Seeds.forEpoch(seed, index, SALT)));
    }

    /** Runs the objective for every trial; a NaN score never wins. */
    public Result run(Function<Map<String, Object>, Double> objective) {
        List<Trial> done = new ArrayList<>();
        Trial best = null;
        for (int i = 1; i <= trials; i++) {
            Map<String, Object> parameters = draw(i);
            Double value = objective.apply(parameters);
            double score = value == null ? Double.NaN : value;
            Trial trial = new Trial(i, parameters, score);
            done.add(trial);
            if (!Double.isNaN(score) && (best == null || (maximize ? score > best.score() : score < best.score()))) {
                best = trial;
            }
            log.accept(String.format(Locale.ROOT, "trial %d/%d: %s -> %s", i, trials, describe(parameters),
                    format(score)));
        }
        if (best != null) {
            log.accept(String.format(Locale.ROOT, "best: trial %d: %s -> %s", best.index(), describe(best.parameters()),
                    format(best.score())));
        } else {
            log.accept("best: none (every trial scored NaN)");
        }
        return new Result(done, best);
    }

    /** {@code name=value} pairs, numbers with 4 significant digits. */
    public static String describe(Map<String, Object> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() instanceof Double d ? String.format(Locale.ROOT, "%.4g", d)
                        : String.valueOf(e.getValue())))
                .collect(Collectors.joining(" "));
    }

    private static String format(double score) {
        return Double.isNaN(score) ? "NaN" : String.format(Locale.ROOT, "%.5g", score);
    }
}
