package org.protpred.pipeline.fold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.protpred.models.core.ModelMetadata;
import org.protpred.pipeline.data.CachedRecord;
import org.protpred.pipeline.data.FeatureCache;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.TaskTraining;
import org.protpred.pipeline.task.TrainedModel;

/**
 * What {@code train fold} does once the network is trained: the {@link FoldLibrary} of the training domains (that
 * the model file will hold), and the {@link FoldCombination} fitted on the validation split from the network's
 * probabilities and the alignment hits of the validation domains; the validation top-1/top-5 of the three methods
 * go into the metadata.
 */
public final class FoldTraining {

    /** The extra metadata and entries of the model file, and a summary line. */
    public record Finished(Map<String, String> extra, Map<String, byte[]> entries, String summary) {
    }

    private FoldTraining() {
    }

    /** The library of a dataset's domains (the first {@code limit} if {@code limit > 0}). */
    public static FoldLibrary library(List<ProteinRecord> records) {
        List<String> ids = new ArrayList<>();
        List<String> folds = new ArrayList<>();
        List<String> seqs = new ArrayList<>();
        for (ProteinRecord r : records) {
            ids.add(r.id());
            folds.add(r.fold());
            seqs.add(r.sequence());
        }
        return new FoldLibrary(ids, folds, seqs);
    }

    public static Finished finish(TaskTraining.Outcome outcome, FoldTrainingRecipe recipe, FoldData.Parts parts,
                                  FeatureCache cache, int limit, int threads, int searchDepth,
                                  Consumer<String> log) {
        long start = System.nanoTime();
        List<ProteinRecord> train;
        try (Stream<ProteinRecord> s = parts.train().records()) {
            train = s.limit(limit > 0 ? limit : Long.MAX_VALUE).toList();
        }
        FoldLibrary library = library(train).withMaxCandidates(searchDepth);
        byte[] bytes = library.toBytes();
        log.accept(String.format(Locale.ROOT, "alignment library: %d training domains, %d bytes compressed",
                library.size(), bytes.length));
        TrainedModel trained = TrainedModel.of(outcome.network(),
                ModelMetadata.of(recipe.kind(), recipe.spec().toJson(), recipe.labels(), recipe.settings()));
        FoldModel model = FoldModel.of(trained, library, FoldMethod.CNN, threads);
        Finished fitted = fitCombination(model, parts, cache, threads, log, start);
        return new Finished(fitted.extra(), Map.of(FoldLibrary.ENTRY, bytes), fitted.summary());
    }

    /**
     * Fits the combination of a model's network and library on the validation split: the metadata it adds (weights,
     * library size, validation top-1/top-5 of each method) and a summary line; no entries.
     */
    public static Finished fitCombination(FoldModel model, FoldData.Parts parts, FeatureCache cache, int threads,
                                          Consumer<String> log) {
        return fitCombination(model, parts, cache, threads, log, System.nanoTime());
    }

    private static Finished fitCombination(FoldModel model, FoldData.Parts parts, FeatureCache cache, int threads,
                                           Consumer<String> log, long start) {
        FoldLibrary library = model.library();
        List<CachedRecord> validation = cache.load(parts.validation(), model.featureSpec());
        List<float[][]> features = new ArrayList<>();
        List<String> seqs = new ArrayList<>();
        List<String> truthFolds = new ArrayList<>();
        for (CachedRecord r : validation) {
            features.add(r.features());
            seqs.add(r.sequence());
            truthFolds.add(r.fold());
        }
        List<float[]> cnn = model.cnnProbabilitiesOfFeatures(features);
        log.accept("alignment search of " + seqs.size() + " validation domains on " + threads + " threads");
        List<Map<String, FoldLibrary.Hit>> hits = library.searchAll(seqs, threads);
        int[] truth = model.labelIndices(truthFolds);
        double[] prior = model.prior();
        FoldCombination fitted = FoldCombination.fit(model.folds(), cnn, prior, hits, truth);
        Map<String, String> extra = new LinkedHashMap<>(fitted.metadata());
        extra.put(FoldModel.SEARCH_DEPTH, Integer.toString(library.maxCandidates()));
        extra.put("librarySize", Integer.toString(library.size()));
        StringBuilder summary = new StringBuilder("combination fitted on validation:");
        for (FoldMethod m : FoldMethod.values()) {
            double[] a = fitted.accuracy(m, model.folds(), cnn, prior, hits, truth);
            extra.put("validationTop1" + cap(m), String.format(Locale.ROOT, "%.4f", a[0]));
            extra.put("validationTop5" + cap(m), String.format(Locale.ROOT, "%.4f", a[1]));
            summary.append(String.format(Locale.ROOT, " %s top-1 %.4f top-5 %.4f;", m.label(), a[0], a[1]));
        }
        long noHit = hits.stream().filter(Map::isEmpty).count();
        extra.put("validationNoHit", Long.toString(noHit));
        summary.append(String.format(Locale.ROOT, " no hit %d of %d; %.0f s", noHit, hits.size(),
                (System.nanoTime() - start) / 1e9));
        log.accept(summary.toString());
        return new Finished(extra, Map.of(), summary.toString());
    }

    private static String cap(FoldMethod m) {
        return m.label().substring(0, 1).toUpperCase(Locale.ROOT) + m.label().substring(1);
    }
}
