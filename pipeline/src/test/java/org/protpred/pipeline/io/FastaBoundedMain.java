package org.protpred.pipeline.io;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.protpred.models.core.InputException;

/**
 * Run by {@link FastaReaderLimitsTest} in a JVM with a small heap: reads a FASTA file leniently (one line per record:
 * id, text length and problem) and then strictly (the error line).
 */
public final class FastaBoundedMain {

    private FastaBoundedMain() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        try (Stream<FastaEntry> s = FastaReader.streamRawLenient(file)) {
            s.forEach(e -> System.out.println("lenient " + e.id() + " " + e.text().length() + " " + e.problem()));
        }
        try {
            FastaReader.readAll(file);
            System.out.println("strict ok");
        } catch (InputException e) {
            System.out.println("strict " + e.getMessage());
        }
        System.out.println("maxMemory " + Runtime.getRuntime().maxMemory());
    }
}
