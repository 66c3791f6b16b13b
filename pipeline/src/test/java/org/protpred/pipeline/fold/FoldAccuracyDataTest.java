package org.protpred.pipeline.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.protpred.models.core.DataLocation;
import org.protpred.pipeline.RequiresData;
import org.protpred.pipeline.data.ScopeDataset;
import org.protpred.pipeline.task.EvaluationRun;
import org.protpred.pipeline.task.LabelledSet;

/**
 * The shipped fold model on the held-out SCOPe test split (1,409 domains). Needs the shared data (skips without it,
 * fails under CI=true); several minutes on two shared cores (secondary structure of 1,409 domains, alignment search).
 */
class FoldAccuracyDataTest {

    private static LabelledSet testSet() {
        RequiresData.assume(DataLocation.folder(ScopeDataset.FOLDER).isPresent(), "SCOPe 2.07 40% ("
                + ScopeDataset.FOLDER + ")");
        LabelledSet test = FoldTask.labelledSet(FoldData.SCOPE_TEST);
        assertEquals(1409, test.records().size());
        return test;
    }

    private static FoldModel bundled(FoldMethod method) {
        return new FoldTask(method, Runtime.getRuntime().availableProcessors()).model(null);
    }

    private static double[] topOneAndFive(LabelledSet set, FoldModel model) {
        String report = EvaluationRun.run(set, model, new FoldEvaluator(set.name(), model));
        String all = report.lines().filter(l -> l.trim().startsWith("all ")).findFirst().orElseThrow();
        String[] f = all.trim().split("\\s+");
        return new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])};
    }

    /**
     * The learned combination: the alignment ranking at its shipped level, and the combined ranking at least 0.5
     * points of top-1 and 1 point of top-5 above it (shipped model: align 0.7587 / 0.7977, combined 0.7693 / 0.8204;
     * before the learned combination 0.7424 / 0.7771 and 0.7488 / 0.7999). The aim, combined top-1 at least
     * 2 points above the alignment's, is not met by the shipped model (see its model card).
     */
    @Test
    void combinedIsAboveAlignmentAlone() {
        LabelledSet test = testSet();
        FoldModel combined = bundled(FoldMethod.COMBINED);
        double[] align = topOneAndFive(test, combined.withMethod(FoldMethod.ALIGN));
        double[] both = topOneAndFive(test, combined);
        assertTrue(align[0] >= 0.755 && align[1] >= 0.79, "alignment top-1 " + align[0] + ", top-5 " + align[1]);
        assertTrue(both[0] >= align[0] + 0.005, "combined top-1 " + both[0] + " vs alignment " + align[0]);
        assertTrue(both[1] >= align[1] + 0.01, "combined top-5 " + both[1] + " vs alignment " + align[1]);
    }

    /**
     * What the shipped CNN reaches alone (test top-1 0.1235, top-5 0.2498; the ReLU network before it 0.1093 /
     * 0.2520, and before that 3 epochs of a smaller network: 0.0575 / 0.1419): a regression floor below the project's (top-1 >= 0.25, top-5 >= 0.45, not met: issue 10 and the model card
     * keep it; a test that could only be skipped would hide it).
     */
    @Test
    void cnnAloneKeepsTheShippedModelsAccuracy() {
        double[] cnn = topOneAndFive(testSet(), bundled(FoldMethod.CNN));
        assertTrue(cnn[0] >= 0.115 && cnn[1] >= 0.24, "CNN top-1 " + cnn[0] + ", top-5 " + cnn[1]);
    }
}
