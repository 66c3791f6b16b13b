package org.protpred.pipeline.align;

import org.protpred.pipeline.RequiresData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.DataLocation;
import org.protpred.pipeline.data.Cb513Ts115Dataset;
import org.protpred.pipeline.data.NetSurfP2Dataset;
import org.protpred.pipeline.data.PiscesDataset;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * The homology filter on the real PISCES set against CB513, TS115 and NEW364 (skipped without the data): on a seeded
 * sample of PISCES chains, every chain the filter keeps is checked by full Smith-Waterman alignment against every
 * CB513 and TS115 chain, so a miss of the k-mer prefilter would show.
 */
class HomologyFilterDataTest {

    private static final int SAMPLE = 120;
    private static final int CHECKED = 40;

    @Test
    void keptChainsHaveNoHomologInCb513OrTs115() {
        RequiresData.assume(DataLocation.folder(PiscesDataset.FOLDER).isPresent()
                && DataLocation.folder(Cb513Ts115Dataset.FOLDER).isPresent()
                && DataLocation.folder(NetSurfP2Dataset.FOLDER).isPresent(), "PISCES or test sets not present");
        List<ProteinRecord> tests = new ArrayList<>(Cb513Ts115Dataset.cb513().readAll());
        tests.addAll(Cb513Ts115Dataset.ts115().readAll());
        List<ProteinRecord> references = new ArrayList<>(tests);
        references.addAll(NetSurfP2Dataset.standard(NetSurfP2Dataset.Split.TEST).readAll());
        List<ProteinRecord> pisces = new ArrayList<>(PiscesDataset.standard().readAll());
        Collections.shuffle(pisces, new Random(17));
        List<ProteinRecord> sample = pisces.subList(0, SAMPLE);

        HomologyFilter.Outcome o = new HomologyFilter(references).homologs(sample, 2);
        System.out.printf("homology filter sample: %d of %d PISCES chains removed (%d pairs aligned of %d), "
                + "%.1f s%n", o.stats().homologs(), SAMPLE, o.stats().alignedPairs(),
                (long) SAMPLE * references.size(), o.stats().seconds());
        assertEquals(985, references.size());
        assertTrue(o.stats().homologs() > 0 && o.stats().homologs() < SAMPLE / 2, o.stats().toString());

        int checked = 0;
        for (int n = 0; n < SAMPLE && checked < CHECKED; n++) {
            if (o.hits().get(n) != null) {
                continue;
            }
            checked++;
            ProteinRecord chain = sample.get(n);
            for (ProteinRecord t : tests) {
                LocalAlignment.Result a = LocalAlignment.align(chain.sequence(), t.sequence());
                assertTrue(!HomologyFilter.isHomolog(a), chain.id() + " kept but homologous to " + t.id() + ": " + a);
            }
        }
        assertEquals(CHECKED, checked);
    }
}
