package org.protpred.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train.nf: its stub run, and the commands it runs against those of the model cards. */
class TrainWorkflowIT {
    private static final Set<String> RUNS = Set.of("ss3-seed43-lstm64", "ss3-seed47-12ep", "ss3-seed48-lstm64-12ep",
            "ss3-birnn", "ss8-birnn", "fold-deepsf", "contacts-single", "contacts-msa");

    @TempDir
    Path dir;

    @Test
    void stubRunWritesAPlaceholderOfEveryModelApartFromRealModels() throws Exception {
        Nextflow.run(dir, "run", Protpred.workflows().resolve("train.nf").toString(), "-stub-run",
                "--models_dir", "models", "-with-trace", "trace.txt").assertSucceeded();

        Trace trace = Trace.read(dir.resolve("trace.txt"));
        assertEquals(8, trace.tasks().size(), trace.statuses());
        assertTrue(trace.tasks().contains(new Trace.Task("PROTPRED_COMBINE (ss3-birnn)", "COMPLETED")), trace.statuses());
        assertTrue(trace.tasks().contains(new Trace.Task("PROTPRED_TRAIN (fold-deepsf)", "COMPLETED")), trace.statuses());
        for (String name : RUNS) {
            try (ZipFile zip = new ZipFile(dir.resolve("models/stub/" + name + ".zip").toFile())) {
                assertEquals(0, zip.size(), name);
            }
        }
        try (Stream<Path> models = Files.list(dir.resolve("models"))) {
            assertEquals(Set.of("stub", "pipeline_info"),
                    models.map(p -> p.getFileName().toString()).collect(Collectors.toSet()), "no real model written");
        }
    }

    @Test
    void runsExactlyTheModelCardsCommandsWithCheckpointsThatOutliveTheTask() throws Exception {
        // a launcher that records its arguments and writes the -o file instead of training
        Path calls = dir.resolve("calls.txt");
        Path launcher = dir.resolve("recording-protpred");
        Files.writeString(launcher, String.join("\n", "#!/usr/bin/env bash",
                "if [[ $1 == --version ]]; then echo 'protpred 0.0-recording'; exit 0; fi",
                "echo \"PROTPRED_DATA=$PROTPRED_DATA $*\" >> '" + calls + "'",
                "while [[ $# -gt 0 ]]; do [[ $1 == -o ]] && printf model > \"$2\"; shift; done", ""));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = Files.createDirectories(dir.resolve("data"));

        Nextflow.run(dir, "run", Protpred.workflows().resolve("train.nf").toString(), "--protpred",
                launcher.toString(), "--data", data.toString(), "--models_dir", "models", "--checkpoint_dir", "ckpt",
                "-with-trace", "trace.txt").assertSucceeded();

        Map<String, List<String>> cards = cardCommands();
        Map<String, List<String>> ran = new HashMap<>();
        for (String line : Files.readAllLines(calls, StandardCharsets.UTF_8)) {
            List<String> words = Arrays.asList(line.split(" "));
            if (words.get(1).equals("train")) {
                assertEquals("PROTPRED_DATA=" + data, words.get(0), line);
            }
            ran.put(output(words), words.subList(1, words.size()));
        }
        assertEquals(new TreeSet<>(RUNS.stream().map(n -> n + ".zip").toList()), new TreeSet<>(ran.keySet()));

        Path checkpoints = dir.resolve("ckpt");
        for (Map.Entry<String, List<String>> e : ran.entrySet()) {
            List<String> card = cards.get(e.getKey());
            assertTrue(card != null, "a model card has the command of " + e.getKey());
            List<String> command = new ArrayList<>(e.getValue());
            boolean checkpointed = card.contains("--checkpoint-dir");
            if (checkpointed) {
                // the card's folder becomes a stable one per run outside the work dir, and a rerun resumes from it
                String folder = checkpoints.resolve(e.getKey().replace(".zip", "")).toString();
                assertEquals(folder, command.get(command.indexOf("--checkpoint-dir") + 1), e.getKey());
                assertEquals(folder, command.get(command.indexOf("--run-dir") + 1), e.getKey());
                assertTrue(command.remove("--resume"), e.getKey() + " resumes");
            }
            assertEquals(withoutFolders(card), withoutFolders(command), e.getKey());
        }
        try (Stream<Path> models = Files.list(dir.resolve("models"))) {
            assertTrue(models.map(p -> p.getFileName().toString()).collect(Collectors.toSet())
                    .containsAll(ran.keySet()), "models stored in --models_dir");
        }
    }

    private static String output(List<String> words) {
        return words.get(words.indexOf("-o") + 1);
    }

    /** A command less the values of --checkpoint-dir, --run-dir (paths that differ by design). */
    private static List<String> withoutFolders(List<String> command) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            out.add(command.get(i));
            if (command.get(i).equals("--checkpoint-dir") || command.get(i).equals("--run-dir")) {
                i++;
            }
        }
        return out;
    }

    /**
     * The {@code protpred train ...} and {@code protpred combine ...} commands written in the model cards
     * (resources/models/TASK/*.MODEL_CARD.md, in code blocks or inline code), by their -o file, without "protpred".
     */
    static Map<String, List<String>> cardCommands() throws IOException {
        Map<String, List<String>> commands = new HashMap<>();
        List<Path> cards;
        try (Stream<Path> s = Files.walk(Protpred.root().resolve("resources/models"))) {
            cards = s.filter(p -> p.toString().endsWith(".MODEL_CARD.md")).toList();
        }
        Pattern fenced = Pattern.compile("```[a-z]*\\n(.*?)```", Pattern.DOTALL);
        Pattern inline = Pattern.compile("`([^`]+)`");
        for (Path card : cards) {
            String text = Files.readString(card, StandardCharsets.UTF_8);
            List<String> code = new ArrayList<>();
            Matcher m = fenced.matcher(text);
            while (m.find()) {
                code.add(m.group(1));
            }
            m = inline.matcher(fenced.matcher(text).replaceAll(""));
            while (m.find()) {
                code.add(m.group(1));
            }
            for (String c : code) {
                String flat = c.replaceAll("\\\\\\n", " ").replaceAll("\\s+", " ").trim();
                for (String part : flat.split("(?=\\bprotpred (train|combine) )")) {
                    if (part.startsWith("protpred train ") || part.startsWith("protpred combine ")) {
                        List<String> words = Arrays.asList(part.trim().split(" "));
                        if (words.contains("-o")) {
                            commands.put(output(words), words.subList(1, words.size()));
                        }
                    }
                }
            }
        }
        return commands;
    }
}
