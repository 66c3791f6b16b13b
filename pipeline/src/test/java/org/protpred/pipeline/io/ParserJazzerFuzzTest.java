package org.protpred.pipeline.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.protpred.models.core.InputException;
import org.protpred.models.core.ModelFile;

/**
 * Coverage-guided fuzzing of every parser with Jazzer (libFuzzer for the JVM), one fuzz test per parser. Each input
 * is written to a file and parsed; the parser must return or throw {@link InputException} with a one-line message.
 * Any other exception is a finding: Jazzer stops, prints the input and writes it as {@code crash-*} in the
 * working folder (pipeline/).
 *
 * <p>Run on demand only (the JVM agent Jazzer installs is kept out of the normal tests; {@link ParserFuzzTest} is
 * the in-suite fuzzing): one parser per run, e.g.
 * <pre>
 * JAZZER_FUZZ=1 mvn -o -B -pl pipeline -am test -Dtest='ParserJazzerFuzzTest#fasta' \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.instrument='org.protpred.**'
 * </pre>
 * for at most {@code maxDuration} (10 minutes); methods: fasta, labelFasta, pssm, alignment, columnIndex, pdb, mmCif,
 * modelMetadata. Seeds are the files in {@code src/test/resources/org/protpred/pipeline/io/ParserJazzerFuzzTestInputs/METHOD/};
 * what Jazzer learns is kept in {@code pipeline/.cifuzz-corpus/} (ignored by git).
 */
@EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
class ParserJazzerFuzzTest {

    private static Path dir;

    private static synchronized Path dir() throws IOException {
        if (dir == null) {
            dir = Files.createTempDirectory("protpred-jazzer-");
        }
        return dir;
    }

    private static void parse(String name, byte[] data, Consumer<Path> parser) {
        try {
            Path f = dir().resolve(name);
            Files.write(f, data);
            parser.accept(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            if (e.getMessage().contains("\n") || e.getMessage().contains("\r")) {
                throw new IllegalStateException("message of more than one line: " + e.getMessage());
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void fasta(byte[] data) {
        parse("in.fasta", data, FastaReader::readAll);
    }

    @FuzzTest(maxDuration = "10m")
    void labelFasta(byte[] data) {
        parse("in.fasta", data, FastaReader::readAllRaw);
        parse("in.fasta", data, f -> {
            try (Stream<FastaEntry> s = FastaReader.streamRawLenient(f)) {
                s.forEach(e -> {
                });
            }
        });
    }

    @FuzzTest(maxDuration = "10m")
    void pssm(byte[] data) {
        parse("in.pssm", data, PssmReader::read);
    }

    @FuzzTest(maxDuration = "10m")
    void alignment(byte[] data) {
        parse("in.a3m", data, AlignmentReader::read);
        parse("in.a3m", data, f -> AlignmentReader.read(f, "MGKVLAEHSW"));
    }

    @FuzzTest(maxDuration = "10m")
    void columnIndex(byte[] data) {
        parse("in.indices", data, ColumnIndexReader::read);
    }

    @FuzzTest(maxDuration = "10m")
    void pdb(byte[] data) {
        parse("in.pdb", data, StructureReader::read);
    }

    @FuzzTest(maxDuration = "10m")
    void mmCif(byte[] data) {
        parse("in.cif", data, StructureReader::read);
    }

    @FuzzTest(maxDuration = "10m")
    void modelMetadata(byte[] data) {
        parse("in.zip", data, ModelFile::readMetadata);
    }
}
