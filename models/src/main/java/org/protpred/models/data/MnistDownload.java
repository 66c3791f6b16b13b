package org.protpred.models.data;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.protpred.models.core.AtomicFiles;
import org.protpred.models.core.InputException;

/**
 * Fetches the four gzipped MNIST files into a folder, trying the original site and then the mirror that
 * torchvision uses. Each file is checked (gzip stream holding the right IDX magic number) before it is written, and
 * written atomically, so an interrupted download never leaves a partial file; files already present are kept.
 */
public final class MnistDownload {

    /** Sites tried in order; each serves the four {@code .gz} files under their standard names. */
    public static final List<String> MIRRORS = List.of(
            MnistData.SOURCE, "https://ossci-datasets.s3.amazonaws.com/mnist/");

    private final HttpClient client;
    private final Consumer<String> log;

    public MnistDownload(Consumer<String> log) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
        this.log = log;
    }

    /** Downloads every missing file into {@code folder} (created if needed). */
    public void into(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw InputException.at(folder, "cannot create the data folder: " + e.getMessage());
        }
        for (String name : MnistData.FILE_NAMES) {
            if (Files.isRegularFile(folder.resolve(name)) || Files.isRegularFile(folder.resolve(name + ".gz"))) {
                continue;
            }
            Path target = folder.resolve(name + ".gz");
            byte[] body = fetch(name + ".gz");
            int expectedMagic = name.contains("images") ? IdxFile.IMAGES_MAGIC : IdxFile.LABELS_MAGIC;
            checkContent(name, body, expectedMagic);
            try {
                AtomicFiles.write(target, out -> out.write(body));
            } catch (IOException e) {
                throw InputException.at(target, "cannot write: " + e.getMessage());
            }
            log.accept("downloaded " + target + " (" + body.length + " bytes)");
        }
    }

    private byte[] fetch(String fileName) {
        List<String> failures = new ArrayList<>();
        for (String mirror : MIRRORS) {
            URI uri = URI.create(mirror + fileName);
            log.accept("downloading " + uri);
            try {
                HttpResponse<byte[]> response = client.send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 200) {
                    return response.body();
                }
                failures.add(uri + ": HTTP " + response.statusCode());
            } catch (IOException e) {
                failures.add(uri + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputException("download of " + fileName + " interrupted");
            }
        }
        throw new InputException("cannot download " + fileName + ": " + String.join("; ", failures));
    }

    private static void checkContent(String name, byte[] body, int expectedMagic) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(body)))) {
            int magic = in.readInt();
            if (magic != expectedMagic) {
                throw new InputException("downloaded " + name + " has IDX magic number " + magic + ", expected "
                        + expectedMagic);
            }
        } catch (IOException e) {
            throw new InputException("downloaded " + name + " is not a gzip IDX file: " + e.getMessage());
        }
    }
}
