package org.protpred.models.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one setting that points protpred at the shared data sets: the environment variable (or system property)
 * {@code PROTPRED_DATA}; when unset, {@code ../shared/data} or {@code ../../shared/data} relative to the working
 * directory, if such a folder exists.
 */
public final class DataLocation {

    public static final String VARIABLE = "PROTPRED_DATA";

    private DataLocation() {
    }

    /** The data root, if one is configured or found. */
    public static Optional<Path> root() {
        String configured = System.getProperty(VARIABLE, System.getenv(VARIABLE));
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (String candidate : new String[] {"../shared/data", "../../shared/data"}) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return Optional.of(p.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** A sub-folder of the data root, if present. */
    public static Optional<Path> folder(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }

    /** A sub-folder of the data root, or an {@link InputException} telling the user how to point at it. */
    public static Path require(String relative) {
        return folder(relative).orElseThrow(() -> new InputException(
                "data folder '" + relative + "' not found: set " + VARIABLE
                        + " to the folder holding the protpred data sets (see README, section Data)"));
    }
}
