package org.protpred.models.core;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * The network or networks read by {@link ModelFile#load}, with their metadata.
 *
 * <p>A plain model file holds one network; an ensemble file (written by {@link ModelFile#combine}) holds several
 * members of the same kind, feature spec and labels, whose predicted probabilities the caller averages.
 *
 * @param members  the networks, each a {@link MultiLayerNetwork} or {@link ComputationGraph}, ready for inference;
 *                 never empty
 * @param metadata what the file says about the model (for an ensemble: the ensemble's own metadata)
 * @param source   where it came from (a path or a resource name), for messages
 */
public record LoadedModel(List<Model> members, ModelMetadata metadata, String source) {

    public LoadedModel {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one network");
        }
        members = List.copyOf(members);
    }

    /** A single-network model. */
    public LoadedModel(Model network, ModelMetadata metadata, String source) {
        this(List.of(network), metadata, source);
    }

    /** Whether the file held more than one network. */
    public boolean isEnsemble() {
        return members.size() > 1;
    }

    /** The one network, or an {@link InputException} if the file holds an ensemble. */
    public Model network() {
        if (isEnsemble()) {
            throw new InputException(source + ": is an ensemble of " + members.size()
                    + " networks, expected a single network");
        }
        return members.get(0);
    }

    /** The network as a {@link MultiLayerNetwork}, or an {@link InputException} if the file holds something else. */
    public MultiLayerNetwork multiLayer() {
        if (network() instanceof MultiLayerNetwork mln) {
            return mln;
        }
        throw new InputException(source + ": holds a ComputationGraph, expected a MultiLayerNetwork");
    }

    /** The network as a {@link ComputationGraph}, or an {@link InputException} if the file holds something else. */
    public ComputationGraph graph() {
        return asGraph(network());
    }

    /** All networks as {@link ComputationGraph}s (one for a plain file), or an {@link InputException}. */
    public List<ComputationGraph> graphs() {
        List<ComputationGraph> graphs = new ArrayList<>(members.size());
        for (Model m : members) {
            graphs.add(asGraph(m));
        }
        return graphs;
    }

    private ComputationGraph asGraph(Model m) {
        if (m instanceof ComputationGraph cg) {
            return cg;
        }
        throw new InputException(source + ": holds a MultiLayerNetwork, expected a ComputationGraph");
    }
}
