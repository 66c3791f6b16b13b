package org.protpred.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A samplesheet row's alignment reaches `protpred predict contacts --msa` for real: the workflow's contacts equal
 * those of the single command with the alignment, not those without. Needs the shared data's example alignment
 * (PROTPRED_DATA, or ../shared/data beside the checkout as for bin/protpred); skips without it, fails under CI=true.
 */
class AlignmentIT {
    @TempDir
    Path dir;

    @Test
    void samplesheetAlignmentIsUsedByTheContactsStep() throws Exception {
        Path examples = data().resolve("examples/msa_examples");
        // copies: the work dirs' links then stay inside the temporary folder
        Path fasta = Files.copy(examples.resolve("disteval_1guuA.fasta"), dir.resolve("1guuA.fasta"));
        Path msa = Files.copy(examples.resolve("1guuA.aln"), dir.resolve("1guuA.aln"));
        Files.writeString(dir.resolve("samples.csv"), "id,fasta,msa\nguu,1guuA.fasta,1guuA.aln\n");

        Nextflow.Run run = Nextflow.run(dir, "run", Protpred.workflows().resolve("main.nf").toString(),
                "-profile", "test", "--input", "samples.csv", "--outdir", "out",
                "--protpred", Protpred.launcher().toString(), "-with-trace", "trace.txt");
        // independent of the report step: the contacts task itself must have completed
        assertTrue(Trace.read(dir.resolve("trace.txt")).tasks()
                .contains(new Trace.Task("PROTPRED:PROTPRED_CONTACTS (guu_1)", "COMPLETED")), run.output());

        Protpred.run(dir, "predict", "contacts", fasta.toString(), "--msa", msa.toString(), "-o", "with-msa")
                .assertSucceeded();
        Protpred.run(dir, "predict", "contacts", fasta.toString(), "-o", "single").assertSucceeded();
        byte[] workflow = Files.readAllBytes(dir.resolve("out/contacts/guu_1/1guu.rr"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("with-msa/1guu.rr")), workflow);
        assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("single/1guu.rr")), workflow),
                "the single-sequence model predicts other contacts");
    }

    private static Path data() {
        String env = System.getenv("PROTPRED_DATA");
        Path data = env != null && !env.isBlank() ? Path.of(env) : Protpred.root().resolve("../shared/data").normalize();
        if (!Files.isRegularFile(data.resolve("examples/msa_examples/1guuA.aln"))) {
            String why = data + "/examples/msa_examples/1guuA.aln not found (PROTPRED_DATA)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        return data;
    }
}
