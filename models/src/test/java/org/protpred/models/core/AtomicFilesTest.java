package org.protpred.models.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Permissions and stale temporary files of atomic writes; bounded reading of model zip entries. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    /** The permissions a plain new file gets here (0666 minus this process's umask). */
    private Set<PosixFilePermission> plainFilePermissions() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(probe);
        Files.delete(probe);
        return p;
    }

    @Test
    void outputsGetTheOrdinaryPermissionsNotThoseOfATempFile() throws IOException {
        Path target = dir.resolve("out/a.txt");
        AtomicFiles.writeString(target, "hello");
        assertEquals("hello", Files.readString(target));
        assertEquals(plainFilePermissions(), Files.getPosixFilePermissions(target));
        assertTrue(Files.getPosixFilePermissions(target).contains(PosixFilePermission.OTHERS_READ)
                        || !plainFilePermissions().contains(PosixFilePermission.OTHERS_READ),
                "not 0600 as Files.createTempFile would make it");
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(target), s.toList(), "no temporary file left");
        }
    }

    @Test
    void temporaryFileIsNamedAfterTheTargetAndTheProcess() throws IOException {
        Path target = dir.resolve("b.txt");
        AtomicFiles.write(target, out -> {
            try (Stream<Path> s = Files.list(dir)) {
                String name = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).findFirst()
                        .orElseThrow();
                assertTrue(name.matches("\\.b\\.txt\\.protpred-" + ProcessHandle.current().pid()
                        + "-[0-9a-f]{16}\\.tmp"), name);
            }
            out.write(1);
        });
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            throw new IOException("disk full");
        }));
        assertEquals(1, Files.size(target), "target kept on failure");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(target), s.toList());
        }
    }

    @Test
    void staleTemporaryFilesOfDeadProcessesAreRemovedByTheNextWrite() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        long deadPid = dead.pid();
        long self = ProcessHandle.current().pid();
        Path old = Files.writeString(dir.resolve(".x.ss2.protpred-" + deadPid + "-0123456789abcdef.tmp"), "partial");
        Path recent = Files.writeString(dir.resolve(".y.ss2.protpred-" + deadPid + "-0123456789abcdef.tmp"), "p");
        Path alive = Files.writeString(dir.resolve(".z.ss2.protpred-" + self + "-0123456789abcdef.tmp"), "p");
        Path foreign = Files.writeString(dir.resolve(".w.ss2.12345.tmp"), "not ours");
        FileTime longAgo = FileTime.from(Instant.now().minus(AtomicFiles.STALE_AGE).minusSeconds(60));
        for (Path p : List.of(old, alive, foreign)) {
            Files.setLastModifiedTime(p, longAgo);
        }
        AtomicFiles.forgetSweeps();
        AtomicFiles.writeString(dir.resolve("new.txt"), "x");
        assertFalse(Files.exists(old), "stale file of a dead process removed");
        assertTrue(Files.exists(recent), "a recent file is left (its process may be on another machine)");
        assertTrue(Files.exists(alive), "a running process's file is left");
        assertTrue(Files.exists(foreign), "files of other names are left");
    }

    @Test
    void aFileNameTooLongForTheFileSystemIsAnInputError() {
        Path target = dir.resolve("y".repeat(300) + ".tsv");
        InputException e = assertThrows(InputException.class, () -> AtomicFiles.writeString(target, "x"));
        assertEquals(dir + "/" + "y".repeat(50) + "...: cannot write: a file name of 304 bytes, the file system"
                + " allows 255", e.getMessage());
        Path longest = dir.resolve("z".repeat(251) + ".tsv");
        AtomicFiles.writeString(longest, "x");
        assertTrue(Files.exists(longest), "a 255-byte name is written (its temporary name is shortened)");
    }

    @Test
    void systemTempFileIsNamedAndDeletedOnExit() throws IOException {
        Path t = AtomicFiles.systemTempFile("protpred-test-", ".zip");
        try {
            assertTrue(t.getFileName().toString().matches("protpred-test-" + ProcessHandle.current().pid()
                    + "-[0-9a-f]{16}\\.zip"), t.toString());
        } finally {
            Files.deleteIfExists(t);
        }
    }

    @Test
    void modelZipEntryLargerThanTheCapIsRefusedWithoutTrustingTheDeclaredSize() throws IOException {
        Path zip = dir.resolve("m.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(ModelFile.METADATA_ENTRY));
            byte[] block = new byte[1 << 16];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                out.write(block); // 4 MiB of blanks, compressed to a few kB
            }
            out.closeEntry();
        }
        InputException e = assertThrows(InputException.class, () -> ModelFile.load(zip, "ss-birnn"));
        assertEquals(zip + ": damaged model file (entry protpred-metadata.json is larger than 1048576 bytes)",
                e.getMessage());
        assertEquals(4 << 20, ModelZip.read(zip, ModelFile.METADATA_ENTRY).get(ModelFile.METADATA_ENTRY).length,
                "the general reader's cap is larger");

        // the same zip declaring 100 bytes in its central directory: the bytes read are counted, not the claim
        byte[] bytes = Files.readAllBytes(zip);
        int patched = 0;
        for (int i = 0; i + 28 <= bytes.length; i++) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02) {
                java.nio.ByteBuffer.wrap(bytes, i + 24, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(100);
                patched++;
            }
        }
        assertEquals(1, patched);
        Path lying = Files.write(dir.resolve("lying.zip"), bytes);
        assertEquals(100, new java.util.zip.ZipFile(lying.toFile()).getEntry(ModelFile.METADATA_ENTRY).getSize());
        InputException e2 = assertThrows(InputException.class, () -> ModelFile.readMetadata(lying));
        assertEquals(lying + ": damaged model file (entry protpred-metadata.json is larger than 1048576 bytes)",
                e2.getMessage());
    }
}
