package org.protpred.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** workflows/bin/allow_failed_records: which exit statuses of a predict command fail a workflow task. */
class AllowFailedRecordsTest {
    @TempDir
    Path dir;

    /** Runs {@code allow_failed_records out sh -c SCRIPT} in dir: {exit status, output}. */
    private Object[] run(String script) throws Exception {
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(List.of(Protpred.workflows().resolve("bin/allow_failed_records").toString(),
                "out", "sh", "-c", script)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Object[] {p.exitValue(), Files.readString(log, StandardCharsets.UTF_8)};
    }

    @Test
    void allRecordsPredictedSucceeds() throws Exception {
        Object[] r = run("mkdir out && echo '{}' > out/run.json && echo predicted");
        assertEquals(0, r[0]);
        assertEquals("predicted\n", r[1]);
    }

    @Test
    void someRecordsFailedWithRunJsonSucceedsAndSaysSo() throws Exception {
        Object[] r = run("mkdir out && echo '{}' > out/run.json && exit 2");
        assertEquals(0, r[0]);
        assertEquals("allow_failed_records: some records failed (see out/run.json); keeping the others' results\n", r[1]);
    }

    @Test
    void statusTwoWithoutRunJsonFails() throws Exception {
        // the input as a whole was unreadable: nothing was predicted
        assertEquals(2, run("echo 'protpred: error: in.fasta: not FASTA' >&2; exit 2")[0]);
    }

    @Test
    void anyOtherStatusFailsEvenWithRunJson() throws Exception {
        assertEquals(1, run("mkdir out && echo '{}' > out/run.json && exit 1")[0]);
        assertEquals(137, run("exit 137")[0]);
    }
}
