package org.protpred.models.core;

import java.io.ByteArrayInputStream;
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
 *
 * <p><b>Ensembles.</b> {@link #combine} writes an ensemble file: a zip whose metadata has {@code "network":
 * "Ensemble"} and a {@code "members"} list, and which holds each member's model file unchanged as an entry
 * {@code members/N.zip}. Members must share kind, feature spec and labels; the ensemble's prediction is the mean of
 * the members' probabilities ({@code "combination": "mean"}), or, for an ensemble written with weights (boosting),
 * their weighted mean {@code sum_i w_i p_i / sum_i w_i} ({@code "combination": "weighted-mean"}, each member entry
 * with its {@code "weight"}). {@link #load} reads both layouts; a plain DL4J reader opens only single-network
 * files.
 */
public final class ModelFile {

    /** Current layout version; files with a larger version are refused. */
    public static final int FORMAT_VERSION = 1;
    /** Name of the metadata entry inside the zip. */
    public static final String METADATA_ENTRY = "protpred-metadata.json";

    /** Value of the metadata's {@code network} field for an ensemble file. */
    public static final String ENSEMBLE = "Ensemble";
    /** Name of the extra entry that records how many networks an ensemble has. */
    public static final String MEMBERS_EXTRA = "ensembleMembers";

    /** Largest metadata entry read (1 MiB); a larger one marks a damaged or hostile file. */
    public static final int MAX_METADATA_BYTES = 1 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFile() {
    }

    /** Writes {@code net} with {@code metadata} to {@code file} atomically (no updater state: for inference). */
    public static void save(Path file, Model net, ModelMetadata metadata) {
        save(file, net, metadata, Map.of());
    }

    /**
     * Like {@link #save(Path, Model, ModelMetadata)}, with extra zip entries (name to bytes) that the model needs
     * besides its network, e.g. a reference library; their names are listed in the metadata's {@code "entries"}
     * and {@link #load} returns them in {@link LoadedModel#entries()}. Names must not clash with DL4J's own entries
     * or {@value #METADATA_ENTRY}.
     */
    public static void save(Path file, Model net, ModelMetadata metadata, Map<String, byte[]> entries) {
        for (String name : entries.keySet()) {
            if (name.equals(METADATA_ENTRY) || name.equals("configuration.json") || name.equals("coefficients.bin")
                    || name.equals("updaterState.bin") || name.startsWith("members/")) {
                throw new IllegalArgumentException("reserved model file entry name: " + name);
            }
        }
        String type;
        if (net instanceof MultiLayerNetwork) {
            type = "MultiLayerNetwork";
        } else if (net instanceof ComputationGraph) {
            type = "ComputationGraph";
        } else {
            throw new IllegalArgumentException("cannot save a " + net.getClass().getName());
        }
        try {
            Map<String, byte[]> all = new LinkedHashMap<>();
            all.put(METADATA_ENTRY, toJson(metadata, type, List.of(), false, List.copyOf(entries.keySet())));
            all.putAll(entries);
            ModelZip.write(file, net, false, all);
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
            // named protpred-model-PID-RANDOM.zip and deleted on exit; stale ones of dead processes are swept
            tmp = AtomicFiles.systemTempFile("protpred-model-", ".zip");
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

    /**
     * Writes a copy of the model file {@code source} to {@code target} (atomically; they may be the same file) whose
     * metadata has {@code extra} merged into its extra entries (replacing those of the same name); networks and
     * entries are copied unchanged.
     *
     * @return the new metadata
     */
    public static ModelMetadata rewriteMetadata(Path source, Path target, Map<String, String> extra) {
        if (!Files.isRegularFile(source)) {
            throw InputException.at(source, Files.exists(source) ? "is a folder, expected a protpred model file"
                    : "no such file");
        }
        Parsed parsed = parse(metadataBytes(source, source.toString()), source.toString());
        Map<String, String> all = new LinkedHashMap<>(parsed.metadata.extra());
        all.putAll(extra);
        ModelMetadata meta = ModelMetadata.of(parsed.metadata.kind(), parsed.metadata.featureSpec(),
                parsed.metadata.labels(), all);
        try {
            Map<String, byte[]> entries = ModelZip.readAll(source);
            entries.put(METADATA_ENTRY, toJson(meta, parsed.networkType, parsed.members,
                    parsed.members.stream().anyMatch(m -> m.weight() != 1.0), parsed.entries));
            ModelZip.writeEntries(target, entries);
        } catch (IOException e) {
            throw InputException.at(target, "cannot write model file: " + oneLine(e));
        }
        return meta;
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
        if (ENSEMBLE.equals(parsed.networkType)) {
            List<Double> weights = new ArrayList<>();
            for (Member m : parsed.members) {
                if (!(m.weight() > 0) || Double.isInfinite(m.weight())) {
                    throw new InputException(source + ": damaged model file (ensemble member " + m.entry()
                            + " has weight " + m.weight() + "; weights must be positive)");
                }
                weights.add(m.weight());
            }
            return new LoadedModel(readMembers(file, source, parsed.members), weights, meta, source,
                    extraEntries(file, source, parsed.entries));
        }
        Model net;
        try {
            net = "ComputationGraph".equals(parsed.networkType)
                    ? ModelSerializer.restoreComputationGraph(file.toFile(), false)
                    : ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
        } catch (IOException | RuntimeException e) {
            throw new InputException(source + ": damaged model file (cannot read the network: " + oneLine(e) + ")", e);
        }
        return new LoadedModel(List.of(net), null, meta, source, extraEntries(file, source, parsed.entries));
    }

    /** The extra entries a model file's metadata lists. @throws InputException if one is missing */
    private static Map<String, byte[]> extraEntries(Path file, String source, List<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        Map<String, byte[]> entries;
        try {
            entries = ModelZip.read(file, names.toArray(String[]::new));
        } catch (IOException e) {
            throw new InputException(source + ": cannot read model file: " + oneLine(e), e);
        }
        for (String name : names) {
            if (!entries.containsKey(name)) {
                throw new InputException(source + ": damaged model file (entry " + name + " is missing)");
            }
        }
        return entries;
    }

    private static List<Model> readMembers(Path file, String source, List<Member> members) {
        if (members.isEmpty()) {
            throw new InputException(source + ": damaged model file (an ensemble without members)");
        }
        Map<String, byte[]> entries;
        try {
            entries = ModelZip.read(file, members.stream().map(Member::entry).toArray(String[]::new));
        } catch (IOException e) {
            throw new InputException(source + ": cannot read model file: " + oneLine(e), e);
        }
        List<Model> networks = new ArrayList<>(members.size());
        for (Member m : members) {
            byte[] bytes = entries.get(m.entry());
            if (bytes == null) {
                throw new InputException(source + ": damaged model file (ensemble member " + m.entry() + " is missing)");
            }
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                networks.add("ComputationGraph".equals(m.network())
                        ? ModelSerializer.restoreComputationGraph(in, false)
                        : ModelSerializer.restoreMultiLayerNetwork(in, false));
            } catch (IOException | RuntimeException e) {
                throw new InputException(source + ": damaged model file (cannot read ensemble member " + m.entry()
                        + ": " + oneLine(e) + ")", e);
            }
        }
        return networks;
    }

    /**
     * Writes an ensemble of the single-network model files {@code memberFiles} to {@code output}, atomically.
     *
     * <p>The members must all be plain (not ensemble) files of one kind, with one feature spec and one list of labels;
     * otherwise an {@link InputException} names the first file that differs. The ensemble's metadata carries the
     * members' kind, spec and labels; its extra entries are {@code extra}, then {@value #MEMBERS_EXTRA}, then each
     * member's own extra entries prefixed with {@code memberN.} (N from 1), and, unprefixed, every extra entry that all
     * members share with one value (settings such as a fold model's length-bin width). Reference data stored beside
     * the networks (a fold model's alignment library) is kept once; the members must carry identical copies.
     *
     * @return the metadata written
     */
    public static ModelMetadata combine(Path output, List<Path> memberFiles, Map<String, String> extra) {
        return combine(output, memberFiles, null, extra);
    }

    /**
     * Like {@link #combine(Path, List, Map)}, with one positive weight per member ({@code null}: a plain mean): the
     * ensemble predicts {@code sum_i w_i p_i / sum_i w_i}, as boosting needs.
     */
    public static ModelMetadata combine(Path output, List<Path> memberFiles, List<Double> weights,
                                        Map<String, String> extra) {
        if (weights != null) {
            if (weights.size() != memberFiles.size()) {
                throw new IllegalArgumentException(memberFiles.size() + " members but " + weights.size() + " weights");
            }
            for (double w : weights) {
                if (!(w > 0) || Double.isInfinite(w)) {
                    throw new InputException("ensemble weights must be positive numbers, got " + weights);
                }
            }
        }
        if (memberFiles.size() < 2) {
            throw new InputException("an ensemble needs at least two model files, got " + memberFiles.size());
        }
        ModelMetadata first = null;
        Path firstFile = null;
        Map<String, String> all = new LinkedHashMap<>(extra);
        all.put(MEMBERS_EXTRA, Integer.toString(memberFiles.size()));
        List<Member> members = new ArrayList<>();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, byte[]> shared = null;
        Map<String, String> agreed = null;
        for (int n = 0; n < memberFiles.size(); n++) {
            Path file = memberFiles.get(n);
            if (!Files.isRegularFile(file)) {
                throw InputException.at(file, Files.exists(file) ? "is a folder, expected a protpred model file"
                        : "no such file");
            }
            Parsed parsed = parse(metadataBytes(file, file.toString()), file.toString());
            ModelMetadata meta = parsed.metadata;
            if (ENSEMBLE.equals(parsed.networkType)) {
                throw InputException.at(file, "is already an ensemble; combine its member files instead");
            }
            if (first == null) {
                first = meta;
                firstFile = file;
            } else if (!first.kind().equals(meta.kind())) {
                throw InputException.at(file, "is a " + meta.kind() + " model, but " + firstFile + " is a "
                        + first.kind() + " model");
            } else if (!first.featureSpec().equals(meta.featureSpec())) {
                throw InputException.at(file, "uses other input features than " + firstFile);
            } else if (!first.labels().equals(meta.labels())) {
                throw InputException.at(file, "predicts labels " + meta.labels() + ", but " + firstFile + " predicts "
                        + first.labels());
            }
            String entry = "members/" + (n + 1) + ".zip";
            members.add(new Member(entry, parsed.networkType, weights == null ? 1.0 : weights.get(n)));
            try {
                entries.put(entry, Files.readAllBytes(file));
            } catch (IOException e) {
                throw InputException.at(file, "cannot read model file: " + oneLine(e));
            }
            Map<String, byte[]> reference = extraEntries(file, file.toString(), parsed.entries);
            if (shared == null) {
                shared = reference;
            } else {
                requireSameReferenceData(shared, reference, file, firstFile);
            }
            String prefix = "member" + (n + 1) + ".";
            all.put(prefix + "file", file.getFileName().toString());
            meta.extra().forEach((k, v) -> all.put(prefix + k, v));
            if (agreed == null) {
                agreed = new LinkedHashMap<>(meta.extra());
            } else {
                agreed.entrySet().removeIf(e -> !e.getValue().equals(meta.extra().get(e.getKey())));
            }
        }
        // settings every member shares (a fold model's length-bin width, say) stay readable under their own name
        agreed.forEach(all::putIfAbsent);
        ModelMetadata meta = ModelMetadata.of(first.kind(), first.featureSpec(), first.labels(), all);
        try {
            Map<String, byte[]> zipEntries = new LinkedHashMap<>();
            zipEntries.put(METADATA_ENTRY, toJson(meta, ENSEMBLE, members, weights != null,
                    List.copyOf(shared.keySet())));
            zipEntries.putAll(entries);
            zipEntries.putAll(shared);
            ModelZip.writeEntries(output, zipEntries);
        } catch (IOException e) {
            throw InputException.at(output, "cannot write model file: " + e.getMessage());
        }
        return meta;
    }

    /**
     * Members of an ensemble share their reference data (a fold model's alignment library, say): the ensemble keeps
     * one copy, so every member must carry the same entries with the same bytes.
     */
    private static void requireSameReferenceData(Map<String, byte[]> first, Map<String, byte[]> other, Path file,
                                                 Path firstFile) {
        java.util.Set<String> names = new java.util.TreeSet<>(first.keySet());
        names.addAll(other.keySet());
        for (String name : names) {
            if (!first.containsKey(name) || !other.containsKey(name)
                    || !java.util.Arrays.equals(first.get(name), other.get(name))) {
                throw InputException.at(file, "carries other reference data (entry " + name + ") than " + firstFile
                        + "; members of an ensemble must be trained on the same data");
            }
        }
    }

    private static byte[] metadataBytes(Path file, String source) {
        Map<String, byte[]> entries;
        try {
            entries = ModelZip.read(file, source, MAX_METADATA_BYTES, METADATA_ENTRY);
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

    private record Parsed(ModelMetadata metadata, String networkType, List<Member> members, List<String> entries) {
    }

    /** One network of an ensemble file: its zip entry, its DL4J network type and its weight. */
    private record Member(String entry, String network, double weight) {
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
            List<Member> members = new ArrayList<>();
            root.path("members").forEach(n -> members.add(new Member(n.path("entry").asText(),
                    n.path("network").asText("MultiLayerNetwork"), n.path("weight").asDouble(1.0))));
            List<String> entries = new ArrayList<>();
            root.path("entries").forEach(n -> entries.add(n.asText()));
            return new Parsed(meta, root.path("network").asText("MultiLayerNetwork"), members, entries);
        } catch (IOException | RuntimeException e) {
            throw new InputException(source + ": damaged model file (unreadable " + METADATA_ENTRY + ": " + oneLine(e) + ")", e);
        }
    }

    private static byte[] toJson(ModelMetadata meta, String networkType, List<Member> members, boolean weighted)
            throws IOException {
        return toJson(meta, networkType, members, weighted, List.of());
    }

    private static byte[] toJson(ModelMetadata meta, String networkType, List<Member> members, boolean weighted,
                                 List<String> entries) throws IOException {
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
        if (!entries.isEmpty()) {
            ArrayNode list = root.putArray("entries");
            entries.forEach(list::add);
        }
        if (!members.isEmpty()) {
            root.put("combination", weighted ? "weighted-mean" : "mean");
            ArrayNode list = root.putArray("members");
            for (Member m : members) {
                ObjectNode member = list.addObject().put("entry", m.entry()).put("network", m.network());
                if (weighted) {
                    member.put("weight", m.weight());
                }
            }
        }
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
