package org.protpred.pipeline.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The profile's score-only aligner gives exactly {@link LocalAlignment#align}'s score, and its counting aligner exactly
 * {@link LocalAlignment#align}'s result (score, identities, pairs), whatever the pair.
 */
class QueryProfileTest {

    private static final String AMINO = "ACDEFGHIKLMNPQRSTVWY";
    /** Standard residues plus letters read as X. */
    private static final String WITH_UNKNOWN = AMINO + "XBZ";

    private static String random(Random r, int length, String letters) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(letters.charAt(r.nextInt(letters.length())));
        }
        return s.toString();
    }

    /** A homolog of {@code s}: substitutions at {@code rate}, and insertions and deletions of 1-8 residues. */
    private static String mutate(Random r, String s, double rate) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            double u = r.nextDouble();
            if (u < 0.02) {
                i += r.nextInt(8);                                  // deletion
                continue;
            }
            if (u < 0.04) {
                out.append(random(r, 1 + r.nextInt(8), AMINO));    // insertion
            }
            out.append(r.nextDouble() < rate ? AMINO.charAt(r.nextInt(20)) : s.charAt(i));
        }
        return out.toString();
    }

    private static void assertSameScore(String a, String b) {
        int expected = LocalAlignment.align(a, b).score();
        assertEquals(expected, new QueryProfile(LocalAlignment.encode(a)).score(LocalAlignment.encode(b)), a + " / " + b);
        assertEquals(expected, new QueryProfile(LocalAlignment.encode(b)).score(LocalAlignment.encode(a)), b + " / " + a);
        assertSameAlignment(a, b);
        assertSameAlignment(b, a);
    }

    /** Both counting alignments, the plain one and the one cut short by a score pass, equal the reference. */
    private static void assertSameAlignment(String query, String subject) {
        LocalAlignment.Result expected = LocalAlignment.align(query, subject);
        QueryProfile profile = new QueryProfile(LocalAlignment.encode(query));
        byte[] s = LocalAlignment.encode(subject);
        assertEquals(expected, profile.align(s), query + " / " + subject);
        int score = profile.score(s);
        assertEquals(expected, profile.align(s, score, profile.lastScoreEnd()), query + " / " + subject + " (cut)");
    }

    @Test
    void edgeCases() {
        assertSameScore("", "");
        assertSameScore("", "ACDEF");
        assertSameScore("W", "W");
        assertSameScore("W", "D");
        assertSameScore("X", "X");
        assertSameScore("XXXXX", "XXXXX");
        assertSameScore("A", "ACDEFGHIKLMNPQRSTVWY");
        assertSameScore(AMINO, AMINO);
        assertSameScore("ACDEFGHIKLWWMNPQRSTVWY", AMINO);
        assertEquals(116, new QueryProfile(LocalAlignment.encode(AMINO)).score(LocalAlignment.encode(AMINO)));
        assertEquals(0, new QueryProfile(new byte[0]).score(LocalAlignment.encode(AMINO)));
    }

    @Test
    void randomPairsIncludingUnknownLetters() {
        Random r = new Random(42);
        for (int t = 0; t < 300; t++) {
            assertSameScore(random(r, r.nextInt(120), WITH_UNKNOWN), random(r, r.nextInt(120), WITH_UNKNOWN));
        }
    }

    @Test
    void homologousPairsWithGaps() {
        Random r = new Random(43);
        for (int t = 0; t < 200; t++) {
            String parent = random(r, 20 + r.nextInt(250), t % 5 == 0 ? WITH_UNKNOWN : AMINO);
            String child = mutate(r, parent, 0.1 + 0.7 * r.nextDouble());
            assertSameScore(parent, child);
            assertSameScore(parent, parent);
        }
    }

    @Test
    void oneProfileScoresManySubjectsIndependently() {
        Random r = new Random(44);
        String query = random(r, 150, AMINO);
        QueryProfile profile = new QueryProfile(LocalAlignment.encode(query));
        for (int t = 0; t < 100; t++) {
            String subject = t % 2 == 0 ? mutate(r, query, 0.5) : random(r, r.nextInt(300), WITH_UNKNOWN);
            assertEquals(LocalAlignment.align(query, subject).score(), profile.score(LocalAlignment.encode(subject)));
            assertEquals(LocalAlignment.align(query, subject), profile.align(LocalAlignment.encode(subject)));
            int score = profile.score(LocalAlignment.encode(subject));
            assertEquals(LocalAlignment.align(query, subject),
                    profile.align(LocalAlignment.encode(subject), score, profile.lastScoreEnd()));
        }
        assertEquals(150, profile.length());
    }

    @Test
    void bestUngappedEqualsLocalAlignmentsOnEveryDiagonal() {
        Random r = new Random(45);
        for (int t = 0; t < 60; t++) {
            String a = random(r, r.nextInt(80), WITH_UNKNOWN);
            String b = t % 2 == 0 ? mutate(r, a, 0.3) : random(r, r.nextInt(80), WITH_UNKNOWN);
            byte[] ea = LocalAlignment.encode(a);
            byte[] eb = LocalAlignment.encode(b);
            QueryProfile profile = new QueryProfile(ea);
            for (int shift = -ea.length - 2; shift <= eb.length + 2; shift++) {
                assertEquals(LocalAlignment.bestUngapped(ea, eb, shift), profile.bestUngapped(eb, shift),
                        a + " / " + b + " shift " + shift);
            }
        }
    }

    /** Many equal-scoring paths (repeats, low complexity): the counting aligner must pick the same one. */
    @Test
    void countsOfTiedPathsMatch() {
        Random r = new Random(46);
        String[] pieces = {"AAAA", "WW", "GAGA", "X", "LLLLLLLL", "KE", "C"};
        for (int t = 0; t < 200; t++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                a.append(pieces[r.nextInt(pieces.length)]);
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            assertSameAlignment(a.toString(), b.toString());
            assertSameAlignment(b.toString(), a.toString());
        }
    }
}
