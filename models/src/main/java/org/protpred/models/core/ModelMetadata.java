package org.protpred.models.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What protpred stores about a model next to its weights (see {@link ModelFile}).
 *
 * @param kind            what the model is, e.g. {@code "ss-birnn"} or {@code "mnist-mlp"}; loading checks it
 * @param formatVersion   version of the model file layout ({@link ModelFile#FORMAT_VERSION} when written)
 * @param protpredVersion version of protpred that wrote the file
 * @param featureSpec     how inputs are encoded: a JSON document owned by whoever builds the features (may be "")
 * @param labels          names of the output classes, in output order (empty for regression)
 * @param extra           free-form facts: training command, seed, measured metrics, ... (insertion order kept)
 */
public record ModelMetadata(String kind, int formatVersion, String protpredVersion, String featureSpec,
                            List<String> labels, Map<String, String> extra) {

    public ModelMetadata {
        Objects.requireNonNull(kind, "kind");
        if (kind.isBlank()) {
            throw new IllegalArgumentException("model kind must not be blank");
        }
        protpredVersion = protpredVersion == null ? "" : protpredVersion;
        featureSpec = featureSpec == null ? "" : featureSpec;
        labels = labels == null ? List.of() : List.copyOf(labels);
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** Metadata for a model written now, by this protpred version, in the current format. */
    public static ModelMetadata of(String kind, String featureSpec, List<String> labels, Map<String, String> extra) {
        return new ModelMetadata(kind, ModelFile.FORMAT_VERSION, ModelFile.protpredVersion(), featureSpec, labels, extra);
    }

    /** A copy with one more (or replaced) extra entry. */
    public ModelMetadata withExtra(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(extra);
        more.put(key, value);
        return new ModelMetadata(kind, formatVersion, protpredVersion, featureSpec, labels, more);
    }
}
