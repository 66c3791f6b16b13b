package org.protpred.models.core;

import java.nio.file.Path;

/**
 * A problem with something a user supplied (a file, an option, a model of the wrong kind).
 *
 * <p>The message is one line that names the file (and line, where it applies) and the problem; the command line
 * prints it as it is, without a stack trace, and exits non-zero.
 */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code FILE: problem} */
    public static InputException at(Path file, String problem) {
        return new InputException(file + ": " + problem);
    }

    /** {@code FILE:LINE: problem} */
    public static InputException at(Path file, long line, String problem) {
        return new InputException(file + ":" + line + ": " + problem);
    }
}
