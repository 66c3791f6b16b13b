package org.protpred.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.protpred.models.core.InputException;

/**
 * The one check of an {@code -o DIR} output folder, for every command that writes one: the name must not be empty
 * (an empty name would silently mean the working folder), must not be an existing file or a symbolic link that
 * points nowhere, and the folder is created if needed. Each problem is one line naming the folder.
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    /** Checks {@code dir} without creating it. @throws InputException naming the problem */
    public static void check(Path dir) {
        if (dir.toString().isBlank()) {
            throw new InputException("-o: the output folder name is empty");
        }
        if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
            throw InputException.at(dir, "output folder is a symbolic link to nothing");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw InputException.at(dir, "output folder is an existing file");
        }
    }

    /** Checks {@code dir} and creates it (with its parents) if needed. @throws InputException naming the problem */
    public static Path prepare(Path dir) {
        check(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw InputException.at(dir, "cannot create output folder: " + e.getMessage());
        }
        return dir;
    }
}
