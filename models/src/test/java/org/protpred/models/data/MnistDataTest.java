package org.protpred.models.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.protpred.models.core.InputException;

/** MNIST folder loading on small hand-made IDX files (28x28 images) written by the test. */
class MnistDataTest {

    @TempDir
    Path dir;

    private void writeSet(String prefix, int images, int labels, boolean gzip) throws IOException {
        int[] pixels = new int[images * 28 * 28];
        for (int i = 0; i < images; i++) {
            pixels[i * 784 + i] = 255; // image i has one white pixel at row 0, column i
        }
        int[] digits = new int[labels];
        for (int i = 0; i < labels; i++) {
            digits[i] = (i * 3) % 10;
        }
        String gz = gzip ? ".gz" : "";
        IdxFileTest.write(dir.resolve(prefix + "-images-idx3-ubyte" + gz),
                IdxFileTest.idx(2051, new int[] {images, 28, 28}, pixels), gzip);
        IdxFileTest.write(dir.resolve(prefix + "-labels-idx1-ubyte" + gz),
                IdxFileTest.idx(2049, new int[] {labels}, digits), gzip);
    }

    @Test
    void loadsMixedRawAndGzipFolder() throws IOException {
        writeSet("train", 4, 4, true);
        writeSet("t10k", 2, 2, false);
        assertTrue(MnistData.isComplete(dir));
        MnistData.TrainTest data = MnistData.load(dir);
        assertEquals(4, data.train().size());
        assertEquals(2, data.test().size());
        assertEquals(DataType.FLOAT, data.train().features().dataType());
        assertArrayEquals(new long[] {4, 784}, data.train().features().shape());
        assertArrayEquals(new int[] {0, 3, 6, 9}, data.train().labels());
        assertEquals(1.0, data.train().features().getDouble(2, 2), 0);
        assertEquals(4.0, data.train().features().sumNumber().doubleValue(), 1e-6);
        assertEquals(1.0, data.train().oneHot().getDouble(3, 9), 0);
        assertEquals(4.0, data.train().oneHot().sumNumber().doubleValue(), 0);
    }

    @Test
    void countMismatchNamesBothFiles() throws IOException {
        writeSet("train", 3, 2, false);
        InputException e = assertThrows(InputException.class, () -> MnistData.loadTrain(dir));
        assertEquals(dir.resolve("train-labels-idx1-ubyte")
                + ": 2 labels but train-images-idx3-ubyte holds 3 images", e.getMessage());
    }

    @Test
    void wrongImageSizeRejected() throws IOException {
        IdxFileTest.write(dir.resolve("t10k-images-idx3-ubyte"), IdxFileTest.idx(2051, new int[] {1, 2, 2},
                new int[] {1, 2, 3, 4}), false);
        IdxFileTest.write(dir.resolve("t10k-labels-idx1-ubyte"), IdxFileTest.idx(2049, new int[] {1},
                new int[] {1}), false);
        InputException e = assertThrows(InputException.class, () -> MnistData.loadTest(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("t10k-images-idx3-ubyte") + ": images are 2x2"),
                e.getMessage());
    }

    @Test
    void labelAboveNineRejected() throws IOException {
        IdxFileTest.write(dir.resolve("t10k-images-idx3-ubyte"), IdxFileTest.idx(2051, new int[] {1, 28, 28},
                new int[784]), false);
        IdxFileTest.write(dir.resolve("t10k-labels-idx1-ubyte"), IdxFileTest.idx(2049, new int[] {1},
                new int[] {12}), false);
        InputException e = assertThrows(InputException.class, () -> MnistData.loadTest(dir));
        assertEquals(dir.resolve("t10k-labels-idx1-ubyte") + ": label 12 of example 0 is not a digit 0-9",
                e.getMessage());
    }

    @Test
    void missingFolderAndMissingFileSayWhereToGetThem() throws IOException {
        Path absent = dir.resolve("nowhere");
        InputException e = assertThrows(InputException.class, () -> MnistData.load(absent));
        assertTrue(e.getMessage().startsWith(absent + ": MNIST data folder not found"), e.getMessage());
        assertTrue(e.getMessage().contains(MnistData.SOURCE) && e.getMessage().contains("--download")
                && e.getMessage().contains("t10k-labels-idx1-ubyte"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        writeSet("train", 1, 1, false);
        assertFalse(MnistData.isComplete(dir));
        InputException e2 = assertThrows(InputException.class, () -> MnistData.load(dir));
        assertTrue(e2.getMessage().startsWith(dir.resolve("t10k-images-idx3-ubyte.gz") + ": no such file"),
                e2.getMessage());
    }
}
