package org.protpred.workflows;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Nextflow for real in a child JVM: {@code java -cp <Nextflow and its libraries> nextflow.cli.Launcher ARGS}, with
 * the class path that maven-dependency-plugin wrote to {@code target/nextflow.classpath} (no {@code nextflow} binary,
 * no network: {@code NXF_OFFLINE=true}). Tasks inherit its environment, among them {@code PROTPRED_TARGET} so that
 * {@code bin/protpred} runs this build's jar.
 */
final class Nextflow {
    /** What the launcher script {@code nextflow} opens to Nextflow on Java 17. */
    private static final List<String> OPENS = List.of("java.lang", "java.io", "java.nio", "java.net", "java.util",
            "java.util.concurrent.locks", "java.util.concurrent.atomic", "java.nio.file.spi", "sun.nio.ch", "sun.nio.fs",
            "sun.net.www.protocol.http", "sun.net.www.protocol.https", "sun.net.www.protocol.ftp",
            "sun.net.www.protocol.file", "jdk.internal.misc", "jdk.internal.vm", "java.util.regex");

    private static final long TIMEOUT_MINUTES = 15;

    /** One finished Nextflow command: its exit status and its console output (stdout and stderr). */
    record Run(int exitCode, String output) {
        /** Fails with the console output unless Nextflow exited with status 0. */
        Run assertSucceeded() {
            if (exitCode != 0) {
                fail("nextflow exited with status " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    private Nextflow() {
    }

    /** Runs {@code nextflow ARGS} in {@code launchDir} (its work/ and .nextflow/ go there). */
    static Run run(Path launchDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dfile.encoding=UTF-8");
        for (String p : OPENS) {
            command.add("--add-opens=java.base/" + p + "=ALL-UNNAMED");
        }
        command.add("-cp");
        command.add(classPath());
        command.add("nextflow.cli.Launcher");
        command.addAll(List.of(args));

        Files.createDirectories(launchDir);
        Path log = Files.createTempFile(launchDir, "nextflow-", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(launchDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("NXF_HOME", Protpred.buildDir().resolve("nxf-home").toString());
        env.put("NXF_OFFLINE", "true");
        env.put("NXF_ANSI_LOG", "false");
        env.put("NXF_DISABLE_CHECK_LATEST", "true");
        env.put("PROTPRED_TARGET", Protpred.target());
        env.put("OMP_WAIT_POLICY", "passive");
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            fail("nextflow " + String.join(" ", args) + ": still running after " + TIMEOUT_MINUTES + " minutes:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static String classPath() throws IOException {
        String file = System.getProperty("nextflow.classpath.file");
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            fail("no Nextflow class path (" + file + "): run the tests through Maven (mvn verify), whose "
                    + "maven-dependency-plugin writes target/nextflow.classpath");
        }
        return Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
    }
}
