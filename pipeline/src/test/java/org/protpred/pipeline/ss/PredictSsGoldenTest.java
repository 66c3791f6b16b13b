package org.protpred.pipeline.ss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.protpred.models.core.ModelFile;
import org.protpred.pipeline.cli.CliRun;

/**
 * {@code predict ss} of the bundled example with the bundled 3- and 8-state models gives the files recorded under
 * {@code src/test/resources/golden/predict-ss/} before secondary structure moved onto the task layer (with one
 * OpenMP thread they are the same bytes; the version in the PSIPRED headers aside), so that refactoring the shared
 * flow cannot change a prediction. With several threads the native operations may sum in another order, so a
 * printed probability may differ in its last decimal and a confidence digit by one: that much is allowed, nothing
 * else.
 */
class PredictSsGoldenTest {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.(\\d+)");

    /** Where {@code got} differs from {@code want} beyond last-digit noise, or null. */
    static String difference(String want, String got) {
        String[] a = want.split("\n", -1);
        String[] b = got.split("\n", -1);
        if (a.length != b.length) {
            return a.length + " lines recorded, " + b.length + " written";
        }
        for (int i = 0; i < a.length; i++) {
            if (!sameLine(a[i], b[i])) {
                return "line " + (i + 1) + ": recorded '" + abbreviate(a[i]) + "', written '" + abbreviate(b[i]) + "'";
            }
        }
        return null;
    }

    private static boolean sameLine(String a, String b) {
        if (a.startsWith("Conf: ") && b.startsWith("Conf: ") && a.length() == b.length()) {
            for (int k = 6; k < a.length(); k++) {
                if (Math.abs(a.charAt(k) - b.charAt(k)) > 1) {
                    return false;
                }
            }
            return true;
        }
        Matcher ma = DECIMAL.matcher(a);
        Matcher mb = DECIMAL.matcher(b);
        int ea = 0;
        int eb = 0;
        while (ma.find()) {
            if (!mb.find() || !a.substring(ea, ma.start()).equals(b.substring(eb, mb.start()))
                    || ma.group(1).length() != mb.group(1).length()) {
                return false;
            }
            double unit = Math.pow(10, -ma.group(1).length());
            if (Math.abs(Double.parseDouble(ma.group()) - Double.parseDouble(mb.group())) > 1.5 * unit) {
                return false;
            }
            ea = ma.end();
            eb = mb.end();
        }
        return !mb.find() && a.substring(ea).equals(b.substring(eb));
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(ints = {3, 8})
    void predictionsOfTheBundledExampleAreUnchanged(int states) throws IOException, URISyntaxException {
        Path golden = Path.of(PredictSsGoldenTest.class.getResource("/golden/predict-ss/states" + states).toURI());
        Path example = Path.of("..", "resources", "examples", "example.fasta");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.run("predict", "ss", "--states", Integer.toString(states), "--format", "json",
                example.toString(), "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        List<String> expected;
        try (Stream<Path> files = Files.list(golden)) {
            expected = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> files = Files.list(out)) {   // and run.json, the run's provenance (dates vary)
            assertEquals(expected, files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("run.json"))
                    .sorted().toList());
        }
        org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(out.resolve("run.json")));
        for (String name : expected) {
            String want = Files.readString(golden.resolve(name)).replace("(protpred 0.1.0-SNAPSHOT)",
                    "(protpred " + ModelFile.protpredVersion() + ")");
            String got = Files.readString(out.resolve(name));
            assertEquals(null, difference(want, got), name);
        }
    }

    @org.junit.jupiter.api.Test
    void theComparisonAllowsLastDigitNoiseOnly() {
        assertEquals(null, difference("   1 M C   0.812  0.100 0.088\n", "   1 M C   0.813  0.100 0.088\n"));
        assertEquals(null, difference("Conf: 9871\n", "Conf: 9872\n"));
        org.junit.jupiter.api.Assertions.assertNotNull(difference("   1 M C   0.812\n", "   1 M H   0.812\n"));
        org.junit.jupiter.api.Assertions.assertNotNull(difference("[0.8135,0.0100]", "[0.8235,0.0100]"));
        org.junit.jupiter.api.Assertions.assertNotNull(difference("[0.0100]", "[0.01]"));
        org.junit.jupiter.api.Assertions.assertNotNull(difference("Conf: 9871\n", "Conf: 9851\n"));
        org.junit.jupiter.api.Assertions.assertNotNull(difference("a\n", "a\nb\n"));
    }
}
