package org.protpred.pipeline.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.all.PipelineTask;
import org.protpred.pipeline.io.PredictionInput;
import org.protpred.pipeline.task.OutputNames;

/**
 * One record of the report: its id, description and length, and per task its result read back from the results
 * folders, its failure (from a run record, or a file that cannot be read) or nothing (missing).
 *
 * <p>Status: {@code ok} when every task's result was found; else {@code failed: TASKS: MESSAGE} for the failures
 * (tasks with the same message joined by commas, groups by {@code ; }) and {@code missing: TASKS} for the tasks
 * with neither result nor failure, joined by {@code ; }. A record that could not be read and failed nowhere else
 * fails as {@code failed: input: MESSAGE}.
 */
public final class RecordReport {

    /** A task's result of this record. */
    public record Found<R>(PipelineTask<?, R> task, R result) {

        List<String> cells() {
            return task.cells(result);
        }

        String html(String id) {
            return task.html(result, id);
        }
    }

    private final String id;
    private final String description;
    private final int length;
    private final Map<PipelineTask<?, ?>, Found<?>> found = new LinkedHashMap<>();
    private final Map<String, String> failed = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();

    private RecordReport(String id, String description, int length) {
        this.id = id;
        this.description = description;
        this.length = length;
    }

    /** The record of {@code item} with its results looked up in {@code folders}. */
    static RecordReport of(PredictionInput.Item item, List<PipelineTask<?, ?>> tasks, List<Path> folders,
                           RunHistory history) {
        RecordReport r = item.ok()
                ? new RecordReport(item.id(), item.record().description(), item.record().length())
                : new RecordReport(item.id(), "", -1);
        String stem = OutputNames.stem(item.id());
        for (PipelineTask<?, ?> task : tasks) {
            r.lookUp(task, stem, folders, history);
        }
        if (!item.ok() && r.found.isEmpty() && r.failed.isEmpty()) {
            r.missing.clear();
            r.failed.put(item.error(), "input");
        }
        return r;
    }

    private <R> void lookUp(PipelineTask<?, R> task, String stem, List<Path> folders, RunHistory history) {
        Path file = find(task.extension(), stem, folders);
        if (file != null) {
            try {
                found.put(task, new Found<>(task, task.read(file, id)));
                return;
            } catch (InputException e) {
                failed.merge(e.getMessage(), task.name(), (a, b) -> a + "," + b);
                return;
            }
        }
        List<org.protpred.pipeline.task.RunManifest.TaskFailure> failures = history.failures(id, task.name());
        if (!failures.isEmpty()) {
            failed.merge(failures.get(0).error(), task.name(), (a, b) -> a + "," + b);
        } else {
            missing.add(task.name());
        }
    }

    /** {@code FOLDER/STEM.EXT} or {@code FOLDER/STEM/STEM.EXT} in the first folder that has it, or null. */
    private static Path find(String extension, String stem, List<Path> folders) {
        for (Path folder : folders) {
            for (Path p : List.of(folder.resolve(stem + extension), folder.resolve(stem).resolve(stem + extension))) {
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** Residues, or -1 for a record that could not be read. */
    public int length() {
        return length;
    }

    /** The task's result, or null. */
    public Found<?> found(PipelineTask<?, ?> task) {
        return found.get(task);
    }

    /** Whether every task's result was found. */
    public boolean ok() {
        return failed.isEmpty() && missing.isEmpty();
    }

    /** {@code ok}, or the failures and missing tasks. */
    public String status() {
        if (ok()) {
            return "ok";
        }
        List<String> parts = new ArrayList<>();
        if (!failed.isEmpty()) {
            List<String> groups = new ArrayList<>();
            failed.forEach((message, tasks) -> groups.add(tasks + ": " + oneLine(message)));
            parts.add("failed: " + String.join("; ", groups));
        }
        if (!missing.isEmpty()) {
            parts.add("missing: " + String.join(",", missing));
        }
        return String.join("; ", parts);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
