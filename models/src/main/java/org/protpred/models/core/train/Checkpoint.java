package org.protpred.models.core.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;
import org.nd4j.shade.jackson.databind.node.ArrayNode;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.protpred.models.core.InputException;
import org.protpred.models.core.ModelZip;

/**
 * The state of a training run after an epoch, in one zip written atomically to {@code <dir>/checkpoint.zip}: the
 * DL4J network with its updater state and iteration/epoch counters, the best parameters so far
 * ({@value #BEST_PARAMS_ENTRY}) and the run's progress ({@value #STATE_ENTRY}: epochs done, best epoch and score,
 * epochs without improvement, whether it stopped early, the seed and the per-epoch history).
 */
public final class Checkpoint {

    public static final String FILE_NAME = "checkpoint.zip";
    static final String STATE_ENTRY = "protpred-training-state.json";
    static final String BEST_PARAMS_ENTRY = "protpred-best-params.bin";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Progress of a run, as saved after each epoch. */
    public record State(long seed, int epochsDone, int bestEpoch, double bestScore, int epochsWithoutImprovement,
                        boolean stoppedEarly, String metricName, List<EpochRecord> history) {
        public State {
            history = List.copyOf(history);
        }
    }

    private Checkpoint() {
    }

    /** The checkpoint file in {@code dir}. */
    public static Path file(Path dir) {
        return dir.resolve(FILE_NAME);
    }

    /** Saves the network (with updater), best parameters (may be null) and state, atomically. */
    public static void write(Path dir, Model net, INDArray bestParams, State state) throws IOException {
        Map<String, byte[]> extras = new LinkedHashMap<>();
        extras.put(STATE_ENTRY, stateJson(state, ModelOps.typeName(net)));
        if (bestParams != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                Nd4j.write(bestParams, out);
            }
            extras.put(BEST_PARAMS_ENTRY, bytes.toByteArray());
        }
        Files.createDirectories(dir);
        ModelZip.write(file(dir), net, true, extras);
    }

    /** What a checkpoint holds, read back. */
    public record Loaded(Model network, INDArray bestParams, State state) {
    }

    /** Reads {@code <dir>/checkpoint.zip}, as the same network type as {@code like}. */
    public static Loaded read(Path dir, Model like) {
        Path file = file(dir);
        try {
            Map<String, byte[]> entries = ModelZip.read(file, STATE_ENTRY, BEST_PARAMS_ENTRY);
            if (!entries.containsKey(STATE_ENTRY)) {
                throw InputException.at(file, "not a protpred training checkpoint");
            }
            JsonNode root = JSON.readTree(new String(entries.get(STATE_ENTRY), StandardCharsets.UTF_8));
            String type = root.path("network").asText("");
            if (!type.equals(ModelOps.typeName(like))) {
                throw InputException.at(file, "checkpoint holds a " + type + ", this run trains a "
                        + ModelOps.typeName(like) + "; use another checkpoint folder");
            }
            State state = parseState(root);
            INDArray best = null;
            if (entries.containsKey(BEST_PARAMS_ENTRY)) {
                try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entries.get(BEST_PARAMS_ENTRY)))) {
                    best = Nd4j.read(in);
                }
            }
            Model net = like instanceof ComputationGraph ? ModelSerializer.restoreComputationGraph(file.toFile(), true)
                    : ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true);
            return new Loaded(net, best, state);
        } catch (ZipException e) {
            throw InputException.at(file, "damaged checkpoint (not a zip archive, or truncated); delete it to start over");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw InputException.at(file, "damaged checkpoint (" + e.getMessage() + "); delete it to start over");
        }
    }

    /**
     * Copies parameters, updater state and counters of {@code source} into {@code target}, which must have the same
     * architecture.
     */
    static void copyState(Model source, Model target, Path file) {
        if (source.getClass() != target.getClass() || source.numParams() != target.numParams()
                || !sameArchitecture(source, target)) {
            throw InputException.at(file, "checkpoint is of a different network (" + source.numParams()
                    + " parameters, this one has " + target.numParams() + "); use another checkpoint folder");
        }
        target.setParams(source.params());
        INDArray from = ModelOps.updaterState(source);
        INDArray to = ModelOps.updaterState(target);
        if (from != null && to != null && from.length() == to.length()) {
            to.assign(from);
        } else if ((from == null) != (to == null)) {
            throw InputException.at(file, "checkpoint was written with a different optimiser");
        }
        ModelOps.setCounts(target, ModelOps.iterationCount(source), ModelOps.epochCount(source));
    }

    private static boolean sameArchitecture(Model a, Model b) {
        if (a instanceof MultiLayerNetwork x && b instanceof MultiLayerNetwork y) {
            return x.getLayers().length == y.getLayers().length;
        }
        if (a instanceof ComputationGraph x && b instanceof ComputationGraph y) {
            return x.getLayers().length == y.getLayers().length;
        }
        return false;
    }

    private static byte[] stateJson(State s, String networkType) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("network", networkType);
        root.put("seed", s.seed());
        root.put("epochsDone", s.epochsDone());
        root.put("bestEpoch", s.bestEpoch());
        putNumber(root, "bestScore", s.bestScore());
        root.put("epochsWithoutImprovement", s.epochsWithoutImprovement());
        root.put("stoppedEarly", s.stoppedEarly());
        root.put("metric", s.metricName());
        ArrayNode history = root.putArray("history");
        for (EpochRecord r : s.history()) {
            ObjectNode e = history.addObject();
            e.put("epoch", r.epoch());
            putNumber(e, "trainLoss", r.trainLoss());
            putNumber(e, "validationScore", r.validationScore());
            putNumber(e, "seconds", r.seconds());
            putNumber(e, "learningRate", r.learningRate());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private static State parseState(JsonNode root) {
        List<EpochRecord> history = new ArrayList<>();
        for (JsonNode e : root.path("history")) {
            history.add(new EpochRecord(e.path("epoch").asInt(), number(e, "trainLoss"), number(e, "validationScore"),
                    number(e, "seconds"), number(e, "learningRate")));
        }
        return new State(root.path("seed").asLong(), root.path("epochsDone").asInt(), root.path("bestEpoch").asInt(),
                number(root, "bestScore"), root.path("epochsWithoutImprovement").asInt(),
                root.path("stoppedEarly").asBoolean(), root.path("metric").asText(), history);
    }

    /** JSON has no NaN: NaN is written as null. */
    private static void putNumber(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else if (Double.isNaN(v)) {
            node.putNull(key);
        } else {
            node.put(key, Double.toString(v));
        }
    }

    private static double number(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return Double.NaN;
        }
        return v.isTextual() ? Double.parseDouble(v.asText()) : v.asDouble();
    }
}
