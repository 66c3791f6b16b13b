package org.protpred.models.core.train;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The few operations the training code needs on either kind of DL4J network, so the rest of the code need not care
 * which it has: with {@link DataSet}s, a {@link MultiLayerNetwork} or a single-input, single-output
 * {@link ComputationGraph}.
 */
public final class ModelOps {

    private ModelOps() {
    }

    /** One optimisation step on a minibatch (masks included); returns the minibatch's objective. */
    public static double fit(Model net, DataSet batch) {
        if (net instanceof MultiLayerNetwork mln) {
            mln.fit(batch);
            return mln.score();
        }
        ComputationGraph cg = singleIoGraph(net);
        cg.fit(batch);
        return cg.score();
    }

    /** The objective on a batch in inference mode (no dropout). */
    public static double score(Model net, DataSet batch) {
        if (net instanceof MultiLayerNetwork mln) {
            return mln.score(batch, false);
        }
        return singleIoGraph(net).score(batch, false);
    }

    /** The network's output in inference mode. */
    public static INDArray output(Model net, INDArray features, INDArray featureMask, INDArray labelMask) {
        if (net instanceof MultiLayerNetwork mln) {
            return mln.output(features, false, featureMask, labelMask);
        }
        ComputationGraph cg = singleIoGraph(net);
        return cg.output(false, new INDArray[] {features}, featureMask == null ? null : new INDArray[] {featureMask},
                labelMask == null ? null : new INDArray[] {labelMask})[0];
    }

    public static int epochCount(Model net) {
        return net instanceof MultiLayerNetwork mln ? mln.getEpochCount() : graph(net).getConfiguration().getEpochCount();
    }

    public static int iterationCount(Model net) {
        return net instanceof MultiLayerNetwork mln ? mln.getIterationCount()
                : graph(net).getConfiguration().getIterationCount();
    }

    /** Sets the counters that learning-rate schedules and Adam's bias correction read. */
    public static void setCounts(Model net, int iteration, int epoch) {
        if (net instanceof MultiLayerNetwork mln) {
            mln.setIterationCount(iteration);
            mln.setEpochCount(epoch);
        } else {
            graph(net).getConfiguration().setIterationCount(iteration);
            graph(net).getConfiguration().setEpochCount(epoch);
        }
    }

    /** The updater's state (momentum, Adam moments) as one flat view, or null when the optimiser keeps none. */
    public static INDArray updaterState(Model net) {
        Updater updater = net instanceof MultiLayerNetwork mln ? mln.getUpdater(true) : null;
        if (updater != null) {
            return updater.getStateViewArray();
        }
        if (net instanceof ComputationGraph cg) {
            return cg.getUpdater(true).getStateViewArray();
        }
        return null;
    }

    /** The learning rate the first trainable layer uses at the network's current iteration and epoch (NaN if none). */
    public static double learningRate(Model net) {
        Layer[] layers = net instanceof MultiLayerNetwork mln ? mln.getLayers() : graph(net).getLayers();
        int iteration = iterationCount(net);
        int epoch = epochCount(net);
        for (Layer layer : layers) {
            if (layer.conf().getLayer() instanceof BaseLayer base && base.getIUpdater() != null
                    && base.getIUpdater().hasLearningRate()) {
                return base.getIUpdater().getLearningRate(iteration, epoch);
            }
        }
        return Double.NaN;
    }

    /** "MultiLayerNetwork" or "ComputationGraph". */
    public static String typeName(Model net) {
        if (net instanceof MultiLayerNetwork) {
            return "MultiLayerNetwork";
        }
        graph(net);
        return "ComputationGraph";
    }

    /** The graph, checked to take DataSets: one input, one output. */
    private static ComputationGraph singleIoGraph(Model net) {
        ComputationGraph cg = graph(net);
        if (cg.getNumInputArrays() != 1 || cg.getNumOutputArrays() != 1) {
            throw new IllegalArgumentException("a graph with " + cg.getNumInputArrays() + " inputs and "
                    + cg.getNumOutputArrays() + " outputs; protpred trains single-input, single-output graphs");
        }
        return cg;
    }

    private static ComputationGraph graph(Model net) {
        if (net instanceof ComputationGraph cg) {
            return cg;
        }
        throw new IllegalArgumentException("expected a MultiLayerNetwork or ComputationGraph, got "
                + (net == null ? "null" : net.getClass().getName()));
    }
}
