package org.protpred.pipeline.fold;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.DataLocation;
import org.protpred.pipeline.RequiresData;
import org.protpred.pipeline.data.ScopeDataset;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.EvaluationRun;
import org.protpred.pipeline.task.LabelledSet;

/**
 * The shipped fold model on the held-out SCOPe test split (1,409 domains): the CNN alone reaches the floors top-1
 * >= 0.25 and top-5 >= 0.45, and the combined ranking beats the alignment alone in top-1. Needs the shared data
 * (skips without it, fails under CI=true); about two minutes on two cores.
 */
class FoldAccuracyDataTest {

    private static double[] topOneAndFive(String report) {
        String all = report.lines().filter(l -> l.trim().startsWith("all ")).findFirst().orElseThrow();
        String[] f = all.trim().split("\\s+");
        return new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])};
    }

    @Test
    void shippedModelMeetsTheFloorsOnTheTestSplit() {
        RequiresData.assume(DataLocation.folder(ScopeDataset.FOLDER).isPresent(), "SCOPe 2.07 40% ("
                + ScopeDataset.FOLDER + ")");
        LabelledSet test = FoldTask.labelledSet(FoldData.SCOPE_TEST);
        List<ProteinRecord> records = test.records();
        assertTrue(records.size() == 1409, "test split of " + records.size());
        FoldModel combined = new FoldTask(FoldMethod.COMBINED, Runtime.getRuntime().availableProcessors()).model(null);
        double[] cnn = score(test, combined.withMethod(FoldMethod.CNN));
        double[] align = score(test, combined.withMethod(FoldMethod.ALIGN));
        double[] both = score(test, combined);
        assertTrue(cnn[0] >= 0.25 && cnn[1] >= 0.45, "CNN top-1 " + cnn[0] + ", top-5 " + cnn[1]);
        assertTrue(both[0] > align[0], "combined top-1 " + both[0] + " vs alignment " + align[0]);
    }

    private static double[] score(LabelledSet set, FoldModel model) {
        return topOneAndFive(EvaluationRun.run(set, model, new FoldEvaluator(set.name(), model)));
    }
}
