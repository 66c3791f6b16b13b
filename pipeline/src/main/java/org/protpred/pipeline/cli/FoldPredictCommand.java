package org.protpred.pipeline.cli;

import java.nio.file.Path;
import org.protpred.pipeline.fold.FoldPrediction;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code protpred predict fold}. */
@Command(name = "fold", mixinStandardHelpOptions = true,
        description = {"Rank the SCOP folds (SCOPe 2.07) a protein domain may belong to: a DeepSF-style 1-D CNN "
                + "over one-hot, physico-chemical and predicted secondary-structure features, combined with the "
                + "best local alignments among the model's training domains (--method combined, the default; cnn "
                + "or align for one alone).",
            "Writes DIR/<id>.rank (a '#' header naming the model and method, the line 'Rank Fold Probability "
                + "Evidence', then the 10 best folds: rank, fold id, probability, and the best alignment hit of "
                + "that fold 'd1dlwa_ 34.5%%' or '-') and DIR/folds.tsv (id, length, top fold, its probability, "
                + "top-5 folds); with --format json also DIR/<id>.fold.json. A record that cannot be read is reported "
                + "and skipped; the exit status is then 2.",
            "Example: protpred predict fold domains.fasta -o out"})
final class FoldPredictCommand extends TaskPredictCommand<FoldPrediction> {
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
}
