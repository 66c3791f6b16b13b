package org.protpred.models.fold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.util.MaskLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.NoOp;

class DeepSfNetworkTest {

    private static final int FEATURES = 5;

    /** 3 layers of 4 filters per tower (kernels 6 and 10), k = 5, dense 16, 7 folds. */
    private static DeepSfNetworkConfig small() {
        return DeepSfNetworkConfig.builder(FEATURES, 7).layersPerTower(3).filters(4).k(5).denseSize(16).seed(5)
                .build();
    }

    /**
     * Batch normalisation starts as the identity (mean 0, variance 1, shift 0), which would hide what it does to
     * zeros at padded steps; give its running mean and shift random values, as training would.
     */
    private static ComputationGraph withShiftedBatchNorm(ComputationGraph net) {
        Random random = new Random(3);
        for (Map.Entry<String, INDArray> e : net.paramTable().entrySet()) {
            if (e.getKey().endsWith("_mean") || e.getKey().endsWith("_beta")) {
                INDArray p = e.getValue();
                for (long i = 0; i < p.length(); i++) {
                    p.putScalar(i, random.nextGaussian());
                }
            }
        }
        return net;
    }

    /** Sequences with the given lengths, each alone ([1, features, length]) and padded with garbage to {@code max}. */
    private record Padded(INDArray[] alone, INDArray batch, INDArray mask) {
        static Padded of(int features, int max, long seed, int... lengths) {
            Random random = new Random(seed);
            INDArray batch = Nd4j.create(DataType.FLOAT, lengths.length, features, max);
            INDArray mask = Nd4j.zeros(DataType.FLOAT, lengths.length, max);
            INDArray[] alone = new INDArray[lengths.length];
            for (int b = 0; b < lengths.length; b++) {
                alone[b] = Nd4j.create(DataType.FLOAT, 1, features, lengths[b]);
                for (int t = 0; t < max; t++) {
                    for (int f = 0; f < features; f++) {
                        float v = (float) random.nextGaussian();
                        if (t < lengths[b]) {
                            batch.putScalar(new long[] {b, f, t}, v);
                            alone[b].putScalar(new long[] {0, f, t}, v);
                        } else {
                            batch.putScalar(new long[] {b, f, t}, 1000 * v); // garbage in the padding
                        }
                    }
                    mask.putScalar(b, t, t < lengths[b] ? 1 : 0);
                }
            }
            return new Padded(alone, batch, mask);
        }
    }

    /** Largest difference between the padded batch's output for each sequence and its output alone. */
    private static double maxPaddingDifference(ComputationGraph net, Padded data, INDArray mask) {
        INDArray batched = net.output(false, new INDArray[] {data.batch()}, mask == null ? null : new INDArray[] {mask})[0];
        double worst = 0;
        for (int b = 0; b < data.alone().length; b++) {
            INDArray single = net.outputSingle(data.alone()[b]);
            INDArray row = batched.get(NDArrayIndex.interval(b, b + 1), NDArrayIndex.all());
            worst = Math.max(worst, single.sub(row).amaxNumber().doubleValue());
        }
        return worst;
    }

    @Test
    void paddingGivesTheOutputOfEachSequenceAlone() {
        ComputationGraph net = withShiftedBatchNorm(DeepSfNetwork.build(small()));
        Padded data = Padded.of(FEATURES, 60, 11, 40, 33, 57);
        INDArray out = net.output(false, new INDArray[] {data.batch()}, new INDArray[] {data.mask()})[0];
        assertArrayEquals(new long[] {3, 7}, out.shape());
        for (int b = 0; b < 3; b++) {
            INDArray single = net.outputSingle(data.alone()[b]);
            assertArrayEquals(single.data().asFloat(),
                    out.get(NDArrayIndex.interval(b, b + 1), NDArrayIndex.all()).dup().data().asFloat(), 1e-5f,
                    "sequence " + b);
        }
    }

    /** The default architecture (10 layers of 10 filters, k = 30, dense 500), one sequence shorter than k. */
    @Test
    void paddingGivesTheOutputOfEachSequenceAloneAtDefaultSizes() {
        DeepSfNetworkConfig config = DeepSfNetworkConfig.builder(FEATURES, 1195).build();
        ComputationGraph net = withShiftedBatchNorm(DeepSfNetwork.build(config));
        Padded data = Padded.of(FEATURES, 45, 12, 20, 45, 38);
        assertTrue(maxPaddingDifference(net, data, data.mask()) < 1e-5);
    }

