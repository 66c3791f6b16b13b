package org.protpred.pipeline.fold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.protpred.models.core.InputException;
import org.protpred.models.fold.LengthBins;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.features.ResidueFeatures;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.TrainedModel;

/**
 * The fold predictor: a {@link TrainedModel} of kind {@value FoldTask#KIND} (a {@code DeepSfNetwork}, or an ensemble
 * of them, whose labels are fold ids) with its alignment library ({@link FoldLibrary}, the entry
 * {@value FoldLibrary#ENTRY} of the model file) and its {@link FoldCombination}.
 *
 * <p>Encoder: residue features of the model's spec ({@link ResidueFeatures#extractAll}, so predicted secondary
 * structure is computed for many records at once), batches of at most {@value #MAX_BATCH} domains of one length bin
 * ({@link LengthBins} of the model's training, default width 15), padded to the bin's length with a feature mask; the
 * network is exact under padding, so a domain gets the same probabilities alone or in any batch. Forward: the graph's
 * output, averaged over an ensemble's members ({@link TrainedModel#output}). Decoder: the softmax over the folds,
 * combined with the alignment hits according to the {@link FoldMethod}.
 *
 * <p>Thread-safe: DL4J graphs keep per-call state in their layers, so the forward pass holds a lock on the model;
 * the alignment search runs outside it on {@code threads} threads.
 */
public final class FoldModel implements Predictor<FoldPrediction> {

    /** Most domains per prediction batch. */
    public static final int MAX_BATCH = 64;
    /**
     * Metadata key of the search depth: the most prefiltered training domains aligned per query (models without it:
     * {@link FoldLibrary#MAX_CANDIDATES}). The combination is fitted at this depth.
     */
    public static final String SEARCH_DEPTH = "searchDepth";

    private final TrainedModel model;
    private final List<String> folds;
    private final Map<String, Integer> foldIndex;
    private final FoldMethod method;
    private final FoldLibrary library;
    private final FoldCombination combination;
    private final LengthBins bins;
    private final double[] prior;
    private final int threads;
    private final AtomicLong paddedResidues = new AtomicLong();
    private final AtomicLong realResidues = new AtomicLong();

    private FoldModel(TrainedModel model, FoldLibrary library, FoldMethod method, int threads) {
        this.model = model;
        this.folds = List.copyOf(model.labels());
        this.foldIndex = FoldCombination.index(folds);
        this.method = method;
        this.library = library;
        this.threads = Math.max(1, threads);
        if (folds.size() < 2) {
            throw new InputException(model.source() + ": a fold model needs at least two fold labels");
        }
        for (ComputationGraph g : model.graphs()) {
            long outputs = g.getOutputLayer(0).conf().getLayer() instanceof
                    org.deeplearning4j.nn.conf.layers.FeedForwardLayer f ? f.getNOut() : -1;
            if (outputs != folds.size()) {
                throw new InputException(model.source() + ": damaged model file (the network has " + outputs
                        + " outputs but the labels name " + folds.size() + " folds)");
            }
        }
        if (method != FoldMethod.CNN && library == null) {
            throw new InputException(model.source() + ": the model holds no alignment library; use --method cnn");
        }
        Map<String, String> extra = model.metadata().extra();
        this.combination = FoldCombination.of(extra, model.source());
        int width;
        try {
            width = Integer.parseInt(extra.getOrDefault("lengthBinWidth", "" + LengthBins.DEFAULT_WIDTH));
        } catch (NumberFormatException e) {
            width = LengthBins.DEFAULT_WIDTH;
        }
        this.bins = new LengthBins(width, LengthBins.DEFAULT_MIN_PADDED);
        this.prior = new double[folds.size()];
        if (library != null) {
            for (int f = 0; f < folds.size(); f++) {
                prior[f] = (library.count(folds.get(f)) + 0.5) / (library.size() + 0.5 * folds.size());
            }
        }
    }

    /**
     * The predictor of a trained fold model with {@code method}, its library searching at the model's depth.
     *
     * @throws InputException if it does not fit
     */
    public static FoldModel of(TrainedModel model, FoldMethod method, int threads) {
        FoldLibrary library = model.entry(FoldLibrary.ENTRY)
                .map(b -> FoldLibrary.fromBytes(b, model.source())).orElse(null);
        String depth = model.metadata().extra().get(SEARCH_DEPTH);
        if (library != null && depth != null) {
            library = library.withMaxCandidates(searchDepth(depth, model.source()));
        }
        return new FoldModel(model, library, method, threads);
    }

    /** The predictor of a trained network with a given library (e.g. while fitting the combination). */
    public static FoldModel of(TrainedModel model, FoldLibrary library, FoldMethod method, int threads) {
        return new FoldModel(model, library, method, threads);
    }

    /** A fold model file. */
    public static FoldModel load(Path file, FoldMethod method, int threads) {
        return of(TrainedModel.load(file, FoldTask.KIND), method, threads);
    }

    /** The same model ranking with another method (sharing networks and library). */
    public FoldModel withMethod(FoldMethod other) {
        return new FoldModel(model, library, other, threads);
    }

