package org.protpred.pipeline.ss;

import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.protpred.models.core.ModelFile;
import org.protpred.models.core.ModelMetadata;
import org.protpred.models.ss.BiRnnSecondaryStructureNetwork;
import org.protpred.models.ss.SsNetworkConfig;
import org.protpred.pipeline.features.FeatureSpec;

/**
 * Model files whose predictions are known exactly: every weight zero and the output bias {@link #BIAS} at one
 * state, so every residue gets probability {@code e^BIAS / (e^BIAS + states - 1)} for that state and
 * {@code 1 / (e^BIAS + states - 1)} for each other.
 */
public final class ConstantModels {

    public static final double BIAS = 2.0;

    private ConstantModels() {
    }

    /** A network with {@code states} outputs (3 or 8) predicting {@code state} (output index) everywhere. */
    public static ComputationGraph network(int states, int state) {
        FeatureSpec spec = FeatureSpec.singleSequence();
        SsNetworkConfig config = SsNetworkConfig.builder(spec.width()).convLayers(1).convChannels(4).convKernel(3).lstmLayers(1).lstmSize(2).learningRate(0.002).l2(0).seed(1).outputStates(states).build();
        ComputationGraph net = BiRnnSecondaryStructureNetwork.build(config);
        net.params().assign(0);
        String output = states == 8 ? BiRnnSecondaryStructureNetwork.OUTPUT_SS8
                : BiRnnSecondaryStructureNetwork.OUTPUT_SS3;
        net.getLayer(output).getParam("b").putScalar(state, BIAS);
        return net;
    }

    /** Saves {@link #network} with these labels in the metadata. */
    public static Path write(Path file, int states, int state, List<String> labels) {
        ModelFile.save(file, network(states, state), ModelMetadata.of(SecondaryStructureModel.KIND,
                FeatureSpec.singleSequence().toJson(), labels, null));
        return file;
    }

    /** The probability of the favoured state. */
    public static double top(int states) {
        return Math.exp(BIAS) / (Math.exp(BIAS) + states - 1);
    }

    /** The probability of each other state. */
    public static double rest(int states) {
        return 1 / (Math.exp(BIAS) + states - 1);
    }
}
