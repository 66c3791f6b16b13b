package org.protpred.pipeline.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The CASP RR text of a prediction, byte for byte. */
class ContactWriterTest {

    @Test
    void rrFormatExactly() {
        String seq = "ACDEFGHIKL".repeat(6);   // 60 residues: lines of 50 and 10
        ContactPrediction.Collector c = new ContactPrediction.Collector(5 * 60);
        c.add(0, 5, 0.99);          // separation 5: never kept
        c.add(0, 59, 0.25);
        c.add(9, 20, 0.875);
        c.add(3, 40, 0.5);
        c.add(10, 16, 0.1234567);
        String rr = ContactWriter.rr(c.finish("T0001", seq));
        assertEquals("PFRMAT RR\n"
                + "TARGET T0001\n"
                + "MODEL 1\n"
                + seq.substring(0, 50) + "\n"
                + seq.substring(50) + "\n"
                + "10 21 0 8 0.875\n"
                + "4 41 0 8 0.5\n"
                + "1 60 0 8 0.25\n"
                + "11 17 0 8 0.123457\n"
                + "END\n", rr);
    }

    @Test
    void atMostFiveLPairs() {
        String seq = "A".repeat(20);
        ContactPrediction.Collector c = new ContactPrediction.Collector(5 * 20);
        for (int i = 0; i < 20; i++) {
            for (int j = i + 6; j < 20; j++) {
                c.add(i, j, (i * 20 + j) / 1000.0);
            }
        }
        String rr = ContactWriter.rr(c.finish("x", seq));
        // 20 residues: 105 pairs with separation >= 6, at most 100 written
        assertEquals(100, rr.lines().filter(l -> l.matches("\\d+ \\d+ 0 8 .*")).count());
        assertEquals("14 20 0 8 0.279", rr.lines().skip(4).findFirst().orElseThrow());
    }
}
