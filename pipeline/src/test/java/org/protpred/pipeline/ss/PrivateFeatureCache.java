package org.protpred.pipeline.ss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.protpred.pipeline.data.FeatureCache;

/**
 * Gives each test its own empty feature cache folder (through {@link FeatureCache#VARIABLE}), restoring the previous
 * setting and deleting the folder afterwards. Register with {@code @RegisterExtension}.
 */
final class PrivateFeatureCache implements BeforeEachCallback, AfterEachCallback {

    private String previous;
    private Path folder;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        previous = System.getProperty(FeatureCache.VARIABLE);
        folder = Files.createTempDirectory("protpred-test-cache-");
        System.setProperty(FeatureCache.VARIABLE, folder.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (previous == null) {
            System.clearProperty(FeatureCache.VARIABLE);
        } else {
            System.setProperty(FeatureCache.VARIABLE, previous);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** This test's cache folder. */
    Path folder() {
        return folder;
    }
}
