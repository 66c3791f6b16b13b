package org.protpred.workflows;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nextflow config -profile P}: every profile of nextflow.config parses and sets what it is for. */
class NextflowConfigIT {
    @TempDir
    Path dir;

    private String config(String profiles) throws Exception {
        return Nextflow.run(dir, "config", Protpred.workflows().toString(), "-profile", profiles, "-flat")
                .assertSucceeded().output();
    }

    private static void assertLines(String config, List<String> lines) {
        for (String line : lines) {
            assertTrue(config.lines().anyMatch(line::equals), "'" + line + "' in\n" + config);
        }
    }

    @Test
    void slurmProfileSubmitsToSlurmWithTheQueueAndOptionsParams() throws Exception {
        assertLines(config("slurm"), List.of("process.executor = 'slurm'", "process.queue = { params.slurm_queue }",
                "process.clusterOptions = { params.slurm_options ?: '' }", "executor.queueSize = 100"));
    }

    @Test
    void testProfileRunsTheBundledExampleInChunksOfTwo() throws Exception {
        String config = config("test");
        assertLines(config, List.of("params.chunk_size = 2", "executor.cpus = 2", "params.outdir = 'results-test'"));
        assertTrue(config.contains("params.input = '" + Protpred.workflows() + "/../resources/examples/example.fasta'"),
                config);
    }

    @Test
    void cudaProfileGivesThePredictorsAGpuInTheirContainers() throws Exception {
        assertLines(config("slurm,cuda,singularity"), List.of("process.'withLabel:process_gpu'.accelerator = 1",
                "singularity.enabled = true", "singularity.runOptions = '--nv'", "docker.enabled = false",
                "process.container = { params.container }", "params.gpu_options = '--gres=gpu:1'"));
        assertLines(config("cuda,docker"), List.of("docker.enabled = true", "docker.runOptions = '--gpus all'"));
    }
}
