package org.protpred.models.dbn;

import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A weighted ensemble of binary probability models, as {@link AdaBoost} produces: its probability of class 1 is
 * {@code Σ_m α_m p_m(x) / Σ_m α_m}.
 *
 * <p>Dividing by the sum of the weights makes the output a convex combination of the members' probabilities, so it
 * stays in [0, 1] and can be read, thresholded and evaluated (AUC, precision at L/5, ...) like a single member's
 * output; the unnormalised AdaBoost score {@code Σ α_m h_m(x)} would have an arbitrary scale that grows with the
 * number of rounds. It is made either by boosting or, to load a stored ensemble, from its members and weights
 * ({@link #BoostedEnsemble(List, List)}); {@link #weights()} is what a model file has to keep.
 */
public final class BoostedEnsemble implements ProbabilityModel {

    private final List<ProbabilityModel> members;
    private final List<Double> weights;
    private final double weightSum;

    /**
     * @param members at least one model
     * @param weights one positive, finite weight per member
     */
    public BoostedEnsemble(List<? extends ProbabilityModel> members, List<Double> weights) {
        this.members = List.copyOf(members);
        this.weights = List.copyOf(weights);
        if (this.members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        if (this.members.size() != this.weights.size()) {
            throw new IllegalArgumentException(this.members.size() + " members but " + this.weights.size()
                    + " weights");
        }
        double sum = 0;
        for (double w : this.weights) {
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("member weights must be positive and finite, got " + this.weights);
            }
            sum += w;
        }
        this.weightSum = sum;
    }

    /** The members, in the order they were trained. */
    public List<ProbabilityModel> members() {
        return members;
    }

    /** The members' weights α_m (not normalised), in the order of {@link #members()}. */
    public List<Double> weights() {
        return weights;
    }

    /** {@code Σ α_m p_m(x) / Σ α_m}, {@code [n, 1]}, in [0, 1] when every member's probabilities are. */
    @Override
    public INDArray probabilities(INDArray features) {
        INDArray sum = null;
        for (int m = 0; m < members.size(); m++) {
            INDArray p = members.get(m).probabilities(features).castTo(DataType.DOUBLE).reshape(features.rows(), 1);
            INDArray weighted = p.mul(weights.get(m));
            sum = sum == null ? weighted : sum.addi(weighted);
        }
        return Objects.requireNonNull(sum).divi(weightSum);
    }
}
