package org.protpred.models.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.protpred.models.core.InputException;

/**
 * Reader for the IDX format of the MNIST files (LeCun et al., "The MNIST database of handwritten digits"):
 * a big-endian header (magic number {@code 0x0000 08 NN} where {@code 08} is "unsigned byte" and {@code NN} the
 * number of dimensions, then one 32-bit size per dimension) followed by the data, one unsigned byte per value.
 *
 * <p>Files may be raw or gzip-compressed (recognised by their content, not their name). Every problem (wrong magic
 * number, zero or negative dimension, truncated data, trailing bytes, broken gzip stream) is an
 * {@link InputException} naming the file.
 */
public final class IdxFile {

    /** Magic number of an image file: unsigned bytes, three dimensions (count, rows, columns). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of a label file: unsigned bytes, one dimension (count). */
    public static final int LABELS_MAGIC = 0x00000801;

    private IdxFile() {
    }

    /** Images of an IDX3 file: {@code count} images of {@code rows x columns} unsigned bytes, row-major. */
    public record Images(Path file, int count, int rows, int columns, byte[] pixels) {
        /** Pixel value 0..255 of image {@code index} at ({@code row}, {@code column}). */
        public int pixel(int index, int row, int column) {
            return pixels[(index * rows + row) * columns + column] & 0xff;
        }

        public int pixelsPerImage() {
            return rows * columns;
        }
    }

    /** Labels of an IDX1 file: one unsigned byte per example. */
    public record Labels(Path file, byte[] values) {
        public int count() {
            return values.length;
        }

        public int label(int index) {
            return values[index] & 0xff;
        }
    }

    /** Reads an image file (magic 2051). */
    public static Images readImages(Path file) {
        try (DataInputStream in = open(file)) {
            int magic = readHeaderInt(in, file, "magic number");
            checkMagic(file, magic, IMAGES_MAGIC);
            int count = readDimension(in, file, "image count");
            int rows = readDimension(in, file, "row count");
            int columns = readDimension(in, file, "column count");
            long expected = (long) count * rows * columns;
            if (expected > Integer.MAX_VALUE - 8) {
                throw InputException.at(file, "header declares " + count + " images of " + rows + "x" + columns
                        + " pixels, too large to load");
            }
            byte[] pixels = readBody(in, file, (int) expected, count + " images of " + rows + "x" + columns + " pixels");
            return new Images(file, count, rows, columns, pixels);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** Reads a label file (magic 2049). */
    public static Labels readLabels(Path file) {
        try (DataInputStream in = open(file)) {
            int magic = readHeaderInt(in, file, "magic number");
            checkMagic(file, magic, LABELS_MAGIC);
            int count = readDimension(in, file, "label count");
            byte[] values = readBody(in, file, count, count + " labels");
            return new Labels(file, values);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw InputException.at(file, Files.exists(file) ? "not a regular file" : "no such file");
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        InputStream in = (b0 == 0x1f && b1 == 0x8b) ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
        return new DataInputStream(in);
    }

    private static int readHeaderInt(DataInputStream in, Path file, String what) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw InputException.at(file, "truncated: the file ends inside the IDX header (" + what + ")");
        }
    }

    private static int readDimension(DataInputStream in, Path file, String what) throws IOException {
        int value = readHeaderInt(in, file, what);
        if (value <= 0) {
            throw InputException.at(file, "invalid IDX header: " + what + " is " + value);
        }
        return value;
    }

    private static void checkMagic(Path file, int magic, int expected) {
        if (magic != expected) {
            throw InputException.at(file, "not an IDX " + kind(expected) + " file: magic number " + magic
                    + (magic == IMAGES_MAGIC || magic == LABELS_MAGIC ? " (an IDX " + kind(magic) + " file)" : "")
                    + ", expected " + expected);
        }
    }

    private static String kind(int magic) {
        return magic == IMAGES_MAGIC ? "image" : "label";
    }

    private static byte[] readBody(DataInputStream in, Path file, int length, String declared) throws IOException {
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw InputException.at(file, "truncated: header declares " + declared + " (" + length
                    + " bytes) but the file holds only " + body.length);
        }
        if (in.read() != -1) {
            throw InputException.at(file, "unexpected data after the " + declared + " declared in the header");
        }
        return body;
    }

    private static RuntimeException failure(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return InputException.at(file, "no such file");
        }
        if (e instanceof ZipException || e instanceof EOFException) {
            return InputException.at(file, "corrupt or truncated gzip data (" + e.getMessage() + ")");
        }
        return InputException.at(file, "cannot read: " + e.getMessage());
    }
}
