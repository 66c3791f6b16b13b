package org.protpred.models.core.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Named hyper-parameters and the distributions to draw them from:
 * <pre>{@code
 * HyperParameterSpace space = new HyperParameterSpace()
 *         .logUniform("learningRate", 1e-4, 1e-1)   // Double, uniform in log space: right for rates
 *         .uniform("dropout", 0.0, 0.5)             // Double
 *         .intRange("hidden", 32, 256)              // Integer, both ends included
 *         .choice("optimizer", "ADAM", "MOMENTUM"); // one of the values, equally likely
 * }</pre>
 * A draw is a map from name to value in declaration order.
 */
public final class HyperParameterSpace {

    private sealed interface Parameter permits LogUniform, Uniform, IntRange, Choice {
        Object draw(Random random);
    }

    private record LogUniform(double lo, double hi) implements Parameter {
        public Object draw(Random random) {
            return Math.exp(Math.log(lo) + random.nextDouble() * (Math.log(hi) - Math.log(lo)));
        }
    }

    private record Uniform(double lo, double hi) implements Parameter {
        public Object draw(Random random) {
            return lo + random.nextDouble() * (hi - lo);
        }
    }

    private record IntRange(int lo, int hi) implements Parameter {
        public Object draw(Random random) {
            return lo + random.nextInt(hi - lo + 1);
        }
    }

    private record Choice(List<Object> values) implements Parameter {
        public Object draw(Random random) {
            return values.get(random.nextInt(values.size()));
        }
    }

    private final Map<String, Parameter> parameters = new LinkedHashMap<>();

    /** A value in [lo, hi) whose logarithm is uniform; lo &gt; 0. */
    public HyperParameterSpace logUniform(String name, double lo, double hi) {
        if (!(lo > 0 && hi > lo) || Double.isInfinite(hi)) {
            throw new IllegalArgumentException(name + ": log-uniform range needs 0 < lo < hi, got " + lo + ", " + hi);
        }
        return add(name, new LogUniform(lo, hi));
    }

    /** A value uniform in [lo, hi). */
    public HyperParameterSpace uniform(String name, double lo, double hi) {
        if (!(hi > lo) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
            throw new IllegalArgumentException(name + ": uniform range needs lo < hi, got " + lo + ", " + hi);
        }
        return add(name, new Uniform(lo, hi));
    }

    /** An integer uniform in [lo, hi], both included. */
    public HyperParameterSpace intRange(String name, int lo, int hi) {
        if (hi < lo) {
            throw new IllegalArgumentException(name + ": integer range needs lo <= hi, got " + lo + ", " + hi);
        }
        return add(name, new IntRange(lo, hi));
    }

    /** One of the given values, each equally likely. */
    public HyperParameterSpace choice(String name, Object... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException(name + ": choice needs at least one value");
        }
        return add(name, new Choice(List.of(values)));
    }

    private HyperParameterSpace add(String name, Parameter p) {
        if (parameters.containsKey(name)) {
            throw new IllegalArgumentException("hyper-parameter '" + name + "' declared twice");
        }
        parameters.put(name, p);
        return this;
    }

    /** The parameter names in declaration order. */
    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(parameters.keySet()));
    }

    /** One independent draw of every parameter. */
    public Map<String, Object> sample(Random random) {
        Map<String, Object> draw = new LinkedHashMap<>();
        parameters.forEach((name, p) -> draw.put(name, p.draw(random)));
        return Collections.unmodifiableMap(draw);
    }
}
