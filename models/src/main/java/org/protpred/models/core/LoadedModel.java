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
 * @param weights  one positive weight per member, in member order (all 1 for a plain file or a mean ensemble); the
 *                 ensemble's output is {@code sum_i w_i p_i / sum_i w_i}
 * @param metadata what the file says about the model (for an ensemble: the ensemble's own metadata)
 * @param source   where it came from (a path or a resource name), for messages
 * @param entries  extra zip entries the file holds besides its network (see
 *                 {@link ModelFile#save(java.nio.file.Path, Model, ModelMetadata, java.util.Map)}), by name
 */
public record LoadedModel(List<Model> members, List<Double> weights, ModelMetadata metadata, String source,
                          java.util.Map<String, byte[]> entries) {

    public LoadedModel {
        entries = entries == null ? java.util.Map.of() : java.util.Map.copyOf(entries);
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one network");
        }
        members = List.copyOf(members);
        weights = weights == null ? java.util.Collections.nCopies(members.size(), 1.0) : List.copyOf(weights);
        if (weights.size() != members.size()) {
            throw new IllegalArgumentException(members.size() + " networks but " + weights.size() + " weights");
        }
        for (double w : weights) {
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("ensemble weights must be positive and finite, got " + weights);
            }
        }
    }

    /** A model without extra entries. */
    public LoadedModel(List<Model> members, List<Double> weights, ModelMetadata metadata, String source) {
        this(members, weights, metadata, source, null);
    }

    /** A model whose members count equally. */
    public LoadedModel(List<Model> members, ModelMetadata metadata, String source) {
        this(members, null, metadata, source);
    }

    /** A single-network model. */
    public LoadedModel(Model network, ModelMetadata metadata, String source) {
        this(List.of(network), null, metadata, source);
    }

    /** Whether every member has the same weight (the ensemble is a plain mean). */
    public boolean equalWeights() {
        return weights.stream().distinct().count() == 1;
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
