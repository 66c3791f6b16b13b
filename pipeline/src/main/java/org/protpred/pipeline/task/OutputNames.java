package org.protpred.pipeline.task;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How record ids become file names, for every predictor: characters outside {@code A-Z a-z 0-9 . _ -} become
 * {@code _}, a name that would be empty or start with a dot gets a leading {@code _}, and an id too long for a file
 * name ({@value #MAX_STEM} characters or more after that) is cut to its first {@value #KEEP} characters followed by
 * {@code _} and 16 hexadecimal digits of the SHA-256 of the whole id, so that long ids stay distinct and every name
 * (with its extension and a temporary suffix) fits the usual 255-byte limit.
 */
public final class OutputNames {

    /** Stems at least this long are shortened. */
    public static final int MAX_STEM = 120;
    /** Characters of a long id kept before its hash. */
    public static final int KEEP = 80;

    private OutputNames() {
    }

    /** The file-name stem of a record id. */
    public static String stem(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
        s = s.isEmpty() || s.startsWith(".") ? "_" + s : s;
        if (s.length() < MAX_STEM) {
            return s;
        }
        return s.substring(0, KEEP) + "_" + sha256(id).substring(0, 16);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
