package org.protpred.pipeline.ss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.protpred.models.core.train.ValidationMetric;
import org.protpred.models.ss.BiRnnSecondaryStructureNetwork;
import org.protpred.models.ss.SsNetworkConfig;

class SsValidationMetricTest {

    /**
     * The training's Q3 (through the native forward pass) equals the core's accuracy through DL4J's own output, on
     * padded batches of chains of many lengths with unlabelled residues.
     */
    @Test
    void q3EqualsDl4jAccuracy() {
        int features = 5;
        Random random = new Random(3);
        List<SsBatchIterator.Example> chains = new ArrayList<>();
        for (int n = 0; n < 23; n++) {
            int length = 1 + random.nextInt(40);
            float[][] f = new float[length][features];
            int[] classes = new int[length];
            for (int t = 0; t < length; t++) {
                for (int k = 0; k < features; k++) {
                    f[t][k] = (float) random.nextGaussian();
                }
                classes[t] = random.nextInt(10) == 0 ? -1 : random.nextInt(3);
            }
            chains.add(new SsBatchIterator.Example(f, classes));
        }
        ComputationGraph net = BiRnnSecondaryStructureNetwork.build(
                SsNetworkConfig.builder(features).convLayers(2).convChannels(8).convKernel(5).lstmLayers(1).lstmSize(6).learningRate(1e-3).l2(0).seed(17).build());
        Nd4j.getRandom().setSeed(17);
        net.params().assign(Nd4j.randn(DataType.FLOAT, net.params().shape()).muli(0.5));
        SsBatchIterator validation = SsBatchIterator.evaluation(chains, 4);

        double q3 = SsTrainingRecipe.q3().score(net, validation);
        double dl4j = ValidationMetric.accuracy().score(net, validation);
        assertEquals(dl4j, q3, 1e-12);
        assertTrue(q3 > 0 && q3 < 1, "a random network is neither always right nor always wrong: " + q3);
    }
}
