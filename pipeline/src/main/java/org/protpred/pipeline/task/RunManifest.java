package org.protpred.pipeline.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.protpred.models.core.AtomicFiles;
import org.protpred.models.core.InputException;

/**
 * The provenance of one {@code protpred predict} run, written as {@value #FILE} into its output folder (atomically,
 * at the end of the run, also when records failed):
 * <pre>
 * {"protpred": VERSION, "command": "predict ss", "arguments": [...], "started": ISO-8601, "finished": ISO-8601,
 *  "models": [{"task", "source", "kind", "sha256"}, ...], "records": N, "predicted": N,
 *  "failed": [{"id", "task", "error"}, ...]}
 * </pre>
 * {@code predicted} counts the records every task predicted; a record that failed in several tasks of
 * {@code predict all} has one failure per task.
 *
 * @param protpred  the version of protpred that ran
 * @param command   {@code predict ss}, {@code predict all}, ...
 * @param arguments the command line after {@code protpred}
 * @param started   when the run began
 * @param finished  when it ended
 * @param models    the models used
 * @param records   records in the input
 * @param predicted records predicted by every task
 * @param failed    the failures, in input order
 */
public record RunManifest(String protpred, String command, List<String> arguments, Instant started, Instant finished,
                          List<ModelUsed> models, int records, int predicted, List<TaskFailure> failed) {

    /** The file name in an output folder. */
    public static final String FILE = "run.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * A record that failed in one task.
     *
     * @param id    the record's id
     * @param task  the task ({@code ss}); for a record that could not be read, every task of the run
     * @param error the one-line message
     */
    public record TaskFailure(String id, String task, String error) {
    }

    public RunManifest {
        arguments = List.copyOf(arguments);
        models = List.copyOf(models);
        failed = List.copyOf(failed);
    }

    /** Writes {@code folder/run.json} atomically. */
    public void write(Path folder) {
        ObjectNode root = JSON.createObjectNode();
        root.put("protpred", protpred).put("command", command);
        ArrayNode args = root.putArray("arguments");
        arguments.forEach(args::add);
        root.put("started", started.toString()).put("finished", finished.toString());
        ArrayNode ms = root.putArray("models");
        for (ModelUsed m : models) {
            ms.addObject().put("task", m.task()).put("source", m.source()).put("kind", m.kind())
                    .put("sha256", m.sha256());
        }
        root.put("records", records).put("predicted", predicted);
        ArrayNode fs = root.putArray("failed");
        for (TaskFailure f : failed) {
            fs.addObject().put("id", f.id()).put("task", f.task()).put("error", f.error());
        }
        try {
            AtomicFiles.writeString(folder.resolve(FILE), JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a {@value #FILE}. A failure without a {@code task} belongs to the task of the command
     * ({@code predict ss}: {@code ss}).
     *
     * @throws InputException naming the file when it is not a run record
     */
    public static RunManifest read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw InputException.at(file, "not a protpred run record (" + InputException.printable(
                    String.valueOf(e.getMessage()).lines().findFirst().orElse("")) + ")");
        }
        if (root == null || !root.isObject() || !root.path("command").isTextual()) {
            throw InputException.at(file, "not a protpred run record (no \"command\")");
        }
        String command = root.path("command").asText();
        String commandTask = command.substring(command.lastIndexOf(' ') + 1);
        List<String> arguments = new ArrayList<>();
        root.path("arguments").forEach(a -> arguments.add(a.asText()));
        List<ModelUsed> models = new ArrayList<>();
        for (JsonNode m : root.path("models")) {
            models.add(new ModelUsed(m.path("task").asText(commandTask), m.path("source").asText(""),
                    m.path("kind").asText(""), m.path("sha256").asText("")));
        }
        List<TaskFailure> failed = new ArrayList<>();
        for (JsonNode f : root.path("failed")) {
            failed.add(new TaskFailure(f.path("id").asText(), f.path("task").asText(commandTask),
                    f.path("error").asText("")));
        }
        return new RunManifest(root.path("protpred").asText(""), command, arguments,
                instant(root, "started", file), instant(root, "finished", file), models,
                root.path("records").asInt(), root.path("predicted").asInt(), failed);
    }

    private static Instant instant(JsonNode root, String field, Path file) {
        try {
            return Instant.parse(root.path(field).asText());
        } catch (DateTimeParseException e) {
            throw InputException.at(file, "not a protpred run record (bad \"" + field + "\")");
        }
    }
}
