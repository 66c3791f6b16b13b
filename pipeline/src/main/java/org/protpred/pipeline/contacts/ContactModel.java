package org.protpred.pipeline.contacts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.features.PairBlock;
import org.protpred.pipeline.features.PairFeatureStream;
import org.protpred.pipeline.io.AlignmentReader;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.task.Predictor;
import org.protpred.pipeline.task.TrainedModel;

/**
 * The contact predictor: a {@link TrainedModel} of kind {@value #KIND} (one unrolled deep belief network or a
 * boosted, weighted ensemble of them) with the task's encoder, forward pass and decoder.
 *
 * <ul>
 *   <li>Encoder: the pairs (i, j) with j - i &gt;= 6 of the model's feature spec, streamed as
 *   {@link PairFeatureStream} blocks of {@value #BLOCK} rows and scaled to [0, 1] by the model's
 *   {@link PairScaler}; at no time are more than one block of pair features held.</li>
 *   <li>Forward: each member network applied to a block ({@code x W + b} and the layer's activation, layer by
 *   layer, reading the parameters only), combined by {@link TrainedModel#output} (the weighted mean of a boosted
 *   ensemble).</li>
 *   <li>Decoder: the probabilities go to a bounded heap per range ({@link ContactPrediction.Collector}), which keeps
 *   the {@code 5 L} most probable pairs of each range between residues that are scored (all of them for a FASTA
 *   record; for a benchmark chain, those with coordinates in the evaluated domain).</li>
 * </ul>
 *
 * <p>Thread-safe: the forward pass does not use DL4J's stateful {@code output}, only reads parameters.
 */
public final class ContactModel implements Predictor<ContactPrediction> {

    public static final String KIND = "contacts-dbn";
    public static final List<String> LABELS = List.of("contact");
    public static final String BUNDLED_SINGLE = "/org/protpred/pipeline/models/contacts/contacts-single.zip";
    public static final String BUNDLED_MSA = "/org/protpred/pipeline/models/contacts/contacts-msa.zip";
    /** Pairs per block of the encoder. */
    public static final int BLOCK = 4096;
    /** Pairs kept per range: {@code KEEP_FACTOR x L}. */
    public static final int KEEP_FACTOR = 5;
    /** Alignment file extensions looked for in an --msa folder. */
    public static final List<String> ALIGNMENT_EXTENSIONS = List.of(".a3m", ".aln", ".fasta", ".fa", ".afa");

    private final TrainedModel model;
    private final PairScaler scaler;
    private final List<List<Dense>> networks;
    private final Path msa;

    private record Dense(INDArray w, INDArray b, IActivation activation) {
    }

    private ContactModel(TrainedModel model, PairScaler scaler, List<List<Dense>> networks, Path msa) {
        this.model = model;
        this.scaler = scaler;
        this.networks = networks;
        this.msa = msa;
    }

    /** Wraps a loaded model. @throws InputException when it is not a contact model this class can run */
    public static ContactModel of(TrainedModel model) {
        FeatureSpec spec = model.featureSpec();
        if (!spec.hasPairFeatures()) {
            throw new InputException(model.source() + ": the model's feature spec has no pair features");
        }
        if (!model.labels().equals(LABELS)) {
            throw new InputException(model.source() + ": model labels " + model.labels() + ", expected " + LABELS);
        }
        Map<String, String> extra = model.metadata().extra();
        PairScaler scaler = PairScaler.parse(extra.get(PairScaler.MIN_KEY), extra.get(PairScaler.MAX_KEY),
                spec.pairWidth(), model.source());
        List<List<Dense>> nets = new ArrayList<>();
        for (Model m : model.networks()) {
            if (!(m instanceof MultiLayerNetwork net)) {
                throw new InputException(model.source() + ": holds a " + m.getClass().getSimpleName()
                        + ", expected a MultiLayerNetwork");
            }
            List<Dense> layers = new ArrayList<>();
            long in = spec.pairWidth();
            for (Layer layer : net.getLayers()) {
                if (!(layer.conf().getLayer() instanceof BaseLayer base) || layer.getParam("W") == null) {
                    throw new InputException(model.source() + ": layer " + layer.getIndex() + " is not a dense layer");
                }
                INDArray w = layer.getParam("W").castTo(DataType.FLOAT);
                if (w.rows() != in) {
                    throw new InputException(model.source() + ": damaged model file (layer " + layer.getIndex()
                            + " takes " + w.rows() + " inputs, expected " + in + ")");
                }
                in = w.columns();
                layers.add(new Dense(w, layer.getParam("b").castTo(DataType.FLOAT).reshape(1, in),
                        base.getActivationFn()));
            }
            if (in != 1) {
                throw new InputException(model.source() + ": damaged model file (" + in + " outputs, expected 1)");
            }
            nets.add(layers);
        }
        return new ContactModel(model, scaler, nets, null);
    }

