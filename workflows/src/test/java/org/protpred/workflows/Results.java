package org.protpred.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the workflow's outputs, and what summary.tsv must say about a record according to the predictors' own
 * files (contract of issue 12: fractions of H/E/C in the predicted SS, the top fold of the ranking, RR pairs with
 * |i-j| >= 24 and probability >= 0.5).
 */
final class Results {
    static final String SUMMARY_HEADER =
            "id\tlength\thelix\tstrand\tcoil\ttop_fold\ttop_fold_probability\tlong_range_contacts\tstatus";

    private Results() {
    }

    /** The predicted 3-state string of a .horiz file (its Pred: lines joined). */
    static String predictedStates(Path horiz) throws IOException {
        StringBuilder states = new StringBuilder();
        for (String line : Files.readAllLines(horiz, StandardCharsets.UTF_8)) {
            if (line.startsWith("Pred:")) {
                states.append(line.substring(5).trim());
            }
        }
        return states.toString();
    }

    /** Rank 1 of a .rank file: {fold, probability}. */
    static String[] topFold(Path rank) throws IOException {
        for (String line : Files.readAllLines(rank, StandardCharsets.UTF_8)) {
            if (line.startsWith("1 ")) {
                String[] cells = line.trim().split("\\s+");
                return new String[] {cells[1], cells[2]};
            }
        }
        return fail(rank + ": no rank 1 line");
    }

    /** RR pairs of a .rr file with |i-j| >= 24 and probability >= 0.5. */
    static long longRangeContacts(Path rr) throws IOException {
        return Files.readAllLines(rr, StandardCharsets.UTF_8).stream().filter(l -> l.matches("\\d+ \\d+ .*"))
                .map(l -> l.trim().split("\\s+"))
                .filter(c -> Math.abs(Integer.parseInt(c[0]) - Integer.parseInt(c[1])) >= 24
                        && Double.parseDouble(c[4]) >= 0.5)
                .count();
    }

    /**
     * Asserts one summary.tsv row of a predicted record: its length, the SS fractions, top fold and long-range
     * contacts computed here from the record's files in the ss, fold and contacts folders, status ok.
     */
    static void assertRowAgrees(String row, String id, int length, Path ss, Path fold, Path contacts)
            throws IOException {
        String[] cells = row.split("\t", -1);
        assertEquals(9, cells.length, "columns of " + row);
        assertEquals(id, cells[0]);
        assertEquals(String.valueOf(length), cells[1], id + " length");
        String states = predictedStates(ss.resolve(id + ".horiz"));
        assertEquals(length, states.length(), id + " SS states");
        for (int i = 0; i < 3; i++) {
            char state = "HEC".charAt(i);
            double expected = states.chars().filter(c -> c == state).count() / (double) length;
            assertTrue(cells[2 + i].matches("\\d\\.\\d{4}"), id + " " + state + " fraction has 4 decimals: " + row);
            assertEquals(expected, Double.parseDouble(cells[2 + i]), 0.00005, id + " fraction of " + state);
        }
        String[] top = topFold(fold.resolve(id + ".rank"));
        assertEquals(top[0], cells[5], id + " top fold");
        assertEquals(Double.parseDouble(top[1]), Double.parseDouble(cells[6]), 0.00005, id + " top fold probability");
        assertEquals(String.valueOf(longRangeContacts(contacts.resolve(id + ".rr"))), cells[7],
                id + " long-range contacts");
        assertEquals("ok", cells[8], id + " status");
    }

    /** A run.json's number field (contract item 1), e.g. "records". */
    static int jsonNumber(Path runJson, String field) throws IOException {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(Files.readString(runJson));
        return m.find() ? Integer.parseInt(m.group(1)) : fail(runJson + ": no \"" + field + "\"");
    }

    /** The ids of a run.json's "failed" list. */
    static List<String> failedIds(Path runJson) throws IOException {
        String json = Files.readString(runJson);
        Matcher list = Pattern.compile("\"failed\"\\s*:\\s*\\[(.*?)\\]\\s*[,}]", Pattern.DOTALL).matcher(json);
        if (!list.find()) {
            return fail(runJson + ": no \"failed\" list");
        }
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"").matcher(list.group(1));
        return id.results().map(r -> r.group(1)).toList();
    }

    /** The run.json models' sha256 values. */
    static List<String> modelChecksums(Path runJson) throws IOException {
        Matcher m = Pattern.compile("\"sha256\"\\s*:\\s*\"([0-9a-fA-F]{64})\"").matcher(Files.readString(runJson));
        return m.results().map(r -> r.group(1).toLowerCase(Locale.ROOT)).toList();
    }

    /** Fails unless `protpred report` exists (issue 12's report step; until it lands the workflow cannot finish). */
    static void assertReportCommandExists(Path dir) throws IOException, InterruptedException {
        if (!Protpred.hasCommand(dir, "report")) {
            fail("bin/protpred has no 'report' command (protpred report IN.fasta RESULTS... -o DIR, contract of "
                    + "issue 12 item 4): the workflow's PROTPRED_REPORT step cannot run");
        }
    }

    static List<String> lines(Path file) throws IOException {
        return Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("\n"));
    }
}
