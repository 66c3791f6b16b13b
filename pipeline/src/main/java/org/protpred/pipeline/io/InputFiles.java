package org.protpred.pipeline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
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
    /** The path that stands for standard input. */
    public static final String STDIN = "-";

    private InputFiles() {
    }

    /** Whether {@code file} is {@code -}, which stands for standard input. */
    public static boolean isStandardInput(Path file) {
        return file != null && STDIN.equals(file.toString());
    }

    /**
     * Checks that {@code file} is an existing, readable, non-empty file: a regular file, or a pipe, a device or
     * {@code -} for standard input (these are read once, as a stream; their emptiness shows when they are read).
     *
     * @throws InputException naming the file and the problem otherwise
     */
    public static void requireReadableFile(Path file) {
        if (file == null) {
            throw new InputException("no file given");
        }
        if (isStandardInput(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw InputException.at(file, "is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw InputException.at(file, Files.isSymbolicLink(file)
                    ? "no such file (a symbolic link to a missing file)" : "no such file");
        }
        if (!Files.isReadable(file)) {
            throw InputException.at(file, "permission denied");
        }
        if (Files.isRegularFile(file)) {
            try {
                if (Files.size(file) == 0) {
                    throw InputException.at(file, "empty file (0 bytes)");
                }
            } catch (IOException e) {
                throw InputException.at(file, "cannot read: " + e.getMessage());
            }
        }
    }

    /**
     * An input stream over the file's content, gunzipped if the file is gzip-compressed. {@code -} is standard
     * input (not closed when the stream is); pipes such as {@code <(zcat f.gz)} ({@code /dev/fd/N}) are read as
     * they come. A file without a single byte is an error.
     */
    public static InputStream openStream(Path file) {
        requireReadableFile(file);
        try {
            InputStream raw = isStandardInput(file) ? new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input stays open for whoever reads it next
                }
            } : Files.isRegularFile(file) ? Files.newInputStream(file)
                    // NIO's channel stream fails on pipes ("Illegal seek"); the classic stream reads them
                    : new java.io.FileInputStream(file.toFile());
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            if (b1 < 0) {
                in.close();
                throw InputException.at(file, "empty file (0 bytes)");
            }
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

    /**
     * The whole (gunzipped) content of the file, refused with {@code FILE: larger than N bytes (uncompressed)} as
     * soon as more than {@code maxBytes} have been read: never more than about {@code maxBytes} in memory.
     */
    public static byte[] readAllBytes(Path file, int maxBytes) {
        try (InputStream in = openStream(file)) {
            byte[] data = in.readNBytes(maxBytes);
            if (data.length == maxBytes && in.read() >= 0) {
                throw InputException.at(file, "larger than " + maxBytes + " bytes (uncompressed): refused");
            }
            return data;
        } catch (IOException e) {
            throw readFailure(file, e);
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

    /** A UTF-8 reader over the (possibly gzipped) file; a byte-order mark at the start is skipped. */
    public static BufferedReader openReader(Path file) {
        BufferedReader r = new BufferedReader(new InputStreamReader(openStream(file), StandardCharsets.UTF_8), 1 << 16);
        try {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
        } catch (IOException e) {
            throw readFailure(file, e);
        }
        return r;
    }

    /**
     * The file name without folders and without the extensions listed (and a final {@code .gz}); {@code stdin} for
     * {@code -} and {@code pipe} for a process substitution ({@code /dev/fd/N}), whose names say nothing.
     */
    public static String baseName(Path file, String... extensions) {
        if (isStandardInput(file)) {
            return "stdin";
        }
        String path = file.toString();
        if (path.startsWith("/dev/fd/") || path.startsWith("/proc/self/fd/") || path.startsWith("/dev/stdin")) {
            return "pipe";
        }
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
    public static InputException readFailure(Path file, IOException e) {
        String what = e instanceof java.io.EOFException || String.valueOf(e.getMessage()).contains("ZLIB")
                ? "truncated or corrupt compressed file" : "cannot read: " + e.getMessage();
        return InputException.at(file, what);
    }
}
