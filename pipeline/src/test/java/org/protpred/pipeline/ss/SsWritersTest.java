package org.protpred.pipeline.ss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SsWritersTest {

    /** Probabilities in H, E, C order. */
    private static SsPrediction example() {
        return new SsPrediction("ex1", "MKTA", new float[][] {
            {0.12f, 0.1f, 0.78f},
            {0.72f, 0.18f, 0.1f},
            {0.15f, 0.52f, 0.33f},
            {0.05f, 0.05f, 0.9f}});
    }

    @Test
    void statesAndConfidence() {
        SsPrediction p = example();
        assertEquals("CHEC", p.states());
        // floor(10 * (top - second)): 0.66 -> 6, 0.54 -> 5, 0.19 -> 1, 0.85 -> 8
        assertEquals(6, p.confidence(0));
        assertEquals(5, p.confidence(1));
        assertEquals(1, p.confidence(2));
        assertEquals(8, p.confidence(3));
    }

    @Test
    void ss2IsPsipredVerticalFormat() {
        String expected = "# PSIPRED VFORMAT (protpred 1.2)\n"
                + "\n"
                + "   1 M C   0.780  0.120  0.100\n"
                + "   2 K H   0.100  0.720  0.180\n"
                + "   3 T E   0.330  0.150  0.520\n"
                + "   4 A C   0.900  0.050  0.050\n";
        assertEquals(expected, SsWriters.ss2(example(), "1.2"));
    }

    @Test
    void horizIsPsipredHorizontalFormat() {
        String expected = "# PSIPRED HFORMAT (protpred 1.2)\n"
                + "\n"
                + "Conf: 6518\n"
                + "Pred: CHEC\n"
                + "  AA: MKTA\n"
                + "      \n"
                + "\n";
        assertEquals(expected, SsWriters.horiz(example(), "1.2"));
    }

    @Test
    void horizBlocksOfSixtyWithRuler() {
        int n = 75;
        float[][] probs = new float[n][];
        StringBuilder seq = new StringBuilder();
        for (int i = 0; i < n; i++) {
            probs[i] = new float[] {1f, 0f, 0f};
            seq.append('A');
        }
        String text = SsWriters.horiz(new SsPrediction("h", seq.toString(), probs), "x");
        String[] lines = text.split("\n", -1);
        assertEquals("Conf: " + "9".repeat(60), lines[2]);
        assertEquals("Pred: " + "H".repeat(60), lines[3]);
        assertEquals("  AA: " + "A".repeat(60), lines[4]);
        assertEquals("              10        20        30        40        50        60", lines[5]);
        assertEquals("", lines[6]);
        assertEquals("Conf: " + "9".repeat(15), lines[7]);
        assertEquals("              70", lines[10]);
    }

    @Test
    void fastaAndJson() {
        assertEquals(">ex1\nCHEC\n", SsWriters.fasta(example()));
        assertEquals("{\"id\":\"ex1\",\"sequence\":\"MKTA\",\"states\":\"CHEC\",\"labels\":[\"H\",\"E\",\"C\"],"
                + "\"probabilities\":[[0.1200,0.1000,0.7800],[0.7200,0.1800,0.1000],[0.1500,0.5200,0.3300],"
                + "[0.0500,0.0500,0.9000]]}\n", SsWriters.json(example()));
        SsPrediction odd = new SsPrediction("a\"b\\c\td", "M", new float[][] {{0.5f, 0.25f, 0.25f}});
        assertTrue(SsWriters.json(odd).startsWith("{\"id\":\"a\\\"b\\\\c\\td\","), SsWriters.json(odd));
    }

    /** The .ss2 probabilities are written exactly as {@code %6.3f} writes them, halves and tiny values included. */
    @Test
    void fixedThreeDecimalsAsTheFormatter() {
        java.util.Random random = new java.util.Random(7);
        java.util.List<Float> values = new java.util.ArrayList<>(java.util.List.of(0f, 1f, 0.0005f, 0.0004999f,
                0.9995f, 0.1235f, 0.1245f, 0.5f, 1e-8f, 0.99999994f, 12.3456f, 123.4567f, -0.25f, Float.NaN,
                Float.POSITIVE_INFINITY));
        for (int k = 0; k < 200_000; k++) {
            values.add(k % 2 == 0 ? random.nextFloat() : Math.round(random.nextFloat() * 2000) / 2000f);
        }
        for (float v : values) {
            StringBuilder sb = new StringBuilder();
            SsWriters.appendFixed3(sb, v);
            assertEquals(String.format(java.util.Locale.ROOT, "%6.3f", v), sb.toString(), "value " + v);
        }
    }
}