    /** Controls: without the mask, or without the MaskLayers, the padding changes the outputs. */
    @Test
    void withoutMaskOrMaskLayersPaddingChangesTheOutput() {
        ComputationGraph net = withShiftedBatchNorm(DeepSfNetwork.build(small()));
        Padded data = Padded.of(FEATURES, 60, 11, 40, 33, 57);
        assertTrue(maxPaddingDifference(net, data, data.mask()) < 1e-5);
        assertTrue(maxPaddingDifference(net, data, null) > 1e-3, "without a mask the padding is read");

        ComputationGraph unmasked = new ComputationGraph(DeepSfNetwork.configuration(small(), false));
        unmasked.init(net.params().dup(), false); // MaskLayers have no parameters: same layout
        // real values in the padding: even zeros there change the convolutions after batch normalisation
        Padded zeros = Padded.of(FEATURES, 60, 11, 40, 33, 57);
        zeros.batch().muli(zeros.mask().reshape(3, 1, 60).broadcast(3, FEATURES, 60));
        assertTrue(maxPaddingDifference(unmasked, data, data.mask()) > 1e-3, "garbage padding reaches the convolutions");
        assertTrue(maxPaddingDifference(unmasked, zeros, zeros.mask()) > 1e-3,
                "batch normalisation makes zero padding non-zero");
        assertTrue(maxPaddingDifference(net, zeros, zeros.mask()) < 1e-5);
    }

