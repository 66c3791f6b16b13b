package org.protpred.models.core;

import java.nio.file.Path;

/**
 * A problem with something a user supplied (a file, an option, a model of the wrong kind).
 *
 * <p>The message is one line that names the file (and line, where it applies) and the problem; the command line
 * prints it as it is, without a stack trace, and exits non-zero. Control characters in the message (a raw byte
 * quoted from a file, a newline in a file name) are shown escaped ({@code \\u0001}), see {@link #printable}.
 */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(printable(message));
    }

    public InputException(String message, Throwable cause) {
        super(printable(message), cause);
    }

    /**
     * The text with every control character (C0, DEL, C1, line and paragraph separators) and every lone surrogate
     * written as {@code \\uXXXX}, so that a message quoting a file's bytes stays one printable line and never
     * sends raw control bytes to a terminal.
     */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029'
                    || Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (bad && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (bad) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
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
