package org.protpred.models.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protpred.models.core.InputException;

class IdxFileTest {

    @TempDir
    Path dir;

    /** Two 2x3 images, pixel values chosen to cover 0, 255 and values above 127 (unsigned bytes). */
    static final int[] PIXELS = {0, 1, 2, 128, 254, 255, 10, 20, 30, 40, 50, 200};

    static byte[] idx(int magic, int[] dims, int[] values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int d : dims) {
            out.writeInt(d);
        }
        for (int v : values) {
            out.writeByte(v);
        }
        out.flush();
        return bytes.toByteArray();
    }

    static Path write(Path file, byte[] content, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }

    @Test
    void readsRawImagesWithExactPixels() throws IOException {
        Path f = write(dir.resolve("img-idx3-ubyte"), idx(2051, new int[] {2, 2, 3}, PIXELS), false);
        IdxFile.Images images = IdxFile.readImages(f);
        assertEquals(2, images.count());
        assertEquals(2, images.rows());
        assertEquals(3, images.columns());
        assertEquals(128, images.pixel(0, 1, 0));
        assertEquals(255, images.pixel(0, 1, 2));
        assertEquals(200, images.pixel(1, 1, 2));
        assertEquals(20, images.pixel(1, 0, 1));
    }

    @Test
    void readsGzippedImagesAndLabels() throws IOException {
        Path img = write(dir.resolve("img.gz"), idx(2051, new int[] {2, 2, 3}, PIXELS), true);
        Path lab = write(dir.resolve("lab.gz"), idx(2049, new int[] {3}, new int[] {7, 0, 9}), true);
        IdxFile.Images images = IdxFile.readImages(img);
        int[] all = new int[PIXELS.length];
        for (int i = 0; i < 2; i++) {
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    all[(i * 2 + r) * 3 + c] = images.pixel(i, r, c);
                }
            }
        }
        assertArrayEquals(PIXELS, all);
        IdxFile.Labels labels = IdxFile.readLabels(lab);
        assertEquals(3, labels.count());
        assertArrayEquals(new int[] {7, 0, 9}, new int[] {labels.label(0), labels.label(1), labels.label(2)});
    }

    @Test
    void unitFloatsAreBytesOver255() throws IOException {
        Path f = write(dir.resolve("img"), idx(2051, new int[] {2, 2, 3}, PIXELS), false);
        float[] values = MnistData.toUnitFloats(IdxFile.readImages(f)).data().asFloat();
        assertEquals(12, values.length);
        assertEquals(128 / 255f, values[3], 0f);
        assertEquals(1f, values[5], 0f);
        assertEquals(0f, values[0], 0f);
    }

    @Test
    void wrongMagicNamesFileAndNumbers() throws IOException {
        Path f = write(dir.resolve("labels-as-images"), idx(2049, new int[] {3}, new int[] {1, 2, 3}), false);
        InputException e = assertThrows(InputException.class, () -> IdxFile.readImages(f));
        assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("magic number 2049") && e.getMessage().contains("expected 2051"),
                e.getMessage());
        Path g = write(dir.resolve("garbage"), "hello world, not idx".getBytes(), false);
        InputException e2 = assertThrows(InputException.class, () -> IdxFile.readLabels(g));
        assertTrue(e2.getMessage().contains("garbage") && e2.getMessage().contains("expected 2049"), e2.getMessage());
    }

    @Test
    void truncatedBodyRawAndGzip() throws IOException {
        byte[] full = idx(2051, new int[] {2, 2, 3}, PIXELS);
        byte[] cut = Arrays.copyOf(full, full.length - 5);
        Path raw = write(dir.resolve("cut-raw"), cut, false);
        InputException e = assertThrows(InputException.class, () -> IdxFile.readImages(raw));
        assertEquals(raw + ": truncated: header declares 2 images of 2x3 pixels (12 bytes) but the file holds only 7",
                e.getMessage());
        Path gz = write(dir.resolve("cut.gz"), cut, true);
        InputException e2 = assertThrows(InputException.class, () -> IdxFile.readImages(gz));
        assertTrue(e2.getMessage().startsWith(gz + ": truncated"), e2.getMessage());
    }

    @Test
    void truncatedHeaderAndCutGzipStream() throws IOException {
        Path header = write(dir.resolve("short"), new byte[] {0, 0, 8, 3, 0, 0}, false);
        InputException e = assertThrows(InputException.class, () -> IdxFile.readImages(header));
        assertTrue(e.getMessage().startsWith(header + ": truncated"), e.getMessage());
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(idx(2049, new int[] {1000}, new int[1000]));
        }
        byte[] stream = gz.toByteArray();
        Path cutStream = write(dir.resolve("cut-stream.gz"), Arrays.copyOf(stream, stream.length / 2), false);
        InputException e2 = assertThrows(InputException.class, () -> IdxFile.readLabels(cutStream));
        assertTrue(e2.getMessage().startsWith(cutStream + ": "), e2.getMessage());
    }

    @Test
    void trailingBytesAndBadDimensionsRejected() throws IOException {
        byte[] full = idx(2049, new int[] {2}, new int[] {1, 2, 3});
        Path extra = write(dir.resolve("extra"), full, false);
        InputException e = assertThrows(InputException.class, () -> IdxFile.readLabels(extra));
        assertTrue(e.getMessage().startsWith(extra + ": unexpected data"), e.getMessage());
        Path zero = write(dir.resolve("zero"), idx(2051, new int[] {0, 28, 28}, new int[0]), false);
        InputException e2 = assertThrows(InputException.class, () -> IdxFile.readImages(zero));
        assertEquals(zero + ": invalid IDX header: image count is 0", e2.getMessage());
    }

    @Test
    void missingFileNamed() {
        Path missing = dir.resolve("absent-idx1-ubyte");
        InputException e = assertThrows(InputException.class, () -> IdxFile.readLabels(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }
}
