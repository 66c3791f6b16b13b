package org.protpred.workflows;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Where the repository, its workflows and its launcher are, and running the launcher directly. */
final class Protpred {
    private Protpred() {
    }

    static Path root() {
        String root = System.getProperty("protpred.root");
        return (root != null ? Path.of(root) : Path.of("..")).toAbsolutePath().normalize();
    }

    static Path workflows() {
        return root().resolve("workflows");
    }

    static Path example() {
        return root().resolve("resources/examples/example.fasta");
    }

    /** The build output folder of the pipeline module ({@code -Dprotpred.target}, default {@code target}). */
    static String target() {
        String target = System.getProperty("protpred.target");
        return target == null || target.isBlank() ? "target" : target;
    }

    /** This module's build folder (for Nextflow's home). */
    static Path buildDir() {
        return workflows().resolve(target());
    }

    /**
     * {@code bin/protpred}; fails when the pipeline has not been packaged (its target/lib is missing). The system
     * property {@code protpred.launcher} names another launcher (for example an unpacked distribution's
     * bin/protpred): {@code mvn verify -Dprotpred.launcher=/opt/protpred/bin/protpred}.
     */
    static Path launcher() {
        String other = System.getProperty("protpred.launcher");
        if (other != null && !other.isBlank()) {
            return Path.of(other).toAbsolutePath();
        }
        Path lib = root().resolve("pipeline").resolve(target()).resolve("lib");
        if (!Files.isDirectory(lib)) {
            fail(lib + " is missing: the workflow tests run bin/protpred, which needs the packaged pipeline "
                    + "(mvn verify builds it; or mvn -DskipTests -pl pipeline -am package)");
        }
        return root().resolve("bin/protpred");
    }

    /** Runs {@code bin/protpred ARGS}: its exit status and output (stdout and stderr). */
    static Nextflow.Run run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher().toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "protpred-", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PROTPRED_TARGET", target());
        builder.environment().put("OMP_NUM_THREADS", "1");
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            fail("protpred " + String.join(" ", args) + ": still running after 10 minutes");
        }
        return new Nextflow.Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Whether {@code protpred --help} lists COMMAND among its subcommands. */
    static boolean hasCommand(Path dir, String command) throws IOException, InterruptedException {
        String help = run(dir, "--help").assertSucceeded().output();
        return help.lines().anyMatch(line -> line.matches("\\s+" + command + "\\s.*") || line.trim().equals(command));
    }
}
