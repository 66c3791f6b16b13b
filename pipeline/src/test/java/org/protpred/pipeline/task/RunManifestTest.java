package org.protpred.pipeline.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.InputException;
import org.protpred.models.core.ModelFile;
import org.protpred.pipeline.cli.CliRun;
import org.protpred.pipeline.ss.SecondaryStructureModel;

/** {@code run.json}: written by {@code predict ss} with the exact fields, and read back as written. */
class RunManifestTest {

    @TempDir
    Path tmp;

    @Test
    void writtenManifestReadsBackEqual() {
        RunManifest m = new RunManifest("1.2.3", "predict fold", List.of("predict", "fold", "in.fasta", "-o", "o"),
                Instant.parse("2026-01-02T03:04:05.123Z"), Instant.parse("2026-01-02T03:04:09Z"),
                List.of(new ModelUsed("fold", "/models/f.zip", "fold-deepsf", "ab".repeat(32))), 5, 4,
                List.of(new RunManifest.TaskFailure("x|y", "fold", "in.fasta:3: record 'x|y': illegal \"1\"")));
        m.write(tmp);
        assertEquals(m, RunManifest.read(tmp.resolve(RunManifest.FILE)));
    }

    @Test
    void aFailureWithoutTaskBelongsToTheCommandsTask() throws Exception {
        Files.writeString(tmp.resolve("run.json"), "{\"protpred\": \"1\", \"command\": \"predict contacts\", "
                + "\"arguments\": [], \"started\": \"2026-01-01T00:00:00Z\", \"finished\": \"2026-01-01T00:00:01Z\", "
                + "\"models\": [], \"records\": 1, \"predicted\": 0, \"failed\": [{\"id\": \"a\", \"error\": \"e\"}]}");
        assertEquals(List.of(new RunManifest.TaskFailure("a", "contacts", "e")),
                RunManifest.read(tmp.resolve("run.json")).failed());
    }

    @Test
    void notARunRecordIsOneLine() throws Exception {
        Files.writeString(tmp.resolve("run.json"), "[1, 2]");
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> RunManifest.read(tmp.resolve("run.json")));
        assertEquals(tmp.resolve("run.json") + ": not a protpred run record (no \"command\")", e.getMessage());
    }

    @Test
    void predictSsWritesRunJsonAlsoWhenARecordFailed() throws Exception {
        Path in = Files.writeString(tmp.resolve("in.fasta"), ">ok\nMKVLAEHSWGKTITLEVEPS\n>bad\nMKV1\n");
        Path out = tmp.resolve("out");
        Instant before = Instant.now();
        CliRun r = CliRun.run("predict", "ss", in.toString(), "-o", out.toString());
        assertEquals(2, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertEquals(List.of("protpred", "command", "arguments", "started", "finished", "models", "records",
                "predicted", "failed"), iterable(json.fieldNames()));
        assertEquals(ModelFile.protpredVersion(), json.get("protpred").asText());
        assertEquals("predict ss", json.get("command").asText());
        assertEquals("[\"predict\",\"ss\",\"" + in + "\",\"-o\",\"" + out + "\"]", json.get("arguments").toString());
        Instant started = Instant.parse(json.get("started").asText());
        Instant finished = Instant.parse(json.get("finished").asText());
        assertFalse(started.isBefore(before));
        assertFalse(finished.isBefore(started));
        String sha;
        try (InputStream model = getClass().getResourceAsStream(SecondaryStructureModel.BUNDLED_RESOURCE)) {
            sha = ModelChecksum.of(model.readAllBytes());
        }
        assertEquals("[{\"task\":\"ss\",\"source\":\"bundled ss3-birnn.zip\",\"kind\":\"ss-birnn\",\"sha256\":\""
                + sha + "\"}]", json.get("models").toString());
        assertEquals(2, json.get("records").asInt());
        assertEquals(1, json.get("predicted").asInt());
        assertEquals("[{\"id\":\"bad\",\"task\":\"ss\",\"error\":\"" + in + ":3: record 'bad': illegal character '1' "
                + "at residue 4; expected amino-acid letters\"}]", json.get("failed").toString());
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void aModelFilesChecksumIsTheSha256OfItsBytes() throws Exception {
        Path copy = tmp.resolve("ss3.zip");
        try (InputStream model = getClass().getResourceAsStream(SecondaryStructureModel.BUNDLED_RESOURCE)) {
            Files.copy(model, copy);
        }
        TrainedModel loaded = TrainedModel.load(copy, SecondaryStructureModel.KIND);
        assertEquals(new ModelUsed("ss", copy.toString(), "ss-birnn", ModelChecksum.of(Files.readAllBytes(copy))),
                loaded.used("ss"));
        assertEquals(ModelChecksum.of(Files.readAllBytes(copy)),
                SecondaryStructureModel.bundled(3).trained().sha256());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                ModelChecksum.of(new byte[0]), "SHA-256 of nothing");
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
