package org.protpred.pipeline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.protpred.models.core.DataLocation;
import org.protpred.pipeline.RequiresData;

/** The README's complete Java example ({@code PredictExample}) and what every run of it must print. */
final class ReadmeExample {

    /** Where the tests' structure lies in the data folder: PSICOV150's 1aap. */
    static final String STRUCTURE_IN_DATA = "contact/psicov150/pdb/1aap.pdb";

    /**
     * The structure the tests pass to the example, read from {@code $PROTPRED_DATA}; the test is skipped without
     * the data, and fails under {@code CI=true}.
     */
    static Path structure() {
        Path pdb = DataLocation.folder(STRUCTURE_IN_DATA).orElse(null);
        RequiresData.assume(pdb != null, "PSICOV150 data not present");
        return pdb.toAbsolutePath();
    }

    private ReadmeExample() {
    }

    /** The source of the README's {@code PredictExample} (the {@code java} block that starts with its imports). */
    static String source(Path readme) throws IOException {
        Matcher m = Pattern.compile("```java\\n(import [^`]*?public class PredictExample[^`]*?)```", Pattern.DOTALL)
                .matcher(Files.readString(readme));
        assertTrue(m.find(), "README has no complete PredictExample");
        return m.group(1);
    }

    /**
     * Checks the lines printed by {@code PredictExample STRUCTURE}: the 76 states of ubiquitin, P(strand), the three
     * best folds, the best long-range contact, the batch size, and the structure's Q3 and precision line.
     */
    static void checkOutput(List<String> lines) {
        assertEquals(8, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("[HEC]{76}"), lines.get(0));
        assertTrue(lines.get(1).matches("P\\(strand\\) at residue 3: [01]\\.\\d{3}"), lines.get(1));
        for (int k = 0; k < 3; k++) {
            assertTrue(lines.get(2 + k).matches("fold " + (k + 1) + ": [a-l]\\.\\d+ [01]\\.\\d{3}"), lines.get(2 + k));
        }
        Matcher contact = Pattern.compile("contact (\\d+)-(\\d+) [01]\\.\\d{3}").matcher(lines.get(5));
        assertTrue(contact.matches(), lines.get(5));
        assertTrue(Integer.parseInt(contact.group(2)) - Integer.parseInt(contact.group(1)) >= 24, lines.get(5));
        assertEquals("2 predictions", lines.get(6));
        assertTrue(lines.get(7).matches("structure_A: Q3 [01]\\.\\d{3}, long-range top-L/5 precision [01]\\.\\d{3}"),
                lines.get(7));
    }
}
