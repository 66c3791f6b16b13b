package org.protpred.models.core;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * ND4J's OpenMP threads for protpred used as a library. The {@code protpred} launcher sets
 * {@code OMP_WAIT_POLICY=passive}, because OpenMP worker threads that busy-wait between ND4J's many small operations
 * make predictions 2-8 times slower on small machines; a Java program that calls protpred has no launcher, and an
 * environment variable cannot be set from inside the JVM. So, unless the environment already chooses
 * ({@code OMP_NUM_THREADS} or {@code OMP_WAIT_POLICY} set), protpred runs ND4J with one OpenMP thread, which predicts
 * as fast as the launcher's setting here (100 secondary-structure predictions from Java: 28-57 s with ND4J's default
 * threads, 5.5-11 s with one, 7.2 s with {@code OMP_WAIT_POLICY=passive}; 2 busy cores). The system property
 * {@value #PROPERTY} overrides: a number of threads, or {@code 0} to leave ND4J as it is.
 *
 * <p>This is process-wide: ND4J has one thread pool, so other ND4J code in the same program runs with the same
 * setting.
 */
public final class NativeThreads {

    /** System property: OpenMP threads for ND4J, or 0 to leave ND4J's own setting. */
    public static final String PROPERTY = "protpred.threads";

    private static volatile boolean applied;

    private NativeThreads() {
    }

    /** The threads protpred chooses for this process, or 0 for "leave ND4J as it is". */
    static int chosen() {
        String property = System.getProperty(PROPERTY);
        if (property != null) {
            try {
                return Math.max(0, Integer.parseInt(property.strip()));
            } catch (NumberFormatException e) {
                throw new InputException("-D" + PROPERTY + "=" + property + ": expected a number of threads");
            }
        }
        boolean environmentChooses = System.getenv("OMP_NUM_THREADS") != null
                || System.getenv("OMP_WAIT_POLICY") != null;
        return environmentChooses ? 0 : 1;
    }

    /** Applies the choice once per process (later calls do nothing). */
    public static void applyLibraryDefault() {
        if (applied) {
            return;
        }
        synchronized (NativeThreads.class) {
            if (applied) {
                return;
            }
            int threads = chosen();
            if (threads > 0) {
                Nd4j.getBackend();   // loads the native library first
                NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
            }
            applied = true;
        }
    }

    /** ND4J's current number of OpenMP threads. */
    public static int current() {
        Nd4j.getBackend();
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }
}
