package org.protpred.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of an external program (a fresh JVM, a launcher script) for the integration tests: its exit status,
 * standard output and standard error.
 */
public record ExternalProcess(int status, String out, String err) {

    /**
     * Runs {@code command} in {@code workingDirectory} with the environment of this JVM plus {@code environment},
     * waiting at most {@code timeoutSeconds}.
     *
     * @throws AssertionError when it does not finish in time (it is killed)
     */
    public static ExternalProcess run(List<String> command, Path workingDirectory, Map<String, String> environment,
                                      long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("protpred-it-out", ".txt");
        Path err = Files.createTempFile("protpred-it-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(environment);
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s; stderr: "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new ExternalProcess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Status, output and error, for assertion messages. */
    public String describe() {
        return "exit " + status + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
}
