package org.protpred.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.pipeline.ExternalProcess;

/**
 * The distribution archive {@code target/protpred-VERSION.tar.gz} works outside the source tree: unpacked into a
 * temporary folder, its launcher prints the version and predicts the example's secondary structure from another
 * working folder, called directly and through a symbolic link, writing what the command line writes in-process.
 * Run by failsafe after {@code package}.
 */
class DistributionIT {

    @TempDir
    Path tmp;

    @Test
    void theUnpackedDistributionRunsFromAnyFolder() throws Exception {
        String version = System.getProperty("protpred.version");
        Path archive = Path.of(System.getProperty("protpred.distribution"));
        assertTrue(Files.isRegularFile(archive), archive + " missing: run after package");
        Path install = Files.createDirectories(tmp.resolve("opt"));
        ExternalProcess untar = ExternalProcess.run(List.of("tar", "xzf", archive.toString(), "-C", install.toString()),
                tmp, Map.of(), 300);
        assertEquals(0, untar.status(), untar.describe());
        Path home = install.resolve("protpred-" + version);
        Path launcher = home.resolve("bin").resolve("protpred");
        assertTrue(Files.isExecutable(launcher), launcher + " is not executable");
        assertTrue(Files.isRegularFile(home.resolve("lib").resolve("protpred-pipeline-" + version + ".jar")));
        assertTrue(Files.isRegularFile(home.resolve("README.md")));
        // the shipped models travel inside the pipeline jar, as classpath resources
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(
                home.resolve("lib").resolve("protpred-pipeline-" + version + ".jar").toFile())) {
            for (String model : List.of("ss/ss3-birnn.zip", "ss/ss8-birnn.zip", "fold/fold-deepsf.zip",
                    "contacts/contacts-single.zip", "contacts/contacts-msa.zip")) {
                java.util.jar.JarEntry entry = jar.getJarEntry("org/protpred/pipeline/models/" + model);
                assertTrue(entry != null && entry.getSize() > 100_000, model + " missing from the pipeline jar");
            }
        }

        Path work = Files.createDirectories(tmp.resolve("work"));
        Files.copy(home.resolve("examples").resolve("example.fasta"), work.resolve("proteins.fasta"));
        Path links = Files.createDirectories(tmp.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("protpred"), launcher);
        // the build's PROTPRED_* settings do not leak in
        Map<String, String> env = Map.of("PROTPRED_DATA", "", "PROTPRED_TARGET", "", "PROTPRED_JAVA_OPTS", "-Xmx2g");

        ExternalProcess version1 = ExternalProcess.run(List.of(launcher.toString(), "--version"), work, env, 300);
        assertEquals(0, version1.status(), version1.describe());
        assertEquals("protpred " + version, version1.out().lines().findFirst().orElse(""));

        Path expected = tmp.resolve("expected");
        CliRun inProcess = CliRun.run("predict", "ss", work.resolve("proteins.fasta").toString(), "-o",
                expected.toString());
        assertEquals(0, inProcess.status(), inProcess.err());
        for (Path command : List.of(launcher, link)) {
            String out = command == link ? "out-link" : "out";
            ExternalProcess predict = ExternalProcess.run(List.of(command.toString(), "predict", "ss",
                    "proteins.fasta", "-o", out), work, env, 600);
            assertEquals(0, predict.status(), predict.describe());
            List<String> names = names(expected);
            assertEquals(List.of("TS115_0.horiz", "TS115_0.ss2", "TS115_1.horiz", "TS115_1.ss2", "TS115_5.horiz",
                    "TS115_5.ss2", "run.json", "ss.fasta"), names);
            assertEquals(names, names(work.resolve(out)));
            // run.json records times and arguments, which differ between the two runs; its models do not
            String runJson = Files.readString(work.resolve(out).resolve("run.json"));
            assertTrue(runJson.contains("\"command\" : \"predict ss\""), runJson);
            assertTrue(runJson.contains("bundled ss3-birnn.zip"), runJson);
            for (String name : names.stream().filter(n -> !n.equals("run.json")).toList()) {
                assertEquals(Files.readString(expected.resolve(name)), Files.readString(work.resolve(out).resolve(name)),
                        command + ": " + name);
            }
        }
    }

    private static List<String> names(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
