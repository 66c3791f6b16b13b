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
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.features.ResidueFeatures;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * A trained 3-state secondary-structure network with the feature spec it was trained on: turns records into
 * per-residue probabilities of H, E and C (in {@link SsLabels#STATES} order).
 *
 * <p>Records are predicted in batches of similar length ({@link #MAX_BATCH} chains, at most
 * {@link #MAX_BATCH_RESIDUES} padded residues per batch), padded and masked; the network gives padded sequences
 * exactly the output of unpadded ones (see {@code BiRnnSecondaryStructureNetwork}).
 *
 * <p>A model file may hold an ensemble of such networks (see {@code protpred combine}); the probabilities are then
 * the mean of the members' probabilities.
 *
 * <p>Thread safety: a DL4J network must not run {@code output} in two threads at once; {@link #predict} holds this
 * object's lock while the network runs (feature extraction runs outside it). One instance can therefore be shared;
 * threads queue for the network, which itself already uses all cores for its matrix work.
 */
public final class SecondaryStructureModel {

    /** The model kind written to and required of model files. */
    public static final String KIND = "ss-birnn";
    /** Classpath location of the shipped model. */
    public static final String BUNDLED_RESOURCE = "/org/protpred/pipeline/models/ss/ss3-birnn.zip";
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

    /** The model shipped inside protpred. */
    public static SecondaryStructureModel bundled() {
        InputStream in = SecondaryStructureModel.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new InputException("the bundled secondary-structure model (classpath " + BUNDLED_RESOURCE
                    + ") is missing from this build; pass --model FILE");
        }
        return of(ModelFile.load(in, "bundled model " + BUNDLED_RESOURCE, KIND));
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
        if (!SsLabels.NAMES.equals(meta.labels())) {
            throw new InputException(loaded.source() + ": model labels " + meta.labels() + ", expected "
                    + SsLabels.NAMES);
        }
        return new SecondaryStructureModel(loaded.graphs(), spec, meta, loaded.source());
    }

    /** Wraps a network just trained. */
    public static SecondaryStructureModel of(ComputationGraph network, FeatureSpec spec) {
        return new SecondaryStructureModel(List.of(network), spec,
                ModelMetadata.of(KIND, spec.toJson(), SsLabels.NAMES, null), "network in memory");
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

    /** Checks that the spec can be computed for the record (e.g. a profile is present when needed). */
    public void check(ProteinRecord record) {
        spec.check(record);
    }

    /**
     * Per record, per residue, the probabilities of H, E and C (L x 3), in the order of {@code records}.
     *
     * @throws InputException if a record lacks an input the feature spec needs
     */
    public List<float[][]> predict(List<ProteinRecord> records) {
        List<float[][]> features = new ArrayList<>(records.size());
        for (ProteinRecord r : records) {
            features.add(ResidueFeatures.extract(r, spec));
        }
        return predictFeatures(features);
    }

    /** Like {@link #predict(List)}, from feature matrices (L x F each) already extracted with this spec. */
    public List<float[][]> predictFeatures(List<float[][]> features) {
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
                parts.add(SequenceBatcher.example(SsBatchIterator.features(f, 0, f.length), new int[f.length], 3));
                j++;
            }
            DataSet batch = SequenceBatcher.merge(parts);
            INDArray probabilities = run(batch.getFeatures(), batch.getFeaturesMaskArray());
            int steps = (int) probabilities.size(2);
            float[] flat = probabilities.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c').data().asFloat();
            for (int k = 0; k < parts.size(); k++) {
                int index = order[i + k];
                int length = features.get(index).length;
                float[][] p = new float[length][3];
                for (int t = 0; t < length; t++) {
                    for (int c = 0; c < 3; c++) {
                        p[t][c] = flat[(k * 3 + c) * steps + t];
                    }
                }
                out[index] = p;
            }
            i = j;
        }
        return Arrays.asList(out);
    }

    /** The mean over the networks of their probabilities (batch x 3 x steps). */
    private synchronized INDArray run(INDArray features, INDArray mask) {
        INDArray sum = null;
        for (ComputationGraph network : networks) {
            INDArray p = network.output(false, new INDArray[] {features}, new INDArray[] {mask})[0].detach();
            sum = sum == null ? p : sum.addi(p);
        }
        return networks.size() == 1 ? sum : sum.divi(networks.size());
    }
}
