package org.protpred.pipeline.features;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.protpred.models.core.InputException;

/**
 * One named group of features in a {@link FeatureSpec} with its parameters, e.g. {@code hydrophobicity} with
 * {@code scale=kyte_doolittle}. Parameters are kept as strings, sorted by name, so that a spec has exactly one JSON
 * form.
 *
 * @param name   the group name known to {@link FeatureRegistry}
 * @param params parameter values by name (may be empty)
 */
public record FeatureGroup(String name, Map<String, String> params) {

    public FeatureGroup {
        if (name == null || name.isBlank()) {
            throw new InputException("feature spec: a feature group without a name");
        }
        params = params == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** A group without parameters. */
    public static FeatureGroup of(String name) {
        return new FeatureGroup(name, Map.of());
    }

    /** A group with parameters given as alternating names and values. */
    public static FeatureGroup of(String name, String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name/value pairs");
        }
        TreeMap<String, String> m = new TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return new FeatureGroup(name, m);
    }

    /** Throws an {@link InputException} if the group has a parameter not in {@code known}. */
    public void requireOnly(String... known) {
        Set<String> allowed = Set.of(known);
        for (String k : params.keySet()) {
            if (!allowed.contains(k)) {
                throw new InputException("feature spec: group '" + name + "' has no parameter '" + k + "'"
                        + (known.length == 0 ? " (it takes none)" : " (known: " + String.join(", ", known) + ")"));
            }
        }
    }

    public String string(String key, String fallback) {
        return params.getOrDefault(key, fallback);
    }

    /** A parameter that must be one of {@code choices}; the first choice is the default. */
    public String choice(String key, String... choices) {
        String v = params.get(key);
        if (v == null) {
            return choices[0];
        }
        for (String c : choices) {
            if (c.equals(v)) {
                return v;
            }
        }
        throw new InputException("feature spec: group '" + name + "': " + key + "='" + v + "' is not one of "
                + String.join(", ", choices));
    }

    public int integer(String key, int fallback, int min, int max) {
        String v = params.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            int x = Integer.parseInt(v.trim());
            if (x < min || x > max) {
                throw new InputException("feature spec: group '" + name + "': " + key + "=" + x
                        + " is outside " + min + ".." + max);
            }
            return x;
        } catch (NumberFormatException e) {
            throw new InputException("feature spec: group '" + name + "': " + key + "='" + v + "' is not an integer");
        }
    }

    public double number(String key, double fallback, double min, double max) {
        String v = params.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            double x = Double.parseDouble(v.trim());
            if (!(x >= min && x <= max)) {
                throw new InputException("feature spec: group '" + name + "': " + key + "=" + v
                        + " is outside " + min + ".." + max);
            }
            return x;
        } catch (NumberFormatException e) {
            throw new InputException("feature spec: group '" + name + "': " + key + "='" + v + "' is not a number");
        }
    }

    public boolean flag(String key, boolean fallback) {
        String v = params.get(key);
        if (v == null) {
            return fallback;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new InputException("feature spec: group '" + name + "': " + key + "='" + v + "' is not true or false");
    }
}
