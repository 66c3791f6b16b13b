package org.protpred.models.dbn;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The source of randomness of an {@link Rbm}: uniform numbers for sampling binary units and standard normal numbers
 * for sampling Gaussian visible units.
 *
 * <p>It is an interface so that a test can fix the "random" numbers and check one contrastive-divergence step against
 * a hand computation; {@link #seeded(long)} is what training uses. It draws from its own {@link Random} rather than
 * ND4J's global generator, so an RBM's sampling is reproducible from its seed whatever else uses ND4J meanwhile
 * (and several RBMs, or a DL4J network with dropout, do not disturb each other).
 */
public interface Sampler {

    /** A {@code [rows, columns]} array of independent numbers uniform in [0, 1). */
    INDArray uniform(long rows, long columns, DataType type);

    /** A {@code [rows, columns]} array of independent standard normal numbers. */
    INDArray gaussian(long rows, long columns, DataType type);

    /** A sampler drawing from {@code new Random(seed)}: the same seed gives the same sequence of arrays. */
    static Sampler seeded(long seed) {
        Random random = new Random(seed);
        return new Sampler() {
            @Override
            public INDArray uniform(long rows, long columns, DataType type) {
                double[] values = new double[Math.toIntExact(rows * columns)];
                for (int i = 0; i < values.length; i++) {
                    values[i] = random.nextDouble();
                }
                return Nd4j.createFromArray(values).reshape(rows, columns).castTo(type);
            }

            @Override
            public INDArray gaussian(long rows, long columns, DataType type) {
                double[] values = new double[Math.toIntExact(rows * columns)];
                for (int i = 0; i < values.length; i++) {
                    values[i] = random.nextGaussian();
                }
                return Nd4j.createFromArray(values).reshape(rows, columns).castTo(type);
            }
        };
    }
}
