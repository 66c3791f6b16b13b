package org.protpred.pipeline.ss;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.protpred.models.core.InputException;
import org.protpred.models.core.LoadedModel;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.models.core.train.SequenceBatcher;
import org.protpred.models.ss.BiRnnInference;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.features.ResidueFeatures;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * A trained secondary-structure network with the feature spec it was trained on: turns records into per-residue
 * probabilities of H, E and C (in {@link SsLabels#STATES} order).
 *
 * <p>A model predicts either 3 states (labels {@link SsLabels#NAMES}) or the 8 DSSP states (labels
 * {@link SsLabels#NAMES8}); both are of kind {@value #KIND}. {@link #predict} gives 3-state probabilities for either
 * (an 8-state model's are reduced by summing, {@link SsLabels#reduce}), so every consumer of 3-state predictions works
 * with both; {@link #predictEightState} gives the 8 probabilities of an 8-state model.
 *
 * <p>Records are predicted in batches of similar length ({@link #MAX_BATCH} chains, at most
 * {@link #MAX_BATCH_RESIDUES} padded residues per batch), padded and masked; the network gives padded sequences
 * exactly the output of unpadded ones (see {@code BiRnnSecondaryStructureNetwork}).
 *
 * <p>A model file may hold an ensemble of such networks (see {@code protpred combine}); the probabilities are then
 * the mean of the members' probabilities.
 *
 * <p>The networks run through {@link BiRnnInference} (native convolution and LSTM operations, the same numbers as
 * DL4J's own forward pass, several times faster). That pass only reads the parameters, so one instance can be shared
 * by threads and they predict at the same time.
 */
public final class SecondaryStructureModel {

    /** The model kind written to and required of model files. */
    public static final String KIND = "ss-birnn";
    /** Classpath location of the shipped 3-state model. */
    public static final String BUNDLED_RESOURCE = "/org/protpred/pipeline/models/ss/ss3-birnn.zip";
    /** Classpath location of the shipped 8-state model. */
    public static final String BUNDLED_RESOURCE_8 = "/org/protpred/pipeline/models/ss/ss8-birnn.zip";
    /** Most chains per prediction batch. */
    public static final int MAX_BATCH = 64;
    /** Most padded residues (chains x longest chain) per prediction batch. */
    public static final int MAX_BATCH_RESIDUES = 32_768;

    private final List<ComputationGraph> networks;
    private final FeatureSpec spec;
    private final ModelMetadata metadata;
    private final String source;

    private SecondaryStructureModel(List<ComputationGraph> networks, FeatureSpec spec, ModelMetadata metadata,
                                    String source) {
        this.networks = List.copyOf(networks);
        this.spec = spec;
        this.metadata = metadata;
        this.source = source;
    }

    /** A model from a file. @throws InputException for a missing file or a model of another kind */
    public static SecondaryStructureModel load(Path file) {
        return of(ModelFile.load(file, KIND));
    }

    /** The 3-state model shipped inside protpred. */
    public static SecondaryStructureModel bundled() {
        return bundled(3);
    }

    /**
     * The model with {@code states} states (3 or 8) shipped inside protpred.
     *
     * @throws InputException if this build lacks it
     */
    public static SecondaryStructureModel bundled(int states) {
        String resource = bundledResource(states);
        InputStream in = SecondaryStructureModel.class.getResourceAsStream(resource);
        if (in == null) {
            throw new InputException("the bundled " + states + "-state secondary-structure model (classpath "
                    + resource + ") is missing from this build; pass --model FILE");
        }
        return of(ModelFile.load(in, "bundled model " + resource, KIND));
    }

    /** The classpath location of the shipped model with {@code states} states (3 or 8). */
    public static String bundledResource(int states) {
        return switch (states) {
            case 3 -> BUNDLED_RESOURCE;
            case 8 -> BUNDLED_RESOURCE_8;
            default -> throw new InputException("secondary structure has 3 or 8 states, not " + states);
        };
    }

    /** Wraps a loaded model file. */
    public static SecondaryStructureModel of(LoadedModel loaded) {
        ModelMetadata meta = loaded.metadata();
        FeatureSpec spec;
        try {
            spec = FeatureSpec.fromJson(meta.featureSpec());
        } catch (InputException e) {
            throw new InputException(loaded.source() + ": bad feature spec in the model: " + e.getMessage(), e);
        }
        if (!SsLabels.NAMES.equals(meta.labels()) && !SsLabels.NAMES8.equals(meta.labels())) {
            throw new InputException(loaded.source() + ": model labels " + meta.labels() + ", expected "
                    + SsLabels.NAMES + " (3 states) or " + SsLabels.NAMES8 + " (8 states)");
        }
        for (ComputationGraph graph : loaded.graphs()) {
            long outputs = outputSize(graph);
            if (outputs != meta.labels().size()) {
                throw new InputException(loaded.source() + ": damaged model file (the network has " + outputs
                        + " outputs but the labels " + meta.labels() + " name " + meta.labels().size() + ")");
            }
        }
        return new SecondaryStructureModel(loaded.graphs(), spec, meta, loaded.source());
    }

    /** Wraps a 3-state network just trained. */
    public static SecondaryStructureModel of(ComputationGraph network, FeatureSpec spec) {
        return of(network, spec, SsLabels.NAMES);
    }

    /** Wraps a network just trained, with its labels ({@link SsLabels#NAMES} or {@link SsLabels#NAMES8}). */
    public static SecondaryStructureModel of(ComputationGraph network, FeatureSpec spec, List<String> labels) {
        SsLabels.states(labels);
        return new SecondaryStructureModel(List.of(network), spec,
                ModelMetadata.of(KIND, spec.toJson(), labels, null), "network in memory");
    }

    /** Units of the graph's first output layer. */
    private static long outputSize(ComputationGraph graph) {
        org.deeplearning4j.nn.conf.layers.Layer layer = graph.getOutputLayer(0).conf().getLayer();
        return layer instanceof org.deeplearning4j.nn.conf.layers.FeedForwardLayer f ? f.getNOut() : -1;
    }

    public FeatureSpec featureSpec() {
        return spec;
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    /** How many networks the model averages (1 unless it is an ensemble). */
    public int networkCount() {
        return networks.size();
    }

    /** Where the model came from (file name or classpath location). */
    public String source() {
        return source;
    }

    /** Whether the model predicts the 8 DSSP states (otherwise 3 states). */
    public boolean eightState() {
        return labels().size() == SsLabels.STATES8.length();
    }

    /** The states the network outputs, in column order ({@link SsLabels#NAMES} or {@link SsLabels#NAMES8}). */
    public List<String> labels() {
        return metadata.labels();
    }

    /** Checks that the spec can be computed for the record (e.g. a profile is present when needed). */
    public void check(ProteinRecord record) {
        spec.check(record);
    }

    /**
     * Per record, per residue, the probabilities of H, E and C (L x 3), in the order of {@code records}; for an
     * 8-state model the sums H+G+I, E+B, T+S+C.
     *
     * @throws InputException if a record lacks an input the feature spec needs
     */
    public List<float[][]> predict(List<ProteinRecord> records) {
        return predictFeatures(extract(records));
    }

    /**
     * The predictions of {@code records}, in their order: 3-state, and for an 8-state model also the 8 states (one
     * network pass either way).
     *
     * @throws InputException if a record lacks an input the feature spec needs
     */
    public List<SsPrediction> predictions(List<ProteinRecord> records) {
        List<float[][]> raw = predictRaw(extract(records));
        List<SsPrediction> out = new ArrayList<>(records.size());
        for (int n = 0; n < records.size(); n++) {
            ProteinRecord r = records.get(n);
            out.add(eightState() ? SsPrediction.ofEightStates(r.id(), r.sequence(), raw.get(n))
                    : new SsPrediction(r.id(), r.sequence(), raw.get(n)));
        }
        return out;
    }

    /**
     * Per record, per residue, the probabilities of the 8 DSSP states (L x 8, {@link SsLabels#STATES8} order).
     *
     * @throws InputException if the model predicts 3 states, or a record lacks an input the feature spec needs
     */
    public List<float[][]> predictEightState(List<ProteinRecord> records) {
        requireEightState();
        return predictRaw(extract(records));
    }

    /** Fails unless the model predicts 8 states. @throws InputException naming the model */
    public void requireEightState() {
        if (!eightState()) {
            throw new InputException(source + ": predicts 3 states; an 8-state model is needed");
        }
    }

    private List<float[][]> extract(List<ProteinRecord> records) {
        List<float[][]> features = new ArrayList<>(records.size());
        for (ProteinRecord r : records) {
            features.add(ResidueFeatures.extract(r, spec));
        }
        return features;
    }

    /** Like {@link #predict(List)}, from feature matrices (L x F each) already extracted with this spec. */
    public List<float[][]> predictFeatures(List<float[][]> features) {
        List<float[][]> raw = predictRaw(features);
        if (!eightState()) {
            return raw;
        }
        List<float[][]> out = new ArrayList<>(raw.size());
        for (float[][] p : raw) {
            out.add(SsLabels.reduce(p));
        }
        return out;
    }

    /**
     * The network's own probabilities (L x {@code labels().size()} per chain, in {@link #labels()} order), from
     * feature matrices already extracted with this spec.
     */
    public List<float[][]> predictRaw(List<float[][]> features) {
        int states = labels().size();
        Integer[] order = new Integer[features.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> features.get(i).length));
        float[][][] out = new float[features.size()][][];
        int i = 0;
        while (i < order.length) {
            int j = i;
            List<DataSet> parts = new ArrayList<>();
            while (j < order.length && parts.size() < MAX_BATCH
                    && (parts.isEmpty() || (long) (parts.size() + 1) * features.get(order[j]).length
                    <= MAX_BATCH_RESIDUES)) {
                float[][] f = features.get(order[j]);
                parts.add(SequenceBatcher.example(SsBatchIterator.features(f, 0, f.length), new int[f.length],
                        states));
                j++;
            }
            DataSet batch = SequenceBatcher.merge(parts);
            INDArray probabilities = run(batch.getFeatures(), batch.getFeaturesMaskArray());
            int steps = (int) probabilities.size(2);
            float[] flat = probabilities.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c').data().asFloat();
            for (int k = 0; k < parts.size(); k++) {
                int index = order[i + k];
                int length = features.get(index).length;
                float[][] p = new float[length][states];
                for (int t = 0; t < length; t++) {
                    for (int c = 0; c < states; c++) {
                        p[t][c] = flat[(k * states + c) * steps + t];
                    }
                }
                out[index] = p;
            }
            i = j;
        }
        return Arrays.asList(out);
    }

    /** The mean over the networks of their probabilities (batch x states x steps). */
    private INDArray run(INDArray features, INDArray mask) {
        INDArray sum = null;
        for (ComputationGraph network : networks) {
            INDArray p = BiRnnInference.output(network, features, mask)[0];
            sum = sum == null ? p : sum.addi(p);
        }
        return networks.size() == 1 ? sum : sum.divi(networks.size());
    }
}
