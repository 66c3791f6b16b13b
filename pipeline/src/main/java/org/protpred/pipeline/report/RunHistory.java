package org.protpred.pipeline.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protpred.pipeline.task.ModelUsed;
import org.protpred.pipeline.task.RunManifest;

/**
 * What the {@code run.json} files of the results folders say together: the runs (commands), the models used (one
 * per SHA-256, in the order first seen) and the failures by record id.
 */
public final class RunHistory {

    private final List<RunManifest> runs;
    private final Map<String, ModelUsed> models = new LinkedHashMap<>();
    private final Map<String, List<RunManifest.TaskFailure>> failures = new HashMap<>();

    private RunHistory(List<RunManifest> runs) {
        this.runs = List.copyOf(runs);
        for (RunManifest run : runs) {
            for (ModelUsed m : run.models()) {
                models.putIfAbsent(m.sha256().isEmpty() ? m.task() + " " + m.source() : m.sha256(), m);
            }
            for (RunManifest.TaskFailure f : run.failed()) {
                failures.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    /**
     * The {@value RunManifest#FILE} of each folder that has one.
     *
     * @throws org.protpred.models.core.InputException naming a run record that cannot be read
     */
    public static RunHistory of(List<Path> folders) {
        List<RunManifest> runs = new ArrayList<>();
        for (Path folder : folders) {
            Path file = folder.resolve(RunManifest.FILE);
            if (Files.isRegularFile(file)) {
                runs.add(RunManifest.read(file));
            }
        }
        return new RunHistory(runs);
    }

    /** The runs, in folder order. */
    public List<RunManifest> runs() {
        return runs;
    }

    /** The models, one per checksum. */
    public List<ModelUsed> models() {
        return List.copyOf(models.values());
    }

    /** The failures of the record {@code id} in the task {@code task}. */
    public List<RunManifest.TaskFailure> failures(String id, String task) {
        return failures.getOrDefault(id, List.of()).stream().filter(f -> f.task().equals(task)).toList();
    }
}
