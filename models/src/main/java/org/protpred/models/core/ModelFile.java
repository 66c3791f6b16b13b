package org.protpred.models.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipException;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;
import org.nd4j.shade.jackson.databind.node.ArrayNode;
import org.nd4j.shade.jackson.databind.node.ObjectNode;

/**
 * protpred model files: a DL4J model zip (configuration and weights, as {@link ModelSerializer} writes them, without
 * updater state) with one more entry, {@value #METADATA_ENTRY}, holding the {@link ModelMetadata} and the network
 * type as JSON:
 *
 * <pre>{@code
 * {"kind":"ss-birnn","formatVersion":1,"protpredVersion":"0.1.0","network":"ComputationGraph",
 *  "featureSpec":"{...}","labels":["H","E","C"],"extra":{"seed":"42","q3":"0.71"}}
 * }</pre>
 *
 * <p>Loading checks, in this order, that the file exists, is a zip, carries protpred metadata, is in a format this
 * version reads and is of the expected kind; each failure is an {@link InputException} with one line naming the file,
 * e.g. {@code model.zip: is a mnist-mlp model, expected ss-birnn}. Saving is atomic.
 */
public final class ModelFile {

    /** Current layout version; files with a larger version are refused. */
    public static final int FORMAT_VERSION = 1;
    /** Name of the metadata entry inside the zip. */
    public static final String METADATA_ENTRY = "protpred-metadata.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFile() {
    }

    /** Writes {@code net} with {@code metadata} to {@code file} atomically (no updater state: for inference). */
    public static void save(Path file, Model net, ModelMetadata metadata) {
        String type;
        if (net instanceof MultiLayerNetwork) {
            type = "MultiLayerNetwork";
        } else if (net instanceof ComputationGraph) {
            type = "ComputationGraph";
        } else {
            throw new IllegalArgumentException("cannot save a " + net.getClass().getName());
        }
        try {
            ModelZip.write(file, net, false, Map.of(METADATA_ENTRY, toJson(metadata, type)));
        } catch (IOException e) {
            throw InputException.at(file, "cannot write model file: " + e.getMessage());
        }
    }

    /**
     * Reads a model file.
     *
     * @param expectedKind the required {@link ModelMetadata#kind()}, or null to accept any kind
     */
    public static LoadedModel load(Path file, String expectedKind) {
        if (!Files.exists(file)) {
            throw InputException.at(file, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw InputException.at(file, "is a folder, expected a protpred model file");
        }
        return loadFile(file, file.toString(), expectedKind);
    }

    /** Reads a model from a stream (e.g. a classpath resource); {@code source} names it in messages. */
    public static LoadedModel load(InputStream in, String source, String expectedKind) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("protpred-model-", ".zip");
            try (InputStream input = in) {
                Files.copy(input, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return loadFile(tmp, source, expectedKind);
        } catch (IOException e) {
            throw new InputException(source + ": cannot read model: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** The metadata of a model file, without reading the weights. */
    public static ModelMetadata readMetadata(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InputException.at(file, Files.exists(file) ? "is a folder, expected a protpred model file" : "no such file");
        }
        return parse(metadataBytes(file, file.toString()), file.toString()).metadata;
    }

    private static LoadedModel loadFile(Path file, String source, String expectedKind) {
        Parsed parsed = parse(metadataBytes(file, source), source);
        ModelMetadata meta = parsed.metadata;
        if (meta.formatVersion() > FORMAT_VERSION) {
            throw new InputException(source + ": model format version " + meta.formatVersion()
                    + " is newer than this protpred reads (" + FORMAT_VERSION + "); use protpred "
                    + meta.protpredVersion() + " or later");
        }
        if (expectedKind != null && !expectedKind.equals(meta.kind())) {
            throw new InputException(source + ": is a " + meta.kind() + " model, expected " + expectedKind);
        }
        Model net;
        try {
            net = "ComputationGraph".equals(parsed.networkType)
                    ? ModelSerializer.restoreComputationGraph(file.toFile(), false)
                    : ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
        } catch (IOException | RuntimeException e) {
            throw new InputException(source + ": damaged model file (cannot read the network: " + oneLine(e) + ")", e);
        }
        return new LoadedModel(net, meta, source);
    }

    private static byte[] metadataBytes(Path file, String source) {
        Map<String, byte[]> entries;
        try {
            entries = ModelZip.read(file, METADATA_ENTRY);
        } catch (ZipException e) {
            throw new InputException(source + ": not a protpred model file (not a zip archive, or truncated)", e);
        } catch (IOException e) {
            throw new InputException(source + ": cannot read model file: " + oneLine(e), e);
        }
        byte[] bytes = entries.get(METADATA_ENTRY);
        if (bytes == null) {
            throw new InputException(source + ": not a protpred model file (a zip without " + METADATA_ENTRY + ")");
        }
        return bytes;
    }

    private record Parsed(ModelMetadata metadata, String networkType) {
    }

    private static Parsed parse(byte[] json, String source) {
        try {
            JsonNode root = JSON.readTree(new String(json, StandardCharsets.UTF_8));
            if (root == null || !root.isObject() || !root.path("kind").isTextual()) {
                throw new IOException("no model kind");
            }
            List<String> labels = new ArrayList<>();
            root.path("labels").forEach(n -> labels.add(n.asText()));
            Map<String, String> extra = new LinkedHashMap<>();
            root.path("extra").fields().forEachRemaining(e -> extra.put(e.getKey(), e.getValue().asText()));
            ModelMetadata meta = new ModelMetadata(root.get("kind").asText(), root.path("formatVersion").asInt(0),
                    root.path("protpredVersion").asText(""), root.path("featureSpec").asText(""), labels, extra);
            return new Parsed(meta, root.path("network").asText("MultiLayerNetwork"));
        } catch (IOException | RuntimeException e) {
            throw new InputException(source + ": damaged model file (unreadable " + METADATA_ENTRY + ": " + oneLine(e) + ")", e);
        }
    }

    private static byte[] toJson(ModelMetadata meta, String networkType) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", meta.kind());
        root.put("formatVersion", meta.formatVersion());
        root.put("protpredVersion", meta.protpredVersion());
        root.put("network", networkType);
        root.put("featureSpec", meta.featureSpec());
        ArrayNode labels = root.putArray("labels");
        meta.labels().forEach(labels::add);
        ObjectNode extra = root.putObject("extra");
        meta.extra().forEach(extra::put);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** The version of protpred in use (from the models jar's Maven properties; "dev" when run from classes). */
    public static String protpredVersion() {
        try (InputStream in = ModelFile.class.getResourceAsStream(
                "/META-INF/maven/org.protpred/protpred-models/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (IOException ignored) {
            // fall through
        }
        return "dev";
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }
}
