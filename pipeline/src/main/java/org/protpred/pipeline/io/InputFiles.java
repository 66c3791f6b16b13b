package org.protpred.pipeline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.protpred.models.core.InputException;

/**
 * Opens the files that users hand to protpred, turning the usual mistakes into one-line
 * {@link InputException}s: a missing file, a folder given as a file, an unreadable file, a 0-byte file.
 * Gzip-compressed files are recognised by their magic bytes (whatever the name) and decompressed on the fly.
 */
public final class InputFiles {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private InputFiles() {
    }

    /**
     * Checks that {@code file} is an existing, readable, non-empty regular file.
     *
     * @throws InputException naming the file and the problem otherwise
     */
    public static void requireReadableFile(Path file) {
        if (file == null) {
            throw new InputException("no file given");
        }
        if (Files.isDirectory(file)) {
            throw InputException.at(file, "is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw InputException.at(file, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw InputException.at(file, "permission denied");
        }
        try {
            if (Files.size(file) == 0) {
                throw InputException.at(file, "empty file (0 bytes)");
            }
        } catch (IOException e) {
            throw InputException.at(file, "cannot read: " + e.getMessage());
        }
    }

    /** An input stream over the file's content, gunzipped if the file is gzip-compressed. */
    public static InputStream openStream(Path file) {
        requireReadableFile(file);
        try {
            BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
                try {
                    return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
                } catch (IOException e) {
                    in.close();
                    throw InputException.at(file, "not a valid gzip file: " + e.getMessage());
                }
            }
            return in;
        } catch (NoSuchFileException e) {
            throw InputException.at(file, "no such file");
        } catch (AccessDeniedException e) {
            throw InputException.at(file, "permission denied");
        } catch (IOException e) {
            throw InputException.at(file, "cannot read: " + e.getMessage());
        }
    }

    /** The file's (possibly gzipped) JSON content; invalid JSON is an error naming the file and the first line of why. */
    public static JsonNode readJson(Path file) {
        try (InputStream in = openStream(file)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw InputException.at(file, "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A UTF-8 reader over the (possibly gzipped) file. */
    public static BufferedReader openReader(Path file) {
        return new BufferedReader(new InputStreamReader(openStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** The file name without folders and without the extensions listed (and a final {@code .gz}). */
    public static String baseName(Path file, String... extensions) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String ext : extensions) {
            String e = ext.startsWith(".") ? ext : "." + ext;
            if (lower.endsWith(e.toLowerCase(java.util.Locale.ROOT)) && name.length() > e.length()) {
                return name.substring(0, name.length() - e.length());
            }
        }
        return name;
    }

    /** Wraps a read failure in the middle of a file as an {@link InputException} naming the file. */
    static InputException readFailure(Path file, IOException e) {
        String what = e instanceof java.io.EOFException || String.valueOf(e.getMessage()).contains("ZLIB")
                ? "truncated or corrupt compressed file" : "cannot read: " + e.getMessage();
        return InputException.at(file, what);
    }
}
