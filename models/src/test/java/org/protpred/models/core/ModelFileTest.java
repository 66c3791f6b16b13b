package org.protpred.models.core;

import org.protpred.models.demo.Networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ModelFileTest {

    @TempDir
    Path tmp;

    private static ModelMetadata metadata(String kind) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("seed", "42");
        extra.put("command", "protpred train --epochs 3 \"quoted\"");
        return ModelMetadata.of(kind, "{\"window\": 15, \"encoding\": [\"onehot\", \"pssm\"]}", List.of("H", "E", "C"),
                extra);
    }

    @Test
    void multiLayerRoundTripKeepsOutputsAndMetadata() throws IOException {
        MultiLayerNetwork net = Networks.dense(5, new int[] {7}, 3, Activation.TANH, NetworkOptions.defaults());
        Path file = tmp.resolve("models/ss.zip");
        ModelMetadata meta = metadata("ss-mlp");
        ModelFile.save(file, net, meta);

        LoadedModel loaded = ModelFile.load(file, "ss-mlp");
        assertEquals(meta, loaded.metadata());
        assertEquals(ModelFile.FORMAT_VERSION, loaded.metadata().formatVersion());
        INDArray x = Nd4j.rand(DataType.FLOAT, 4, 5);
        assertEquals(net.output(x), loaded.multiLayer().output(x));
        assertEquals(meta, ModelFile.readMetadata(file));
        assertEquals(meta, ModelFile.load(file, null).metadata());
        // a plain DL4J reader still opens the file
        assertTrue(ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false).params().equals(net.params()));
        assertThrows(InputException.class, loaded::graph);
    }

    @Test
    void graphRoundTripFromAStream() throws IOException {
        NetworkOptions options = NetworkOptions.defaults();
        ComputationGraph graph = new ComputationGraph(options.configure().graphBuilder().addInputs("in")
                .addLayer("h", new DenseLayer.Builder().nOut(4).activation(Activation.RELU).build(), "in")
                .addLayer("out", new OutputLayer.Builder(options.lossFunction()).nOut(2)
                        .activation(options.outputActivation()).build(), "h")
                .setOutputs("out").setInputTypes(InputType.feedForward(3)).build());
        graph.init();
        Path file = tmp.resolve("graph.zip");
        ModelFile.save(file, graph, metadata("toy-graph"));
        try (InputStream in = Files.newInputStream(file)) {
            LoadedModel loaded = ModelFile.load(in, "classpath:/models/graph.zip", "toy-graph");
            INDArray x = Nd4j.rand(DataType.FLOAT, 2, 3);
            assertInstanceOf(ComputationGraph.class, loaded.network());
            assertEquals(graph.outputSingle(x), loaded.graph().outputSingle(x));
            assertEquals("classpath:/models/graph.zip", loaded.source());
        }
    }

    /** Extra entries (e.g. a task's reference library) are kept, listed in the metadata and returned by load. */
    @Test
    void extraEntriesRoundTripAndDoNotDisturbDl4j() throws IOException {
        Path file = tmp.resolve("with-entries.zip");
        MultiLayerNetwork net = Networks.dense(2, new int[] {3}, 2, Activation.TANH, NetworkOptions.defaults());
        byte[] library = {1, 2, 3, 4, 5};
        ModelFile.save(file, net, metadata("fold-x"), Map.of("library.bin", library));
        LoadedModel loaded = ModelFile.load(file, "fold-x");
        assertEquals(List.of("library.bin"), List.copyOf(loaded.entries().keySet()));
        org.junit.jupiter.api.Assertions.assertArrayEquals(library, loaded.entries().get("library.bin"));
        assertEquals(net.params(), loaded.multiLayer().params());
        assertEquals(net.params(), ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false).params());
        try (InputStream in = Files.newInputStream(file)) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(library,
                    ModelFile.load(in, "stream", "fold-x").entries().get("library.bin"));
        }
        assertTrue(ModelFile.load(savedPlain(), "ss-mlp").entries().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ModelFile.save(tmp.resolve("bad.zip"), net,
                metadata("fold-x"), Map.of(ModelFile.METADATA_ENTRY, library)));
    }

    private Path savedPlain() {
        Path file = tmp.resolve("plain.zip");
        ModelFile.save(file, Networks.dense(2, new int[0], 2, Activation.TANH, NetworkOptions.defaults()),
                metadata("ss-mlp"));
        return file;
    }

    @Test
    void wrongKindIsAOneLineInputError() {
        Path file = tmp.resolve("mnist.zip");
        ModelFile.save(file, Networks.dense(2, new int[0], 2, Activation.TANH, NetworkOptions.defaults()),
                metadata("mnist-mlp"));
        InputException e = assertThrows(InputException.class, () -> ModelFile.load(file, "ss-birnn"));
        assertEquals(file + ": is a mnist-mlp model, expected ss-birnn", e.getMessage());
    }

    @Test
    void missingCorruptAndForeignFilesAreInputErrors() throws IOException {
        Path missing = tmp.resolve("nope.zip");
        assertEquals(missing + ": no such file", assertThrows(InputException.class,
                () -> ModelFile.load(missing, "x")).getMessage());

        Path text = tmp.resolve("text.zip");
        Files.writeString(text, "this is not a zip\n");
        assertEquals(text + ": not a protpred model file (not a zip archive, or truncated)",
                assertThrows(InputException.class, () -> ModelFile.load(text, "x")).getMessage());

        MultiLayerNetwork net = Networks.dense(2, new int[0], 2, Activation.TANH, NetworkOptions.defaults());
        Path plain = tmp.resolve("plain-dl4j.zip");
        ModelSerializer.writeModel(net, plain.toFile(), false);
        assertTrue(assertThrows(InputException.class, () -> ModelFile.load(plain, "x")).getMessage()
                .startsWith(plain + ": not a protpred model file (a zip without"));

        Path good = tmp.resolve("good.zip");
        ModelFile.save(good, net, metadata("x"));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = tmp.resolve("truncated.zip");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String message = assertThrows(InputException.class, () -> ModelFile.load(truncated, "x")).getMessage();
        assertTrue(message.startsWith(truncated + ": "), message);
        assertFalse(message.contains("\n"), message);

        assertTrue(assertThrows(InputException.class, () -> ModelFile.load(tmp, "x")).getMessage()
                .endsWith("is a folder, expected a protpred model file"));
    }

    @Test
    void saveIsAtomicAndLeavesNoTemporaryFiles() throws IOException {
        Path file = tmp.resolve("m.zip");
        MultiLayerNetwork net = Networks.dense(2, new int[] {3}, 2, Activation.TANH, NetworkOptions.defaults());
        ModelFile.save(file, net, metadata("a"));
        ModelFile.save(file, net, metadata("b"));
        assertEquals("b", ModelFile.readMetadata(file).kind());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(file), files.toList());
        }
    }
    private Path savedMember(String name, long seed, ModelMetadata meta) {
        MultiLayerNetwork net = Networks.dense(5, new int[] {4}, 3, Activation.TANH,
                NetworkOptions.defaults().seed(seed));
        Path file = tmp.resolve(name);
        ModelFile.save(file, net, meta);
        return file;
    }

    @Test
    void ensembleKeepsEveryMemberAndTheirFacts() throws IOException {
        Path a = savedMember("a.zip", 1, metadata("ss-mlp"));
        Path b = savedMember("b.zip", 2, metadata("ss-mlp").withExtra("seed", "43"));
        Path ensemble = tmp.resolve("out/ensemble.zip");
        ModelMetadata written = ModelFile.combine(ensemble, List.of(a, b), Map.of("command", "protpred combine"));

        LoadedModel loaded = ModelFile.load(ensemble, "ss-mlp");
        assertTrue(loaded.isEnsemble());
        assertEquals(2, loaded.members().size());
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, 5);
        assertEquals(ModelFile.load(a, null).multiLayer().output(x), ((MultiLayerNetwork) loaded.members().get(0)).output(x));
        assertEquals(ModelFile.load(b, null).multiLayer().output(x), ((MultiLayerNetwork) loaded.members().get(1)).output(x));
        assertFalse(loaded.members().get(0).params().equals(loaded.members().get(1).params()));

        ModelMetadata meta = loaded.metadata();
        assertEquals(written, meta);
        assertEquals(meta, ModelFile.readMetadata(ensemble));
        assertEquals("ss-mlp", meta.kind());
        assertEquals(List.of("H", "E", "C"), meta.labels());
        assertEquals(metadata("ss-mlp").featureSpec(), meta.featureSpec());
        assertEquals("protpred combine", meta.extra().get("command"));
        assertEquals("2", meta.extra().get(ModelFile.MEMBERS_EXTRA));
        assertEquals("a.zip", meta.extra().get("member1.file"));
        assertEquals("42", meta.extra().get("member1.seed"));
        assertEquals("43", meta.extra().get("member2.seed"));
        assertEquals(null, meta.extra().get("seed"), "a setting the members differ in has no unprefixed value");
        assertTrue(loaded.entries().isEmpty());

        assertEquals(ensemble + ": is an ensemble of 2 networks, expected a single network",
                assertThrows(InputException.class, loaded::multiLayer).getMessage());
        try (InputStream in = Files.newInputStream(ensemble)) {
            assertEquals(2, ModelFile.load(in, "classpath:/e.zip", "ss-mlp").members().size());
        }
    }

    @Test
    void ensembleKeepsTheMembersSharedReferenceDataAndSettings() throws IOException {
        byte[] library = {7, 8, 9};
        Path a = tmp.resolve("ra.zip");
        Path b = tmp.resolve("rb.zip");
        Path other = tmp.resolve("rc.zip");
        ModelMetadata meta = metadata("fold-x").withExtra("lengthBinWidth", "15");
        ModelFile.save(a, Networks.dense(5, new int[] {4}, 3, Activation.TANH, NetworkOptions.defaults().seed(1)),
                meta, Map.of("library.bin", library));
        ModelFile.save(b, Networks.dense(5, new int[] {4}, 3, Activation.TANH, NetworkOptions.defaults().seed(2)),
                meta.withExtra("seed", "43"), Map.of("library.bin", library));
        ModelFile.save(other, Networks.dense(5, new int[] {4}, 3, Activation.TANH, NetworkOptions.defaults()),
                meta, Map.of("library.bin", new byte[] {7, 8}));
        Path ensemble = tmp.resolve("fold-ensemble.zip");
        ModelFile.combine(ensemble, List.of(a, b), Map.of("command", "protpred combine"));

        LoadedModel loaded = ModelFile.load(ensemble, "fold-x");
        assertEquals(2, loaded.members().size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(library, loaded.entries().get("library.bin"));
        assertEquals(List.of("library.bin"), List.copyOf(loaded.entries().keySet()));
        assertEquals("15", loaded.metadata().extra().get("lengthBinWidth"));
        assertEquals("protpred combine", loaded.metadata().extra().get("command"));
        assertEquals(null, loaded.metadata().extra().get("seed"));
        try (InputStream in = Files.newInputStream(ensemble)) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(library,
                    ModelFile.load(in, "stream", "fold-x").entries().get("library.bin"));
        }

        Path out = tmp.resolve("refused.zip");
        assertEquals(other + ": carries other reference data (entry library.bin) than " + a
                        + "; members of an ensemble must be trained on the same data",
                assertThrows(InputException.class, () -> ModelFile.combine(out, List.of(a, other), Map.of()))
                        .getMessage());
        Path plain = savedMember("plain-fold.zip", 3, meta);
        assertEquals(plain + ": carries other reference data (entry library.bin) than " + a
                        + "; members of an ensemble must be trained on the same data",
                assertThrows(InputException.class, () -> ModelFile.combine(out, List.of(a, plain), Map.of()))
                        .getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void ensembleMembersMustMatchAndBeSingleNetworks() {
        Path a = savedMember("a.zip", 1, metadata("ss-mlp"));
        Path otherKind = savedMember("k.zip", 2, metadata("contact-dbn"));
        Path otherLabels = savedMember("l.zip", 3, ModelMetadata.of("ss-mlp", metadata("x").featureSpec(),
                List.of("H", "E", "C", "T"), Map.of()));
        Path otherSpec = savedMember("s.zip", 4, ModelMetadata.of("ss-mlp", "{}", List.of("H", "E", "C"), Map.of()));
        Path out = tmp.resolve("e.zip");
        assertEquals(otherKind + ": is a contact-dbn model, but " + a + " is a ss-mlp model",
                assertThrows(InputException.class, () -> ModelFile.combine(out, List.of(a, otherKind), Map.of()))
                        .getMessage());
        assertEquals(otherLabels + ": predicts labels [H, E, C, T], but " + a + " predicts [H, E, C]",
                assertThrows(InputException.class, () -> ModelFile.combine(out, List.of(a, otherLabels), Map.of()))
                        .getMessage());
        assertEquals(otherSpec + ": uses other input features than " + a,
                assertThrows(InputException.class, () -> ModelFile.combine(out, List.of(a, otherSpec), Map.of()))
                        .getMessage());
        assertEquals("an ensemble needs at least two model files, got 1",
                assertThrows(InputException.class, () -> ModelFile.combine(out, List.of(a), Map.of())).getMessage());
        Path missing = tmp.resolve("missing.zip");
        assertEquals(missing + ": no such file",
                assertThrows(InputException.class, () -> ModelFile.combine(out, List.of(a, missing), Map.of()))
                        .getMessage());
        assertFalse(Files.exists(out));

        Path b = savedMember("b.zip", 5, metadata("ss-mlp"));
        ModelFile.combine(out, List.of(a, b), Map.of());
        assertEquals(out + ": is already an ensemble; combine its member files instead",
                assertThrows(InputException.class, () -> ModelFile.combine(tmp.resolve("e2.zip"), List.of(out, a),
                        Map.of())).getMessage());
    }
}