    /** A model file. */
    public static ContactModel load(Path file) {
        return of(TrainedModel.load(file, KIND));
    }

    /** The shipped model: single-sequence ({@code msa} false) or with alignments. */
    public static ContactModel bundled(boolean msa) {
        return of(TrainedModel.bundled(msa ? BUNDLED_MSA : BUNDLED_SINGLE,
                msa ? "alignment-based contact" : "single-sequence contact", KIND));
    }

    /**
     * The same model reading each record's alignment from {@code msa}: a file (for one record) or a folder with
     * {@code <id>.a3m|.aln|.fasta|.fa|.afa} (optionally {@code .gz}); null: records as they come.
     */
    public ContactModel withAlignments(Path msa) {
        return new ContactModel(model, scaler, networks, msa);
    }

    @Override
    public List<TrainedModel> models() {
        return List.of(trainedModel());
    }

    public TrainedModel trainedModel() {
        return model;
    }

    public FeatureSpec featureSpec() {
        return model.featureSpec();
    }

    /** Whether the model needs an alignment. */
    public boolean needsAlignment() {
        return !model.featureSpec().isSingleSequence();
    }

    @Override
    public String source() {
        return model.source();
    }

    @Override
    public void check(ProteinRecord record) {
        ProteinRecord r = withInputs(record);
        if (r.length() <= ContactRangeMin()) {
            throw new InputException("record '" + r.id() + "': " + r.length() + " residues; contacts need a chain of "
                    + "more than " + ContactRangeMin() + " residues (pairs at least 6 apart)");
        }
        model.check(r);
    }

    private static int ContactRangeMin() {
        return org.protpred.pipeline.labels.ContactRange.MIN_SEPARATION;
    }

    private ProteinRecord withInputs(ProteinRecord r) {
        if (msa == null || r.alignmentIfPresent().isPresent()) {
            return r;
        }
        Path file = Files.isDirectory(msa) ? perRecord(msa, r.id()) : msa;
        // the reader refuses an alignment none of whose rows is the query
        return r.withAlignment(AlignmentReader.read(file, r.sequence()));
    }

    private static Path perRecord(Path folder, String id) {
        for (String ext : ALIGNMENT_EXTENSIONS) {
            for (String gz : new String[] {"", ".gz"}) {
                Path p = folder.resolve(id + ext + gz);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        throw InputException.at(folder, "no alignment for record '" + id + "' (looked for " + id + "{"
                + String.join(",", ALIGNMENT_EXTENSIONS) + "}[.gz])");
    }

    @Override
    public List<ContactPrediction> predict(List<ProteinRecord> records) {
        List<ContactPrediction> out = new ArrayList<>(records.size());
        for (ProteinRecord r : records) {
            out.add(predict(r));
        }
        return out;
    }

    /** One record's prediction. */
    public ContactPrediction predict(ProteinRecord record) {
        ProteinRecord r = withInputs(record);
        check(r);
        ContactPrediction.Collector collector = new ContactPrediction.Collector(KEEP_FACTOR * r.length());
        PairFeatureStream stream = new PairFeatureStream(r, model.featureSpec(), BLOCK);
        while (stream.hasNext()) {
            PairBlock block = stream.next();
            float[] p = probabilities(block.values(), block.size());
            for (int k = 0; k < block.size(); k++) {
                int i = block.first()[k];
                int j = block.second()[k];
                if (r.isScored(i) && r.isScored(j)) {
                    collector.add(i, j, p[k]);
                }
            }
        }
        return collector.finish(r.id(), r.sequence());
    }

    /** Probabilities of raw (unscaled) pair rows; {@code values} is scaled in place. */
    public float[] probabilities(float[] values, int rows) {
        int width = scaler.width();
        scaler.apply(values, rows);
        INDArray x = Nd4j.create(values, new long[] {rows, width}, DataType.FLOAT);
                INDArray p = model.output(m -> forward(networks.get(indexOf(m)), x));
        return p.reshape(rows).toFloatVector();
    }

    private int indexOf(Model m) {
        List<Model> all = model.networks();
        for (int n = 0; n < all.size(); n++) {
            if (all.get(n) == m) {
                return n;
            }
        }
        throw new IllegalStateException("unknown network");
    }

    private static INDArray forward(List<Dense> layers, INDArray x) {
        INDArray a = x;
        for (Dense d : layers) {
            INDArray z = a.mmul(d.w()).addiRowVector(d.b());
            a = d.activation().getActivation(z, false);
        }
        return a;
    }
}
