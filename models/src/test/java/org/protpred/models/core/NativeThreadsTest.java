package org.protpred.models.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The library's choice of ND4J threads: the property first, then the environment, else one thread. */
class NativeThreadsTest {

    @AfterEach
    void clear() {
        System.clearProperty(NativeThreads.PROPERTY);
    }

    @Test
    void thePropertyChooses() {
        System.setProperty(NativeThreads.PROPERTY, "3");
        assertEquals(3, NativeThreads.chosen());
        System.setProperty(NativeThreads.PROPERTY, "0");
        assertEquals(0, NativeThreads.chosen());
        System.setProperty(NativeThreads.PROPERTY, "many");
        assertEquals("-Dprotpred.threads=many: expected a number of threads",
                assertThrows(InputException.class, NativeThreads::chosen).getMessage());
    }

    @Test
    void anEnvironmentThatChoosesIsLeftAlone() {
        boolean environmentChooses = System.getenv("OMP_NUM_THREADS") != null
                || System.getenv("OMP_WAIT_POLICY") != null;
        assertEquals(environmentChooses ? 0 : 1, NativeThreads.chosen());
    }
}
