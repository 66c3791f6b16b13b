package org.protpred.pipeline.ss;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.protpred.models.core.InputException;
import org.protpred.models.core.ModelMetadata;
import org.protpred.models.ss.BiRnnInference;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.features.ResidueFeatures;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.SequenceBatches;
import org.protpred.pipeline.task.TrainedModel;

/**
 * The secondary-structure predictor: a {@link TrainedModel} of kind {@value #KIND} whose labels are one of the
 * {@link SsAlphabet}s, with the task's encoder (residue features of the model's spec, batched by length through
 * {@link SequenceBatches}), forward pass ({@link BiRnnInference}: native convolution and LSTM operations, the same
 * numbers as DL4J's own pass, several times faster) and decoder (per-residue probabilities into
 * {@link SsPrediction}s: 3-state, and for an 8-state model the 8 states with their 3-state sums,
 * {@link SsLabels#reduce}).
 *
 * <p>An ensemble predicts the (weighted) mean of its members' probabilities ({@link TrainedModel#output}). The
 * forward pass only reads parameters, so one instance can be shared by threads and they predict at the same time.
 */
public final class SecondaryStructureModel implements Predictor<SsPrediction> {

    /** The model kind written to and required of model files. */
    public static final String KIND = "ss-birnn";
    /** Classpath location of the shipped 3-state model. */
    public static final String BUNDLED_RESOURCE = "/org/protpred/pipeline/models/ss/ss3-birnn.zip";
    /** Classpath location of the shipped 8-state model. */
    public static final String BUNDLED_RESOURCE_8 = "/org/protpred/pipeline/models/ss/ss8-birnn.zip";

    private final TrainedModel model;
    private final List<ComputationGraph> networks;
    private final SsAlphabet alphabet;

    private SecondaryStructureModel(TrainedModel model) {
        this.model = model;
        this.networks = model.graphs();
        try {
            this.alphabet = SsAlphabet.of(model.labels());
        } catch (IllegalArgumentException e) {
            throw new InputException(model.source() + ": model labels " + model.labels() + ", expected "
                    + SsLabels.NAMES + " (3 states) or " + SsLabels.NAMES8 + " (8 states)");
        }
        for (ComputationGraph graph : networks) {
            long outputs = outputSize(graph);
            if (outputs != alphabet.size()) {
                throw new InputException(model.source() + ": damaged model file (the network has " + outputs
                        + " outputs but the labels " + model.labels() + " name " + alphabet.size() + ")");
            }
        }
    }

    /** A model from a file. @throws InputException for a missing file or a model of another kind */
    public static SecondaryStructureModel load(Path file) {
        return of(TrainedModel.load(file, KIND));
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
        return of(TrainedModel.bundled(bundledResource(states), states + "-state secondary-structure", KIND));
    }

    /** The classpath location of the shipped model with {@code states} states (3 or 8). */
    public static String bundledResource(int states) {
        return SsAlphabet.ofStates(states) == SsAlphabet.EIGHT ? BUNDLED_RESOURCE_8 : BUNDLED_RESOURCE;
    }

    /** The secondary-structure predictor of a trained model. @throws InputException if it is not one */
    public static SecondaryStructureModel of(TrainedModel model) {
        return new SecondaryStructureModel(model);
    }

    /** Wraps a network just trained, with its labels ({@link SsLabels#NAMES} or {@link SsLabels#NAMES8}). */
    public static SecondaryStructureModel of(ComputationGraph network, FeatureSpec spec, List<String> labels) {
        return of(TrainedModel.of(network, ModelMetadata.of(KIND, spec.toJson(), labels, null)));
    }

    /** Units of the graph's first output layer. */
    private static long outputSize(ComputationGraph graph) {
        org.deeplearning4j.nn.conf.layers.Layer layer = graph.getOutputLayer(0).conf().getLayer();
        return layer instanceof org.deeplearning4j.nn.conf.layers.FeedForwardLayer f ? f.getNOut() : -1;
    }

    /** The trained model underneath (networks, weights, metadata). */
    @Override
    public List<TrainedModel> models() {
        return List.of(trained());
    }

    public TrainedModel trained() {
        return model;
    }

    public FeatureSpec featureSpec() {
        return model.featureSpec();
    }

    public ModelMetadata metadata() {
        return model.metadata();
    }

    /** How many networks the model combines (1 unless it is an ensemble). */
    public int networkCount() {
        return model.networkCount();
    }

    @Override
    public String source() {
        return model.source();
    }

    /** The states the network outputs. */
    public SsAlphabet alphabet() {
        return alphabet;
    }

    /** Whether the model predicts the 8 DSSP states (otherwise 3 states). */
    public boolean eightState() {
        return alphabet == SsAlphabet.EIGHT;
    }

    /** The states the network outputs, in column order ({@link SsLabels#NAMES} or {@link SsLabels#NAMES8}). */
    public List<String> labels() {
        return alphabet.names();
    }

    @Override
    public void check(ProteinRecord record) {
        model.check(record);
    }

    /**
     * The predictions of {@code records}, in their order: 3-state, and for an 8-state model also the 8 states (one
     * network pass either way).
     *
     * @throws InputException if a record lacks an input the feature spec needs
     */
    @Override
    public List<SsPrediction> predict(List<ProteinRecord> records) {
        List<float[][]> raw = probabilities(records);
        List<SsPrediction> out = new ArrayList<>(records.size());
        for (int n = 0; n < records.size(); n++) {
            ProteinRecord r = records.get(n);
            out.add(eightState() ? SsPrediction.ofEightStates(r.id(), r.sequence(), raw.get(n))
                    : new SsPrediction(r.id(), r.sequence(), raw.get(n)));
        }
        return out;
    }

    /**
     * Per record, per residue, the probabilities of H, E and C (L x 3); for an 8-state model the sums H+G+I, E+B,
     * T+S+C.
     */
    public List<float[][]> predictThreeStates(List<ProteinRecord> records) {
        List<float[][]> out = new ArrayList<>(records.size());
        for (SsPrediction p : predict(records)) {
            out.add(p.probabilities());
        }
        return out;
    }

    /**
     * Per record, per residue, the probabilities of the 8 DSSP states (L x 8, {@link SsLabels#STATES8} order).
     *
     * @throws InputException if the model predicts 3 states
     */
    public List<float[][]> predictEightState(List<ProteinRecord> records) {
        requireEightState();
        return probabilities(records);
    }

    /** Fails unless the model predicts 8 states. @throws InputException naming the model */
    public void requireEightState() {
        if (!eightState()) {
            throw new InputException(source() + ": predicts 3 states; an 8-state model is needed");
        }
    }

    /** The network's own probabilities (L x states per record, in {@link #labels()} order). */
    private List<float[][]> probabilities(List<ProteinRecord> records) {
        List<float[][]> features = new ArrayList<>(records.size());
        for (ProteinRecord r : records) {
            features.add(ResidueFeatures.extract(r, model.featureSpec()));
        }
        return SequenceBatches.predictPerStep(model, features,
                (net, batch) -> BiRnnInference.output((ComputationGraph) net, batch.features(), batch.mask())[0]);
    }
}
