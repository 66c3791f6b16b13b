package org.protpred.pipeline.task;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.protpred.models.core.InputException;

/** The SHA-256 of a model file's bytes, the checksum every run's provenance ({@code run.json}) names models by. */
public final class ModelChecksum {

    private ModelChecksum() {
    }

    /** A stream that digests what is read through it: {@link #hex} once it has been read to the end. */
    public record Digesting(DigestInputStream stream) {

        /** The SHA-256 of every byte read so far, hexadecimal. */
        public String hex() {
            return HexFormat.of().formatHex(stream.getMessageDigest().digest());
        }
    }

    /** Wraps {@code in} so that its bytes are digested as they are read. */
    public static Digesting digesting(InputStream in) {
        return new Digesting(new DigestInputStream(in, sha256()));
    }

    /** The SHA-256 of a file, hexadecimal. @throws InputException naming the file when it cannot be read */
    public static String of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Digesting d = digesting(in);
            d.stream().transferTo(java.io.OutputStream.nullOutputStream());
            return d.hex();
        } catch (IOException e) {
            throw InputException.at(file, "cannot read: " + e.getMessage());
        }
    }

    /** The SHA-256 of bytes, hexadecimal. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
