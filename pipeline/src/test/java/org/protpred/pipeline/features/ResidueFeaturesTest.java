package org.protpred.pipeline.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.Alignment;
import org.protpred.pipeline.protein.Profile;
import org.protpred.pipeline.protein.ProteinRecord;

class ResidueFeaturesTest {

    @Test
    void oneHotPutsEachResidueInItsAlphabetColumnAndUnknownLast() {
        float[][] f = ResidueFeatures.extract(ProteinRecord.of("p", "ACYX"), FeatureSpec.of(FeatureGroup.of("onehot")));
        assertEquals(4, f.length);
        assertEquals(21, f[0].length);
        float[] a = new float[21];
        a[0] = 1;
        float[] c = new float[21];
        c[1] = 1;
        float[] y = new float[21];
        y[19] = 1;
        float[] x = new float[21];
        x[20] = 1;
        assertArrayEquals(a, f[0]);
        assertArrayEquals(c, f[1]);
        assertArrayEquals(y, f[2]);
        assertArrayEquals(x, f[3]);
        assertEquals("aa_A", FeatureSpec.of(FeatureGroup.of("onehot")).columnNames().get(0));
        assertEquals("aa_X", FeatureSpec.of(FeatureGroup.of("onehot")).columnNames().get(20));
    }

    @Test
    void propertyTablesGiveLiteratureValuesOrTheirZScores() {
        FeatureSpec raw = FeatureSpec.of(FeatureGroup.of("hydrophobicity", "scale", "kyte_doolittle",
                "standardise", "false"), FeatureGroup.of("atchley", "standardise", "false"));
        float[][] f = ResidueFeatures.extract(ProteinRecord.of("p", "IRX"), raw);
        assertEquals(4.5f, f[0][0], 1e-6);
        assertEquals(-4.5f, f[1][0], 1e-6);
        // X: mean of the Kyte-Doolittle scale over the 20 amino acids = -9.8 / 20
        assertEquals(-0.49f, f[2][0], 1e-6);
        // Atchley et al. 2005, arginine: 1.538 -0.055 1.502 0.440 2.897
        assertArrayEquals(new float[] {1.538f, -0.055f, 1.502f, 0.440f, 2.897f},
                java.util.Arrays.copyOfRange(f[1], 1, 6), 1e-6f);

        float[][] z = ResidueFeatures.extract(ProteinRecord.of("p", "IX"),
                FeatureSpec.of(FeatureGroup.of("hydrophobicity")));
        double[] kd = {1.8, 2.5, -3.5, -3.5, 2.8, -0.4, -3.2, 4.5, -3.9, 3.8, 1.9, -3.5, -1.6, -3.5, -4.5, -0.8, -0.7,
            4.2, -0.9, -1.3};
        double mean = -0.49;
        double ss = 0;
        for (double v : kd) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / 20);
        assertEquals((4.5 - mean) / sd, z[0][0], 1e-5);
        assertEquals(0f, z[1][0], 1e-7);
    }

    @Test
    void positionAndLengthTerms() {
        FeatureSpec spec = FeatureSpec.of(FeatureGroup.of("position"), FeatureGroup.of("length"));
        float[][] f = ResidueFeatures.extract(ProteinRecord.of("p", "A".repeat(11)), spec);
        assertArrayEquals(new float[] {0f, 0f, (float) Math.tanh(1.0), (float) (Math.log(11) / Math.log(1000))}, f[0],
                1e-6f);
        assertArrayEquals(new float[] {0.5f, (float) Math.tanh(0.5), (float) Math.tanh(0.5),
            (float) (Math.log(11) / Math.log(1000))}, f[5], 1e-6f);
        assertEquals(1f, f[10][0], 1e-7);
        assertEquals(List.of("pos_relative", "pos_nterm", "pos_cterm", "len_log"), spec.columnNames());
    }

    @Test
    void singleSequenceSpecHas34ColumnsAndNeedsNothing() {
        FeatureSpec s = FeatureSpec.singleSequence();
        assertEquals(34, s.width());
        assertEquals(34, s.columnNames().size());
        assertTrue(s.isSingleSequence());
        float[][] f = ResidueFeatures.extract(ProteinRecord.of("p", "MKV"), s);
        assertEquals(3, f.length);
        assertEquals(34, f[0].length);
    }

    /**
     * Three rows over four columns; at 80% identity rows 1 and 2 (identical) are each other's only neighbours, so
     * the weights are 1/2, 1/2, 1 and Neff = 2. With pseudocount b = 1: column 1 has c(A) = c(G) = 1, n = 2, so
     * f(A) = (1 + 1/20) / 3 = 0.35 and an absent residue gets (1/20) / 3; column 3 has one gap, c(D) = 1, n = 1,
     * so f(D) = (1 + 1/20) / 2 = 0.525.
     */
    @Test
    void profileFromAThreeSequenceAlignmentByHand() {
        Alignment aln = new Alignment(List.of("q", "copy", "other"), List.of("ACDE", "ACDE", "GC-E"), "test.aln");
        ProteinRecord r = ProteinRecord.of("q", "ACDE").withAlignment(aln);
        AlignmentStatistics st = AlignmentStatistics.of(aln, r.sequence(), 0.8);
        assertEquals(0.5, st.weight(0), 1e-12);
        assertEquals(0.5, st.weight(1), 1e-12);
        assertEquals(1.0, st.weight(2), 1e-12);
        assertEquals(2.0, st.neff(), 1e-12);

        FeatureSpec spec = FeatureSpec.of(FeatureGroup.of("profile", "source", "alignment", "pseudocount", "1"));
        float[][] f = ResidueFeatures.extract(r, spec);
        int a = 0;
        int c = 1;
        int d = 2;
        int g = 5;
        assertEquals(0.35f, f[0][a], 1e-6);
        assertEquals(0.35f, f[0][g], 1e-6);
        assertEquals(0.05f / 3, f[0][c], 1e-6);
        assertEquals(2.05f / 3, f[1][c], 1e-6);
        assertEquals(0.525f, f[2][d], 1e-6);
        assertEquals(0.025f, f[2][a], 1e-6);
        for (float[] row : f) {
            double sum = 0;
            for (float v : row) {
                sum += v;
            }
            assertEquals(1.0, sum, 1e-5);
        }
    }

    @Test
    void pssmScoresGoThroughTheLogisticFunction() {
        double[][] freq = new double[2][20];
        double[][] scores = new double[2][20];
        freq[0][0] = 1;
        freq[1][1] = 1;
        scores[0][0] = 2;
        scores[1][3] = -1;
        ProteinRecord r = ProteinRecord.of("p", "AC").withProfile(new Profile(freq, scores, "p.pssm"));
        float[][] s = ResidueFeatures.extract(r, FeatureSpec.of(FeatureGroup.of("profile", "source", "pssm",
                "values", "scores")));
        assertEquals(1 / (1 + Math.exp(-2)), s[0][0], 1e-6);
        assertEquals(0.5f, s[0][1], 1e-7);
        assertEquals(1 / (1 + Math.exp(1)), s[1][3], 1e-6);
        assertEquals("pssm_A", FeatureSpec.of(FeatureGroup.of("profile", "source", "pssm", "values", "scores"))
                .columnNames().get(0));
        float[][] f = ResidueFeatures.extract(r, FeatureSpec.withProfile());
        assertEquals(1f, f[1][34 + 1], 1e-7);
    }

    @Test
    void recordWithoutProfileIsRefusedWithAOneLineMessage() {
        InputException e = assertThrows(InputException.class,
                () -> ResidueFeatures.extract(ProteinRecord.of("X", "ACD"), FeatureSpec.withProfile()));
        assertEquals("record 'X' has no profile, but the model was trained with profile features: pass --pssm or --msa",
                e.getMessage());
        InputException e2 = assertThrows(InputException.class, () -> FeatureSpec.contacts()
                .check(ProteinRecord.of("Y", "ACD")));
        assertTrue(e2.getMessage().contains("'Y' has no"), e2.getMessage());
    }

    @Test
    void alignmentOfTheWrongWidthIsRefused() {
        Alignment aln = new Alignment(List.of("q"), List.of("ACD"), "short.aln");
        ProteinRecord r = ProteinRecord.of("q", "ACDE").withAlignment(aln);
        InputException e = assertThrows(InputException.class, () -> ResidueFeatures.extract(r,
                FeatureSpec.withProfile()));
        assertEquals("short.aln: alignment has 3 columns but the sequence has 4 residues", e.getMessage());
    }
}
