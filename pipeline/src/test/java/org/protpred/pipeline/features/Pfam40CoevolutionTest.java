package org.protpred.pipeline.features;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.DataLocation;
import org.protpred.pipeline.data.Pfam40Dataset;
import org.protpred.pipeline.labels.ContactMap;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * On the 40 Pfam families with natural alignments, MI with APC alone ranks true long-range contacts far above chance,
 * and mean-field DCA better still (measured: MI-APC 0.516, DCA 0.665, background 0.050):
 * for each family, the residue pairs with sequence separation >= 24 whose residues both have an alignment column are
 * ranked by MI-APC; precision of the top L/5 (L = number of such residues) is compared with the contact rate among all
 * those pairs (true contacts: C-beta within 8 A, from the structure).
 */
class Pfam40CoevolutionTest {

    @Test
    void miApcAndDcaRankLongRangeContactsWellAboveChance() {
        RequiresData.assume(DataLocation.folder(Pfam40Dataset.FOLDER).isPresent(), "pfam40 absent");
        double sumPrecision = 0;
        double sumBackground = 0;
        double sumDca = 0;
        int families = 0;
        try (Stream<ProteinRecord> s = Pfam40Dataset.shared().records()) {
            for (ProteinRecord r : (Iterable<ProteinRecord>) s::iterator) {
                AlignmentStatistics st = AlignmentStatistics.of(r.alignment(), r.sequence(),
                        AlignmentStatistics.DEFAULT_IDENTITY);
                double[][] apc = Coevolution.miApc(st, 0.0);
                double[][] dca = Coevolution.dcaApc(st, 0.5);
                ContactMap truth = ContactMap.of(r);
                boolean[] mapped = new boolean[r.length()];
                int nMapped = 0;
                for (int i = 0; i < r.length(); i++) {
                    for (int t = 1; t < st.depth() && !mapped[i]; t++) {
                        mapped[i] = st.state(t, i) != AlignmentStatistics.GAP;
                    }
                    nMapped += mapped[i] ? 1 : 0;
                }
                List<int[]> pairs = new ArrayList<>();
                int contacts = 0;
                for (int i = 0; i < r.length(); i++) {
                    for (int j = i + 24; j < r.length(); j++) {
                        if (mapped[i] && mapped[j]) {
                            pairs.add(new int[] {i, j});
                            contacts += truth.isContact(i, j) ? 1 : 0;
                        }
                    }
                }
                if (pairs.isEmpty()) {
                    continue;
                }
                int top = Math.max(1, nMapped / 5);
                double precision = precision(pairs, apc, truth, top);
                double dcaPrecision = precision(pairs, dca, truth, top);
                double background = (double) contacts / pairs.size();
                System.out.printf("%-8s L=%3d mapped=%3d Neff=%8.1f top-L/5 long-range precision MI-APC %.3f,"
                        + " DCA %.3f (background %.3f)%n", r.id(), r.length(), nMapped, st.neff(), precision,
                        dcaPrecision, background);
                sumPrecision += precision;
                sumDca += dcaPrecision;
                sumBackground += background;
                families++;
            }
        }
        double precision = sumPrecision / families;
        double background = sumBackground / families;
        double dcaPrecision = sumDca / families;
        System.out.printf("Pfam40: mean top-L/5 long-range precision MI-APC %.3f, mean-field DCA %.3f over %d"
                + " families; mean background contact rate %.3f%n", precision, dcaPrecision, families, background);
        assertEquals(40, families);
        assertTrue(precision >= 0.40, "precision " + precision);
        assertTrue(precision >= 6 * background, "precision " + precision + " background " + background);
        assertTrue(dcaPrecision >= 0.55, "DCA precision " + dcaPrecision);
        assertTrue(dcaPrecision > precision + 0.05, "DCA " + dcaPrecision + " vs MI-APC " + precision);
    }

    private static double precision(List<int[]> pairs, double[][] score, ContactMap truth, int top) {
        List<int[]> ranked = new ArrayList<>(pairs);
        ranked.sort(Comparator.comparingDouble((int[] p) -> -score[p[0]][p[1]]));
        int n = Math.min(top, ranked.size());
        int hits = 0;
        for (int k = 0; k < n; k++) {
            hits += truth.isContact(ranked.get(k)[0], ranked.get(k)[1]) ? 1 : 0;
        }
        return (double) hits / n;
    }
}
