package org.protpred.models;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one way a test waits for the shared data sets (PROTPRED_DATA): without them it skips, except under
 * {@code CI=true}, where a missing data set fails the test, so that a broken data path in CI can never turn an
 * accuracy floor green by skipping it.
 */
public final class RequiresData {

    private RequiresData() {
    }

    /** Skips the test (fails it under {@code CI=true}) unless {@code present}; {@code what} names the data. */
    public static void assume(boolean present, String what) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true but the data the test needs is missing (" + what + "); check PROTPRED_DATA");
        }
        Assumptions.abort(what);
    }
}