    /**
     * The same model aligning at most {@code depth} prefiltered training domains per query instead of its own depth
     * (deeper finds more remote homologs and costs time about in proportion; the combination stays the one fitted at
     * the model's depth).
     */
    public FoldModel withSearchDepth(int depth) {
        if (depth < 1) {
            throw new InputException("the search depth must be at least 1, got " + depth);
        }
        if (library == null) {
            return this;
        }
        return new FoldModel(model, library.withMaxCandidates(depth), method, threads);
    }

    private static int searchDepth(String value, String source) {
        try {
            int depth = Integer.parseInt(value.trim());
            if (depth >= 1) {
                return depth;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(source + ": damaged model file (" + SEARCH_DEPTH + " '" + value
                + "' is not a positive whole number)");
    }

    @Override
    public List<TrainedModel> models() {
        return List.of(trained());
    }

    public TrainedModel trained() {
        return model;
    }

    public FoldMethod method() {
        return method;
    }

    public List<String> folds() {
        return folds;
    }

    /** The alignment library, or null. */
    public FoldLibrary library() {
        return library;
    }

    /** Each fold's share of the library's domains, smoothed by half a domain (label order). */
    public double[] prior() {
        return prior.clone();
    }

    public FoldCombination combination() {
        return combination;
    }

    public LengthBins bins() {
        return bins;
    }

    public FeatureSpec featureSpec() {
        return model.featureSpec();
    }

    /** Residues computed by the network so far (padded) and real residues, {@code {padded, real}}. */
    public long[] residues() {
        return new long[] {paddedResidues.get(), realResidues.get()};
    }

    @Override
    public String source() {
        return model.source();
    }

    @Override
    public void check(ProteinRecord record) {
        model.check(record);
    }

    @Override
    public List<FoldPrediction> predict(List<ProteinRecord> records) {
        List<float[]> cnn = method == FoldMethod.ALIGN ? null : cnnProbabilities(records);
        List<Map<String, FoldLibrary.Hit>> hits;
        if (method == FoldMethod.CNN) {
            hits = java.util.Collections.nCopies(records.size(), Map.of());
        } else {
            List<String> seqs = new ArrayList<>(records.size());
            records.forEach(r -> seqs.add(r.sequence()));
            hits = library.searchAll(seqs, threads);
        }
        List<FoldPrediction> out = new ArrayList<>(records.size());
        for (int n = 0; n < records.size(); n++) {
            ProteinRecord r = records.get(n);
            float[] c = cnn == null ? null : cnn.get(n);
            double[] logits = combination.logits(method, folds, foldIndex, c, prior, hits.get(n));
            float[] p = method == FoldMethod.CNN ? c : FoldCombination.softmax(logits);
            out.add(new FoldPrediction(r.id(), r.length(), method, folds, p, FoldCombination.order(logits),
                    Map.copyOf(hits.get(n)), model.source()));
        }
        return out;
    }

    /** The CNN's fold probabilities of each record (label order). */
    public List<float[]> cnnProbabilities(List<ProteinRecord> records) {
        return cnnProbabilitiesOfFeatures(ResidueFeatures.extractAll(records, model.featureSpec()));
    }

    /** The CNN's fold probabilities of residue feature matrices (each L x spec width). */
    public List<float[]> cnnProbabilitiesOfFeatures(List<float[][]> features) {
        float[][] out = new float[features.size()][];
        TreeMap<Integer, List<Integer>> byBin = new TreeMap<>();
        for (int n = 0; n < features.size(); n++) {
            int length = features.get(n).length;
            if (length < 1) {
                throw new InputException("a domain without residues cannot be classified");
            }
            byBin.computeIfAbsent(bins.binIndex(length), k -> new ArrayList<>()).add(n);
        }
        for (List<Integer> members : byBin.values()) {
            for (int from = 0; from < members.size(); from += MAX_BATCH) {
                List<Integer> part = members.subList(from, Math.min(members.size(), from + MAX_BATCH));
                List<float[][]> matrices = new ArrayList<>(part.size());
                long real = 0;
                for (int n : part) {
                    matrices.add(features.get(n));
                    real += features.get(n).length;
                }
                int steps = bins.paddedLength(features.get(part.get(0)).length);
                DataSet batch = FoldBatches.encode(matrices, steps, null, folds.size());
                INDArray p;
                synchronized (model) {
                    p = model.output(net -> forward(net, batch.getFeatures(), batch.getFeaturesMaskArray()));
                }
                paddedResidues.addAndGet((long) steps * part.size());
                realResidues.addAndGet(real);
                float[] flat = p.castTo(DataType.FLOAT).dup('c').data().asFloat();
                for (int k = 0; k < part.size(); k++) {
                    float[] row = new float[folds.size()];
                    System.arraycopy(flat, k * folds.size(), row, 0, folds.size());
                    out[part.get(k)] = row;
                }
            }
        }
        return java.util.Arrays.asList(out);
    }

    private static INDArray forward(Model net, INDArray features, INDArray mask) {
        return ((ComputationGraph) net).output(false, new INDArray[] {features}, new INDArray[] {mask})[0].dup();
    }

    /** Helper for tests and fitting: label index of each fold id (-1 when unknown). */
    public int[] labelIndices(List<String> foldIds) {
        int[] out = new int[foldIds.size()];
        for (int n = 0; n < out.length; n++) {
            Integer k = foldIds.get(n) == null ? null : foldIndex.get(foldIds.get(n));
            out[n] = k == null ? -1 : k;
        }
        return out;
    }
}
