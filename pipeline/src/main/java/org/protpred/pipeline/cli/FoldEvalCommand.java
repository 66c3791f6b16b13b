package org.protpred.pipeline.cli;

import java.nio.file.Path;
import java.util.List;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.fold.FoldData;
import org.protpred.pipeline.fold.FoldPrediction;
import org.protpred.pipeline.fold.FoldTask;
import org.protpred.pipeline.task.LabelledSet;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code protpred eval fold}. */
@Command(name = "fold", mixinStandardHelpOptions = true,
        description = {"Score a fold model: top-1, top-5 and top-10 accuracy overall, by SCOP class and by domain "
                + "length, the domains without an alignment hit, and the residues the network computed (padded to "
                + "the length bins) against the real ones.",
            "Sets: " + FoldData.SCOPE_TEST + " (the held-out test split of SCOPe 2.07 40%%, seed 20070), "
                + FoldData.SCOPE_VALIDATION + ", or FILE: a FASTA whose headers' second field is the sccs, as in "
                + "ASTRAL files ('>d1dlwa_ a.1.1.1 ...').",
            "Example: protpred eval fold --set scope-test --method cnn"})
final class FoldEvalCommand extends TaskEvalCommand<FoldPrediction> {
    @Mixin
    FoldOptions fold;

    @Override
    protected Task<FoldPrediction> task() {
        return fold.task();
    }

    @Override
    protected Predictor<FoldPrediction> predictor(Path file) {
        return fold.model(file);
    }

    @Override
    protected LabelledSet labelledSet(String set, List<Path> labels) {
        if (labels != null && !labels.isEmpty()) {
            throw new InputException("eval fold takes no --labels: the folds come from the FASTA headers");
        }
        return FoldTask.labelledSet(set);
    }
}
