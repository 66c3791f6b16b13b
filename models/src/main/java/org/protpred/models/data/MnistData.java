package org.protpred.models.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.protpred.models.core.InputException;

/**
 * The MNIST digits (LeCun, Bottou, Bengio and Haffner 1998) loaded from the four standard IDX files, raw or
 * gzipped, into memory: the pixels once, as one {@code FLOAT} matrix scaled to [0, 1], so that training never
 * creates per-example arrays.
 */
public final class MnistData {

    /** Image side in pixels. */
    public static final int SIDE = 28;
    /** Number of classes (digits 0-9). */
    public static final int CLASSES = 10;
    /** Base names of the four standard files (each may also carry a {@code .gz} suffix). */
    public static final List<String> FILE_NAMES = List.of(
            "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");
    /** Where the files are published. */
    public static final String SOURCE = "http://yann.lecun.com/exdb/mnist/";

    private MnistData() {
    }

    /** One part of MNIST: {@code features} is [n, 784] FLOAT in [0, 1], {@code labels} the digits. */
    public record Split(INDArray features, int[] labels) {
        public int size() {
            return labels.length;
        }

        /** One-hot labels, [n, 10] FLOAT. */
        public INDArray oneHot() {
            return Labels.oneHot(labels, CLASSES);
        }
    }

    /** The training (60,000) and test (10,000) parts. */
    public record TrainTest(Split train, Split test) {
    }

    /** Loads the training and test parts from {@code folder}. */
    public static TrainTest load(Path folder) {
        requireFolder(folder);
        return new TrainTest(loadPart(folder, "train"), loadPart(folder, "t10k"));
    }

    /** Loads only the training part. */
    public static Split loadTrain(Path folder) {
        requireFolder(folder);
        return loadPart(folder, "train");
    }

    /** Loads only the test part. */
    public static Split loadTest(Path folder) {
        requireFolder(folder);
        return loadPart(folder, "t10k");
    }

    /** True when all four files are in {@code folder} (raw or gzipped). */
    public static boolean isComplete(Path folder) {
        return FILE_NAMES.stream().allMatch(name -> find(folder, name) != null);
    }

    /** Advice printed when the files are missing. */
    public static String whereToGet(Path folder) {
        return "put the four MNIST files (" + String.join(", ", FILE_NAMES) + ", raw or .gz) from " + SOURCE
                + " into " + folder + ", or run with --download on a machine with internet access";
    }

    private static void requireFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw InputException.at(folder, "MNIST data folder not found: " + whereToGet(folder));
        }
    }

    private static Split loadPart(Path folder, String prefix) {
        Path imagesFile = require(folder, prefix + "-images-idx3-ubyte");
        Path labelsFile = require(folder, prefix + "-labels-idx1-ubyte");
        IdxFile.Images images = IdxFile.readImages(imagesFile);
        IdxFile.Labels labels = IdxFile.readLabels(labelsFile);
        if (images.rows() != SIDE || images.columns() != SIDE) {
            throw InputException.at(imagesFile, "images are " + images.rows() + "x" + images.columns()
                    + " pixels, MNIST images are " + SIDE + "x" + SIDE);
        }
        if (images.count() != labels.count()) {
            throw InputException.at(labelsFile, labels.count() + " labels but " + imagesFile.getFileName()
                    + " holds " + images.count() + " images");
        }
        int[] digits = new int[labels.count()];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = labels.label(i);
            if (digits[i] >= CLASSES) {
                throw InputException.at(labelsFile, "label " + digits[i] + " of example " + i + " is not a digit 0-9");
            }
        }
        return new Split(toUnitFloats(images), digits);
    }

    /** Pixels as a [count, rows*columns] FLOAT matrix with values {@code byte / 255}. */
    public static INDArray toUnitFloats(IdxFile.Images images) {
        byte[] px = images.pixels();
        float[] values = new float[px.length];
        for (int i = 0; i < px.length; i++) {
            values[i] = (px[i] & 0xff) / 255f;
        }
        return Nd4j.create(values, new long[] {images.count(), images.pixelsPerImage()}, DataType.FLOAT);
    }

    private static Path require(Path folder, String baseName) {
        Path p = find(folder, baseName);
        if (p == null) {
            throw InputException.at(folder.resolve(baseName + ".gz"), "no such file (nor " + baseName
                    + "): " + whereToGet(folder));
        }
        return p;
    }

    private static Path find(Path folder, String baseName) {
        for (String name : new String[] {baseName, baseName + ".gz"}) {
            Path p = folder.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