    @Test
    void theDenseLayerTakesTheConfiguredActivation() {
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, FEATURES, 13);
        for (org.nd4j.linalg.activations.Activation a : List.of(org.nd4j.linalg.activations.Activation.RELU,
                org.nd4j.linalg.activations.Activation.SIGMOID, org.nd4j.linalg.activations.Activation.TANH)) {
            DeepSfNetworkConfig config = small().toBuilder().denseActivation(a).build();
            ComputationGraph net = DeepSfNetwork.build(config);
            org.deeplearning4j.nn.conf.layers.DenseLayer dense = (org.deeplearning4j.nn.conf.layers.DenseLayer)
                    ((LayerVertex) net.getConfiguration().getVertices().get("dense")).getLayerConf().getLayer();
            assertEquals(a.getActivationFunction(), dense.getActivationFn());
            INDArray h = net.feedForward(new INDArray[] {x}, false).get("dense");
            double min = h.minNumber().doubleValue();
            double max = h.maxNumber().doubleValue();
            switch (a) {
                case SIGMOID -> assertTrue(min > 0 && max < 1, min + " " + max);
                case TANH -> assertTrue(min > -1 && min < 0 && max < 1, min + " " + max);
                default -> assertTrue(min == 0, "ReLU: " + min);
            }
            assertEquals(a == org.nd4j.linalg.activations.Activation.RELU, !config.toString().contains("denseActivation"));
        }
        assertThrows(IllegalArgumentException.class, () -> small().toBuilder()
                .denseActivation(org.nd4j.linalg.activations.Activation.SOFTMAX).build());
    }

    @Test
    void structureAndOutputs() {
        ComputationGraph net = DeepSfNetwork.build(small());
        ComputationGraphConfiguration conf = net.getConfiguration();
        for (int tower = 0; tower < 2; tower++) {
            for (int layer = 0; layer < 3; layer++) {
                String mask = "tower" + tower + "_mask" + layer;
                assertInstanceOf(MaskLayer.class, ((LayerVertex) conf.getVertices().get(mask)).getLayerConf().getLayer());
                assertEquals(List.of(mask), conf.getVertexInputs().get("tower" + tower + "_conv" + layer));
            }
            KMaxPooling1D kmax = (KMaxPooling1D) ((LayerVertex) conf.getVertices().get("tower" + tower + "_kmax"))
                    .getLayerConf().getLayer();
            assertEquals(5, kmax.getK());
            assertEquals(4, kmax.getChannels());
        }
        assertEquals(List.of("tower0_kmax", "tower1_kmax"), conf.getVertexInputs().get("merge"));
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, FEATURES, 13);
        // Same mode keeps the length with the even kernels 6 and 10
        Map<String, INDArray> acts = net.feedForward(new INDArray[] {x}, false);
        assertArrayEquals(new long[] {2, 4, 13}, acts.get("tower0_conv2").shape());
        assertArrayEquals(new long[] {2, 4, 13}, acts.get("tower1_conv2").shape());
        assertArrayEquals(new long[] {2, 40}, acts.get("merge").shape());
        INDArray out = net.outputSingle(x);
        assertArrayEquals(new long[] {2, 7}, out.shape());
        assertTrue(out.sum(1).sub(1).amaxNumber().doubleValue() < 1e-5);
    }

    /**
     * What the Javadoc of {@link DeepSfNetwork} says of even kernels: in Same mode DL4J pads a kernel of 6 with 2
     * steps before and 3 after (the output keeps the length). With only the last tap set, output step t is input
     * step t + 3.
     */
    @Test
    void evenKernelsPadTwoBeforeAndThreeAfter() {
        org.deeplearning4j.nn.multilayer.MultiLayerNetwork conv = new org.deeplearning4j.nn.multilayer.MultiLayerNetwork(
                new org.deeplearning4j.nn.conf.NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE).list()
                        .layer(new org.deeplearning4j.nn.conf.layers.Convolution1DLayer.Builder().nIn(1).nOut(1)
                                .kernelSize(6).hasBias(false)
                                .convolutionMode(org.deeplearning4j.nn.conf.ConvolutionMode.Same)
                                .activation(org.nd4j.linalg.activations.Activation.IDENTITY).build())
                        .setInputType(org.deeplearning4j.nn.conf.inputs.InputType.recurrent(1))
                        .build());
        conv.init();
        INDArray w = conv.getParam("0_W");
        w.assign(0);
        w.putScalar(w.length() - 1, 1);
        INDArray x = Nd4j.createFromArray(new double[][][] {{{1, 2, 3, 4, 5, 6, 7, 8}}});
        assertArrayEquals(new double[] {4, 5, 6, 7, 8, 0, 0, 0}, conv.output(x).data().asDouble(), 0);
        w.assign(0);
        w.putScalar(0, 1); // first tap: output step t is input step t - 2
        assertArrayEquals(new double[] {0, 0, 1, 2, 3, 4, 5, 6}, conv.output(x).data().asDouble(), 0);
    }

    @Test
    void survivesModelSerializerRoundTrip(@TempDir Path dir) throws Exception {
        ComputationGraph net = withShiftedBatchNorm(DeepSfNetwork.build(small()));
        File file = dir.resolve("deepsf.zip").toFile();
        ModelSerializer.writeModel(net, file, true);
        ComputationGraph restored = ModelSerializer.restoreComputationGraph(file, true);
        assertEquals(net.getConfiguration().toJson(), restored.getConfiguration().toJson());
        Padded data = Padded.of(FEATURES, 60, 11, 40, 33, 57);
        INDArray[] in = {data.batch()};
        INDArray[] mask = {data.mask()};
        assertEquals(net.output(false, in, mask)[0], restored.output(false, in, mask)[0]);
    }

    /**
     * A toy fold problem: the class of a random one-hot sequence (20 letters, lengths 20-40) is which of three
     * motifs is planted somewhere in it. Trained in padded, masked batches of 32 for 6 epochs (held-out accuracy
     * 0.96 when written; chance 1/3). Predicting 150 examples after training on batches of 32 also shows that
     * nothing in the graph depends on the training minibatch size (see {@link SequenceToImagePreProcessor}).
     */
    @Test
    void learnsWhichMotifASequenceHolds() {
        int letters = 20;
        int[][] motifs = {{1, 5, 9, 13}, {2, 6, 10, 14}, {3, 7, 11, 15}};
        Random random = new Random(17);
        List<DataSet> train = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            train.add(motifBatch(32, letters, motifs, random));
        }
        DataSet test = motifBatch(150, letters, motifs, random);
        DeepSfNetworkConfig config = DeepSfNetworkConfig.builder(letters, 3).kernelSizes(4, 6).layersPerTower(2)
                .filters(8).k(2).denseSize(16).dropout(0.1).learningRate(5e-3).seed(3).build();
        ComputationGraph net = DeepSfNetwork.build(config);
        for (int epoch = 0; epoch < 6; epoch++) {
            for (DataSet batch : train) {
                net.fit(batch);
            }
        }
        INDArray predicted = net.output(false, new INDArray[] {test.getFeatures()},
                new INDArray[] {test.getFeaturesMaskArray()})[0].argMax(1);
        INDArray truth = test.getLabels().argMax(1);
        double accuracy = predicted.eq(truth).castTo(DataType.DOUBLE).meanNumber().doubleValue();
        assertTrue(accuracy > 0.8, "held-out accuracy " + accuracy + " (chance 1/3)");
    }

    private static DataSet motifBatch(int size, int letters, int[][] motifs, Random random) {
        int max = 40;
        INDArray x = Nd4j.zeros(DataType.FLOAT, size, letters, max);
        INDArray mask = Nd4j.zeros(DataType.FLOAT, size, max);
        INDArray y = Nd4j.zeros(DataType.FLOAT, size, motifs.length);
        for (int i = 0; i < size; i++) {
            int length = 20 + random.nextInt(max - 20 + 1);
            int label = random.nextInt(motifs.length);
            int[] seq = new int[length];
            for (int t = 0; t < length; t++) {
                seq[t] = random.nextInt(letters);
            }
            int at = random.nextInt(length - motifs[label].length + 1);
            System.arraycopy(motifs[label], 0, seq, at, motifs[label].length);
            for (int t = 0; t < length; t++) {
                x.putScalar(new long[] {i, seq[t], t}, 1);
                mask.putScalar(i, t, 1);
            }
            y.putScalar(i, label, 1);
        }
        return new DataSet(x, y, mask, null);
    }

    @Test
    void gradientsPassDl4jGradientCheckWithoutBatchNorm() {
        assertTrue(gradientCheck(false));
    }

    @Test
    void gradientsPassDl4jGradientCheckWithBatchNorm() {
        assertTrue(gradientCheck(true));
    }

    /** A tiny DeepSF graph (double precision, no dropout, plain gradient steps) on a masked batch. */
    private static boolean gradientCheck(boolean batchNorm) {
        DataType before = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            DeepSfNetworkConfig config = DeepSfNetworkConfig.builder(3, 3).kernelSizes(2, 3).layersPerTower(2)
                    .filters(3).k(2).denseSize(4).dropout(0).batchNorm(batchNorm).dataType(DataType.DOUBLE)
                    .seed(9).build();
            ComputationGraphConfiguration conf = DeepSfNetwork.configuration(config);
            for (var vertex : conf.getVertices().values()) {
                if (vertex instanceof LayerVertex lv && lv.getLayerConf().getLayer() instanceof BaseLayer layer) {
                    layer.setIUpdater(new NoOp());
                    layer.setBiasUpdater(new NoOp());
                }
                // DL4J reports the running statistics' updates as their "gradients", (1 - decay) * (running - batch);
                // with decay 1 they stay put and check as 0. (Excluding them by name does not work:
                // GradientCheckUtil maps names to positions in paramTable() order, which is not the order of
                // params() in this two-tower graph.)
                if (vertex instanceof LayerVertex lv && lv.getLayerConf().getLayer() instanceof BatchNormalization bn) {
                    bn.setDecay(1.0);
                }
            }
            ComputationGraph net = new ComputationGraph(conf);
            net.init();
            Nd4j.getRandom().setSeed(21);
            INDArray x = Nd4j.rand(DataType.DOUBLE, 3, 3, 6).subi(0.5).muli(2);
            INDArray mask = Nd4j.createFromArray(new double[][] {
                    {1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 0, 0}, {1, 0, 0, 0, 0, 0}});
            x.putScalar(new long[] {1, 0, 5}, 50); // garbage in the padding
            x.putScalar(new long[] {2, 1, 3}, -50);
            INDArray labels = Nd4j.createFromArray(new double[][] {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}});
            // biases start at 0, and a unit whose inputs are all 0 (ReLU, k-max slots of a short sequence) would sit
            // exactly on the ReLU's kink; move them off it
            Random random = new Random(4);
            net.paramTable().forEach((name, p) -> {
                if (name.endsWith("_b") || name.endsWith("_beta")) {
                    for (long i = 0; i < p.length(); i++) {
                        p.putScalar(i, 0.1 + 0.2 * random.nextDouble());
                    }
                }
            });
            return GradientCheckUtil.checkGradients(new GradientCheckUtil.GraphConfig().net(net)
                    .inputs(new INDArray[] {x}).labels(new INDArray[] {labels}).inputMask(new INDArray[] {mask})
                    .epsilon(1e-6).maxRelError(1e-5).minAbsoluteError(1e-9)
                    .print(GradientCheckUtil.PrintMode.FAILURES_ONLY));
        } finally {
            Nd4j.setDefaultDataTypes(before, before);
        }
    }
}
