package org.protpred.models.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
        Path dl4j = Files.createTempFile("protpred-model-", ".zip");
        try {
            ModelSerializer.writeModel(net, dl4j.toFile(), saveUpdater);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipFile source = new ZipFile(dl4j.toFile())) {
                Enumeration<? extends ZipEntry> all = source.entries();
                while (all.hasMoreElements()) {
                    ZipEntry entry = all.nextElement();
                    if (!extras.containsKey(entry.getName())) {
                        try (InputStream in = source.getInputStream(entry)) {
                            entries.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            }
            entries.putAll(extras);
            writeEntries(target, entries);
        } finally {
            Files.deleteIfExists(dl4j);
        }
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

    /**
     * The named entries of a zip file that are present (absent names are left out).
     *
     * @throws java.util.zip.ZipException if the file is not a zip archive
     */
    public static Map<String, byte[]> read(Path zipFile, String... names) throws IOException {
        Map<String, byte[]> found = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (String name : names) {
                ZipEntry entry = zip.getEntry(name);
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        found.put(name, in.readAllBytes());
                    }
                }
            }
        }
        return found;
    }
}
