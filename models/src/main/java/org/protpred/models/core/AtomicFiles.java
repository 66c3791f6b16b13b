package org.protpred.models.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader never sees a partial one: the content goes to a temporary file in the same
 * folder, which is renamed over the target only when writing succeeded. On failure the temporary file is removed
 * and the target is left as it was.
 *
 * <p>The temporary file is {@code .NAME.protpred-PID-RANDOM.tmp} (PID: the writing process), created with the
 * ordinary permissions ({@code 0666} minus the umask, as any new file; {@link Files#createTempFile} would make it
 * {@code 0600}, and the rename would carry that to the target). A process killed in the middle of a write
 * (kill -9) leaves its temporary file behind; the first atomic write into that folder by a later protpred process
 * removes such files when their process is gone and they are older than {@link #STALE_AGE}. A target whose file
 * name is longer than the file system allows (255 bytes; e.g. named after a long FASTA id) is an
 * {@link InputException} naming it, not an internal error.
 */
public final class AtomicFiles {

    /** Age after which an abandoned temporary file of a process that no longer runs is removed. */
    public static final Duration STALE_AGE = Duration.ofMinutes(10);

    /** Longest file name (in bytes) that common Linux file systems allow. */
    static final int MAX_NAME_BYTES = 255;

    private static final Pattern ATOMIC_TEMP = Pattern.compile("\\..+\\.protpred-(\\d+)-[0-9a-f]{16}\\.tmp");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Folders already swept for stale files by this process (swept once, not at every write). */
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    public interface TextWriter {
        void write(Writer out) throws IOException;
    }

    public static void write(Path target, StreamWriter body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path folder = dir != null ? dir : Path.of("").toAbsolutePath();
        sweepOnce(folder, ATOMIC_TEMP);
        Path tmp = null;
        try {
            OutputStream stream = null;
            String name = target.getFileName().toString();
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                throw new InputException(shorten(target) + ": cannot write: a file name of "
                        + name.getBytes(StandardCharsets.UTF_8).length + " bytes, the file system allows "
                        + MAX_NAME_BYTES);
            }
            // a long target name is shortened in the temporary name, which adds about 40 characters
            String stem = name.length() > 100 ? name.substring(0, 100) : name;
            for (int attempt = 0; stream == null; attempt++) {
                tmp = folder.resolve(tempName("." + stem + ".protpred-", ".tmp"));
                try {
                    stream = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    tmp = null;
                    if (attempt > 10) {
                        throw e;
                    }
                }
            }
            try (OutputStream out = stream) {
                body.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    public static void writeText(Path target, TextWriter body) throws IOException {
        write(target, out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.write(w);
            w.flush();
        });
    }

    public static void writeString(Path target, String content) {
        try {
            writeText(target, w -> w.write(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The target's path with a long file name cut, for messages. */
    private static String shorten(Path target) {
        String name = target.getFileName().toString();
        return name.length() <= 60 ? target.toString()
                : (target.getParent() == null ? "" : target.getParent() + "/") + name.substring(0, 50) + "...";
    }

    /** {@code PREFIX PID-RANDOM SUFFIX}: a name that tells which process made the file. */
    static String tempName(String prefix, String suffix) {
        return prefix + ProcessHandle.current().pid() + "-" + String.format("%016x", RANDOM.nextLong()) + suffix;
    }

    /**
     * A new, empty temporary file {@code PREFIX PID-RANDOM SUFFIX} in the system temporary folder, deleted when the
     * JVM exits (if the caller has not deleted it before); stale ones of the same prefix left by processes that no
     * longer run are removed first (once per process).
     */
    public static Path systemTempFile(String prefix, String suffix) throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        sweepOnce(dir, Pattern.compile(Pattern.quote(prefix) + "(\\d+)-[0-9a-f]{16}" + Pattern.quote(suffix)));
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(tempName(prefix, suffix));
            try {
                Files.createFile(tmp);
                tmp.toFile().deleteOnExit();
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static void sweepOnce(Path dir, Pattern pattern) {
        if (SWEPT.add(dir.resolve(pattern.pattern()))) {
            removeStale(dir, pattern, Instant.now().minus(STALE_AGE));
        }
    }

    /**
     * Removes the files of {@code dir} whose name matches {@code pattern} (group 1: the owner's process id) when
     * that process no longer runs and the file was last modified before {@code olderThan}. Best effort: a file
     * that cannot be removed is left.
     *
     * @return how many files were removed
     */
    static int removeStale(Path dir, Pattern pattern, Instant olderThan) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Matcher m = pattern.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(m.group(1));
                    boolean running = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                    if (!running && Files.isRegularFile(f)
                            && Files.getLastModifiedTime(f).toInstant().isBefore(olderThan)) {
                        Files.deleteIfExists(f);
                        removed++;
                    }
                } catch (IOException | NumberFormatException e) {
                    // best effort: leave it
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // an unreadable folder: nothing to sweep
        }
        return removed;
    }

    /** For tests: forget which folders were swept, so that the next write sweeps again. */
    static void forgetSweeps() {
        SWEPT.clear();
    }
}
