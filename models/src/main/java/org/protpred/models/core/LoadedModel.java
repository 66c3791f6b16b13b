package org.protpred.models.core;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * A network read by {@link ModelFile#load}, with its metadata.
 *
 * @param network  a {@link MultiLayerNetwork} or {@link ComputationGraph}, ready for inference
 * @param metadata what the file says about the model
 * @param source   where it came from (a path or a resource name), for messages
 */
public record LoadedModel(Model network, ModelMetadata metadata, String source) {

    /** The network as a {@link MultiLayerNetwork}, or an {@link InputException} if the file holds a graph. */
    public MultiLayerNetwork multiLayer() {
        if (network instanceof MultiLayerNetwork mln) {
            return mln;
        }
        throw new InputException(source + ": holds a ComputationGraph, expected a MultiLayerNetwork");
    }

    /** The network as a {@link ComputationGraph}, or an {@link InputException} if the file holds a layer stack. */
    public ComputationGraph graph() {
        if (network instanceof ComputationGraph cg) {
            return cg;
        }
        throw new InputException(source + ": holds a MultiLayerNetwork, expected a ComputationGraph");
    }
}
