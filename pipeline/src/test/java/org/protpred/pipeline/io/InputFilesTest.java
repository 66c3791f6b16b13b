package org.protpred.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Standard input and pipes for every reader that takes a path; names of such inputs. */
class InputFilesTest {

    @Test
    void structureFromStandardInputIsReadOnceAndNamedStdin() throws Exception {
        byte[] pdb = Files.readAllBytes(MalformedCorpusCliTest.corpus().resolve("valid.pdb"));
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(pdb));
            StructureChain c = StructureReader.read(Path.of("-"));
            assertEquals("stdin_A", c.observedRecord().id());
            assertEquals(8, c.observedRecord().sequence().length());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void pssmAndAlignmentFromStandardInput() throws Exception {
        InputStream original = System.in;
        try {
            System.setIn(Files.newInputStream(MalformedCorpusCliTest.corpus().resolve("valid.pssm")));
            assertEquals(10, PssmReader.read(Path.of("-")).length());
            System.setIn(Files.newInputStream(MalformedCorpusCliTest.corpus().resolve("valid.a3m")));
            assertEquals(3, AlignmentReader.read(Path.of("-"), "MGKVLAEHSW").depth());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void namesOfStandardInputAndPipes() {
        assertEquals("stdin", InputFiles.baseName(Path.of("-"), ".pdb"));
        assertEquals("pipe", InputFiles.baseName(Path.of("/dev/fd/63"), ".pdb"));
        assertEquals("1abc", InputFiles.baseName(Path.of("x/1abc.pdb.gz"), ".pdb"));
    }
}
