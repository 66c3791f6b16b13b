package org.protpred.workflows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A Nextflow trace file ({@code -with-trace FILE}): one row per task, tab-separated, with a header line. */
record Trace(List<Task> tasks) {
    /** A task's name ({@code PROCESS (tag)}) and status ({@code COMPLETED}, {@code CACHED}, {@code FAILED}, ...). */
    record Task(String name, String status) {
    }

    static Trace read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int name = header.indexOf("name");
        int status = header.indexOf("status");
        return new Trace(lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1))
                .map(cells -> new Task(cells[name], cells[status])).toList());
    }

    /** The task names, sorted. */
    List<String> names() {
        return tasks.stream().map(Task::name).sorted().toList();
    }

    /** Task name to status, as text lines sorted by name (readable in a failed assertion). */
    String statuses() {
        return tasks.stream().map(t -> t.name() + " " + t.status()).sorted().collect(Collectors.joining("\n"));
    }
}
