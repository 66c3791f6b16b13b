package org.protpred.pipeline.task;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.protpred.models.core.InputException;
import org.protpred.models.core.LoadedModel;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.models.core.NativeThreads;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * A trained model of any task as read from a model file: its network or weighted ensemble of networks, the feature
 * spec it was trained on (from the metadata) and its metadata. What the networks' outputs mean is the task's
 * business ({@link Task#predictor}); this class knows only how to load a model of a kind and how to combine an
 * ensemble's outputs.
 *
 * <p>Loading the class applies protpred's library default for ND4J's threads ({@link NativeThreads}).
 *
 * <p>An ensemble's output is the weighted mean of its members' outputs, {@code sum_i w_i p_i / sum_i w_i}; a plain
 * mean ensemble (all weights equal) is computed as the sum divided by the count. Networks only read their parameters
 * when they predict, so one instance can be shared by threads.
 */
public final class TrainedModel {

    static {
        // protpred used as a library has no launcher to set OMP_WAIT_POLICY (see NativeThreads)
        NativeThreads.applyLibraryDefault();
    }

    private final List<Model> networks;
    private final List<Double> weights;
    private final boolean equalWeights;
    private final FeatureSpec spec;
    private final ModelMetadata metadata;
    private final String source;
    private final java.util.Map<String, byte[]> entries;
    private final String origin;
    private final String sha256;

    private TrainedModel(LoadedModel loaded, FeatureSpec spec, String origin, String sha256) {
        this.networks = loaded.members();
        this.weights = loaded.weights();
        this.equalWeights = loaded.equalWeights();
        this.spec = spec;
        this.metadata = loaded.metadata();
        this.source = loaded.source();
        this.entries = loaded.entries();
        this.origin = origin;
        this.sha256 = sha256;
    }

    /**
     * A model file of the given kind.
     *
     * @throws InputException for a missing or damaged file, a model of another kind or a bad feature spec
     */
    public static TrainedModel load(Path file, String kind) {
        LoadedModel loaded = ModelFile.load(file, kind);
        return of(loaded, file.toString(), ModelChecksum.of(file));
    }

    /**
     * A model shipped inside protpred at the classpath location {@code resource}.
     *
     * @param what names the model in the error when this build lacks it (e.g. "3-state secondary-structure")
     * @throws InputException if this build lacks it
     */
    public static TrainedModel bundled(String resource, String what, String kind) {
        InputStream in = TrainedModel.class.getResourceAsStream(resource);
        if (in == null) {
            throw new InputException("the bundled " + what + " model (classpath " + resource
                    + ") is missing from this build; pass --model FILE");
        }
        ModelChecksum.Digesting digesting = ModelChecksum.digesting(in);
        LoadedModel loaded = ModelFile.load(digesting.stream(), "bundled model " + resource, kind);
        return of(loaded, "bundled " + resource.substring(resource.lastIndexOf('/') + 1), digesting.hex());
    }

    /** Wraps a loaded model file. @throws InputException when its feature spec cannot be read */
    public static TrainedModel of(LoadedModel loaded) {
        return of(loaded, loaded.source(), null);
    }

    private static TrainedModel of(LoadedModel loaded, String origin, String sha256) {
        FeatureSpec spec;
        try {
            spec = FeatureSpec.fromJson(loaded.metadata().featureSpec());
        } catch (InputException e) {
            throw new InputException(loaded.source() + ": bad feature spec in the model: " + e.getMessage(), e);
        }
        return new TrainedModel(loaded, spec, origin, sha256);
    }

    /** A network just trained (or built in a test), with the metadata it would be saved with. */
    public static TrainedModel of(Model network, ModelMetadata metadata) {
        return of(new LoadedModel(network, metadata, "network in memory"));
    }

    /** The networks (one unless the model is an ensemble). */
    public List<Model> networks() {
        return networks;
    }

    /** The networks as {@link ComputationGraph}s. @throws InputException naming the model otherwise */
    public List<ComputationGraph> graphs() {
        List<ComputationGraph> out = new ArrayList<>(networks.size());
        for (Model m : networks) {
            if (!(m instanceof ComputationGraph g)) {
                throw new InputException(source + ": holds a " + m.getClass().getSimpleName()
                        + ", expected a ComputationGraph");
            }
            out.add(g);
        }
        return out;
    }

    /** The members' weights, in network order (all 1 unless the ensemble was written with weights). */
    public List<Double> weights() {
        return weights;
    }

    public int networkCount() {
        return networks.size();
    }

    public FeatureSpec featureSpec() {
        return spec;
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    /** The output names in output order, as the model file records them. */
    public List<String> labels() {
        return metadata.labels();
    }

    /** An extra entry of the model file (a task's reference data), if it has one by that name. */
    public java.util.Optional<byte[]> entry(String name) {
        return java.util.Optional.ofNullable(entries.get(name));
    }

    /** A network just trained with extra entries, as {@link ModelFile#save(Path, Model, ModelMetadata, java.util.Map)} writes them. */
    public static TrainedModel of(Model network, ModelMetadata metadata, java.util.Map<String, byte[]> entries) {
        return of(new LoadedModel(List.of(network), null, metadata, "network in memory", entries));
    }

    /** Where the model came from (file name or classpath location), for messages. */
    public String source() {
        return source;
    }

    /**
     * What a run's provenance says about the model: the task it served, where it came from ({@code bundled NAME.zip}
     * or the path given), its kind and the SHA-256 of the model file's bytes (read once, when it was loaded; empty
     * for a network built in memory).
     */
    public ModelUsed used(String task) {
        return new ModelUsed(task, origin, metadata.kind(), sha256 == null ? "" : sha256);
    }

    /** The SHA-256 of the model file's bytes (hexadecimal), or null for a network built in memory. */
    public String sha256() {
        return sha256;
    }

    /** Checks that the feature spec can be computed for the record. @throws InputException naming what is missing */
    public void check(ProteinRecord record) {
        spec.check(record);
    }

    /**
     * The ensemble's output for one input: {@code forward} applied to every network, combined by weighted mean (the
     * plain mean when all weights are equal). The arrays {@code forward} returns may be modified.
     */
    public INDArray output(Function<Model, INDArray> forward) {
        INDArray sum = null;
        for (int i = 0; i < networks.size(); i++) {
            INDArray p = forward.apply(networks.get(i));
            if (!equalWeights) {
                p = p.muli(weights.get(i));
            }
            sum = sum == null ? p : sum.addi(p);
        }
        if (networks.size() == 1) {
            return sum;
        }
        double total = equalWeights ? networks.size() : weights.stream().mapToDouble(Double::doubleValue).sum();
        return sum.divi(total);
    }
}
