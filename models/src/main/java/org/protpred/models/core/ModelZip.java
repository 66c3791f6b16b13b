package org.protpred.models.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.util.ModelSerializer;

/**
 * A DL4J model zip (as written by {@link ModelSerializer}) with extra entries of our own, written atomically. DL4J
 * reads such files normally; it ignores entries it does not know.
 */
public final class ModelZip {

    private ModelZip() {
    }

    /**
     * Writes {@code net} (with its updater state when {@code saveUpdater}) plus {@code extras} (entry name to bytes)
     * to {@code target}, atomically.
     */
    public static void write(Path target, Model net, boolean saveUpdater, Map<String, byte[]> extras) throws IOException {
        // DL4J's zip is made in memory (no protpred-model-*.zip left in the system temp folder by a killed process)
        java.io.ByteArrayOutputStream dl4j = new java.io.ByteArrayOutputStream();
        ModelSerializer.writeModel(net, dl4j, saveUpdater);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream source = new ZipInputStream(new java.io.ByteArrayInputStream(dl4j.toByteArray()))) {
            ZipEntry entry;
            while ((entry = source.getNextEntry()) != null) {
                if (!extras.containsKey(entry.getName())) {
                    entries.put(entry.getName(), source.readAllBytes());
                }
            }
        }
        entries.putAll(extras);
        writeEntries(target, entries);
    }

    /** Writes a zip of {@code entries} (name to bytes, in map order) to {@code target}, atomically. */
    public static void writeEntries(Path target, Map<String, byte[]> entries) throws IOException {
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        });
    }

    /** Largest entry {@link #read(Path, String...)} reads: 1 GiB. */
    public static final int MAX_ENTRY_BYTES = 1 << 30;

    /**
     * The named entries of a zip file that are present (absent names are left out), each at most
     * {@link #MAX_ENTRY_BYTES}.
     *
     * @throws java.util.zip.ZipException if the file is not a zip archive
     * @throws InputException if an entry is larger than the limit
     */
    public static Map<String, byte[]> read(Path zipFile, String... names) throws IOException {
        return read(zipFile, zipFile.toString(), MAX_ENTRY_BYTES, names);
    }

    /**
     * The named entries of a zip file that are present, each read through a bounded stream (the size the zip
     * declares is not trusted): an entry of more than {@code maxBytes} is refused as soon as that many bytes have
     * been read, with {@code SOURCE: damaged model file (entry NAME is larger than N bytes)}.
     *
     * @param source names the file in messages
     * @throws java.util.zip.ZipException if the file is not a zip archive
     */
    public static Map<String, byte[]> read(Path zipFile, String source, int maxBytes, String... names)
            throws IOException {
        Map<String, byte[]> found = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (String name : names) {
                ZipEntry entry = zip.getEntry(name);
                if (entry != null) {
                    if (entry.getSize() > maxBytes) {
                        throw tooLarge(source, name, maxBytes);
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        byte[] bytes = in.readNBytes(maxBytes);
                        if (bytes.length == maxBytes && in.read() >= 0) {
                            throw tooLarge(source, name, maxBytes);
                        }
                        found.put(name, bytes);
                    }
                }
            }
        }
        return found;
    }

    /** Every entry of a zip file, in the file's order (each at most {@link #MAX_ENTRY_BYTES}). */
    public static Map<String, byte[]> readAll(Path zipFile) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            zip.stream().forEach(e -> names.add(e.getName()));
        }
        return read(zipFile, names.toArray(String[]::new));
    }

    private static InputException tooLarge(String source, String name, int maxBytes) {
        return new InputException(source + ": damaged model file (entry " + name + " is larger than " + maxBytes
                + " bytes)");
    }
}
