package org.protpred.pipeline.task;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.protpred.models.core.AtomicFiles;
import org.protpred.models.core.train.SequenceBatcher;
import org.protpred.models.core.train.ShuffledDataSetIterator;
import org.protpred.models.core.train.ValidationMetric;
import org.protpred.pipeline.data.CachedRecord;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.features.ResidueFeatures;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * A toy task that lives in the tests only, to show that a new predictor needs nothing but its own pieces: per residue
 * hydrophobic ({@code H}: A, C, F, I, L, M, V, W) or polar ({@code P}), learnt from one-hot features by a per-residue
 * softmax. It has a prediction type, a predictor (encoder through {@link SequenceBatches}, forward pass, decoder), a
 * writer, an evaluator and a training recipe, and uses the shared {@link TrainedModel}, {@link PredictionRun},
 * {@link EvaluationRun} and {@link TaskTraining} unchanged.
 */
final class HydropathyTask implements Task<HydropathyTask.Result> {

    static final String KIND = "toy-hydropathy";
    static final String LABEL = "hp";
    static final String HYDROPHOBIC = "ACFILMVW";
    static final List<String> NAMES = List.of("P", "H");
    static final FeatureSpec SPEC = FeatureSpec.fromJson(
            "{\"format\":\"protpred-feature-spec\",\"version\":1,\"residue\":[{\"group\":\"onehot\"}]}");

    /** The prediction: per residue P(hydrophobic). */
    record Result(String id, String sequence, float[] hydrophobic) implements Prediction {
        String states() {
            StringBuilder sb = new StringBuilder();
            for (float p : hydrophobic) {
                sb.append(p > 0.5f ? 'H' : 'P');
            }
            return sb.toString();
        }
    }

    /** The true label string of a sequence. */
    static String truth(String sequence) {
        StringBuilder sb = new StringBuilder();
        for (char c : sequence.toCharArray()) {
            sb.append(HYDROPHOBIC.indexOf(c) >= 0 ? 'H' : 'P');
        }
        return sb.toString();
    }

    @Override
    public String name() {
        return "hydropathy";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Predictor<Result> predictor(TrainedModel model) {
        return new Predictor<>() {
            @Override
            public String source() {
                return model.source();
            }

            @Override
            public void check(ProteinRecord record) {
                model.check(record);
            }

            @Override
            public List<Result> predict(List<ProteinRecord> records) {
                List<float[][]> features = new ArrayList<>();
                for (ProteinRecord r : records) {
                    features.add(ResidueFeatures.extract(r, model.featureSpec()));
                }
                List<float[][]> p = SequenceBatches.predictPerStep(model, features, (net, batch) ->
                        ((ComputationGraph) net).output(false, new INDArray[] {batch.features()},
                                new INDArray[] {batch.mask()})[0]);
                List<Result> out = new ArrayList<>();
                for (int n = 0; n < records.size(); n++) {
                    float[] h = new float[records.get(n).length()];
                    for (int t = 0; t < h.length; t++) {
                        h[t] = p.get(n)[t][1];
                    }
                    out.add(new Result(records.get(n).id(), records.get(n).sequence(), h));
                }
                return out;
            }
        };
    }

    @Override
    public List<String> formats() {
        return List.of();
    }

    @Override
    public PredictionWriter<Result> writer(Path directory, Set<String> formats) {
        return new PredictionWriter<>() {
            private final StringBuilder all = new StringBuilder();

            @Override
            public void write(Result p) {
                AtomicFiles.writeString(directory.resolve(OutputNames.stem(p.id()) + ".hp"), p.states() + "\n");
                all.append(p.id()).append('\t').append(p.states()).append('\n');
            }

            @Override
            public void finish() {
                AtomicFiles.writeString(directory.resolve("hydropathy.tsv"), all.toString());
            }
        };
    }

    @Override
    public Evaluator<Result> evaluator(String setName, Predictor<Result> predictor) {
        return new Evaluator<>() {
            private long right;
            private long total;

            @Override
            public void add(ProteinRecord truth, Result prediction) {
                String observed = truth.label(LABEL).orElseThrow();
                String predicted = prediction.states();
                for (int i = 0; i < observed.length(); i++) {
                    right += observed.charAt(i) == predicted.charAt(i) ? 1 : 0;
                    total++;
                }
            }

            @Override
            public String report() {
                return String.format(Locale.ROOT, "%s: accuracy %.4f over %d residues%n", setName,
                        (double) right / total, total);
            }
        };
    }

    /** Training: one-hot in, a per-residue softmax over P/H, epochs chosen by accuracy. */
    static final class Recipe implements TrainingRecipe {
        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public FeatureSpec spec() {
            return SPEC;
        }

        @Override
        public List<String> labels() {
            return NAMES;
        }

        @Override
        public Model newNetwork() {
            ComputationGraph net = new ComputationGraph(new NeuralNetConfiguration.Builder().seed(3)
                    .updater(new Adam(0.05)).weightInit(WeightInit.XAVIER).graphBuilder()
                    .addInputs("features").setInputTypes(InputType.recurrent(SPEC.width(), RNNFormat.NCW))
                    .addLayer("out", new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                            .nIn(SPEC.width()).nOut(2).activation(Activation.SOFTMAX).dataFormat(RNNFormat.NCW)
                            .build(), "features")
                    .setOutputs("out").build());
            net.init();
            return net;
        }

        private static List<DataSet> examples(List<CachedRecord> records) {
            List<DataSet> out = new ArrayList<>();
            for (CachedRecord r : records) {
                String labels = r.labels().get(LABEL);
                int[] classes = new int[labels.length()];
                for (int i = 0; i < classes.length; i++) {
                    classes[i] = labels.charAt(i) == 'H' ? 1 : 0;
                }
                float[][] f = r.features();
                float[] flat = new float[f.length * SPEC.width()];
                for (int t = 0; t < f.length; t++) {
                    for (int c = 0; c < SPEC.width(); c++) {
                        flat[c * f.length + t] = f[t][c];
                    }
                }
                out.add(SequenceBatcher.example(Nd4j.create(flat, new long[] {SPEC.width(), f.length}, 'c'),
                        classes, 2));
            }
            return out;
        }

        @Override
        public DataSetIterator trainingBatches(List<CachedRecord> records, long seed) {
            return new ShuffledDataSetIterator(examples(records), 8, seed);
        }

        @Override
        public DataSetIterator validationBatches(List<CachedRecord> records) {
            return ShuffledDataSetIterator.sequential(examples(records), 8);
        }

        @Override
        public ValidationMetric validationMetric() {
            return ValidationMetric.accuracy();
        }

        @Override
        public String scoreName() {
            return "validationAccuracy";
        }

        @Override
        public Map<String, String> settings() {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("network", "per-residue softmax on one-hot");
            out.put("batchSize", "8");
            return out;
        }
    }
}
