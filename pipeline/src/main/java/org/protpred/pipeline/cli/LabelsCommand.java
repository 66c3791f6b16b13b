package org.protpred.pipeline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.protpred.models.core.AtomicFiles;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.io.StructureReader;
import org.protpred.pipeline.labels.ContactRange;
import org.protpred.pipeline.labels.RrWriter;
import org.protpred.pipeline.labels.TrueLabels;
import org.protpred.pipeline.protein.ProteinRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code protpred labels}: true labels of one chain of a structure file. Writes, for record id {@code ID}
 * (file base name, {@code _}, chain), {@code ID.fasta} (observed sequence), {@code ID.ss8} and {@code ID.ss3}
 * (FASTA records with one DSSP state per observed residue) and {@code ID.rr} (true contacts with sequence
 * separation of at least 6, CASP RR format). Either all four files are written or none.
 */
@Command(name = "labels", mixinStandardHelpOptions = true,
        description = {"Compute true labels of a protein chain from its structure (PDB or mmCIF, plain or .gz): "
            + "DSSP secondary structure (8 and 3 states) and the contact map (C-beta, C-alpha for glycine, 8 A).",
            "Writes DIR/ID.fasta, DIR/ID.ss8, DIR/ID.ss3 and DIR/ID.rr, where ID is the file's base name and the "
            + "chain (1abc.pdb, chain A: 1abc_A). Labels cover the observed residues (those with a C-alpha atom)."})
public final class LabelsCommand implements Callable<Integer> {

    /** Width of sequence and label lines in the FASTA outputs. */
    static final int FASTA_WIDTH = 60;

    @Parameters(index = "0", paramLabel = "STRUCTURE", description = "PDB or mmCIF file (.pdb, .ent, .cif, optionally .gz)")
    Path structure;

    @Option(names = {"-c", "--chain"}, paramLabel = "C",
            description = "Chain name (PDB chain letter); default: the first protein chain.")
    String chain;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "Output folder (created if missing).")
    Path outDir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        OutputFolder.check(outDir);
        TrueLabels labels = TrueLabels.of(StructureReader.read(structure, chain));
        ProteinRecord r = labels.record();
        String id = r.id();

        Map<Path, String> outputs = new LinkedHashMap<>();
        outputs.put(outDir.resolve(id + ".fasta"), fasta(id, r.description(), r.sequence()));
        outputs.put(outDir.resolve(id + ".ss8"), fasta(id, "", r.label(TrueLabels.SS8).orElseThrow()));
        outputs.put(outDir.resolve(id + ".ss3"), fasta(id, "", r.label(TrueLabels.SS3).orElseThrow()));
        java.io.StringWriter rr = new java.io.StringWriter();
        List<RrWriter.Entry> entries = labels.contacts().contacts(ContactRange.MIN_SEPARATION)
                .map(RrWriter.Entry::trueContact).toList();
        RrWriter.write(rr, id, r.sequence(), entries);
        outputs.put(outDir.resolve(id + ".rr"), rr.toString());
        writeAllOrNone(outputs);

        spec.commandLine().getOut().printf("%s: %d residues, %d contacts (short %d, medium %d, long %d) -> %s%n",
                id, r.length(), entries.size(), labels.contacts().count(ContactRange.SHORT),
                labels.contacts().count(ContactRange.MEDIUM), labels.contacts().count(ContactRange.LONG), outDir);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String fasta(String id, String description, String text) {
        StringBuilder sb = new StringBuilder(">").append(id);
        if (!description.isEmpty()) {
            sb.append(' ').append(description);
        }
        sb.append('\n');
        for (int k = 0; k < text.length(); k += FASTA_WIDTH) {
            sb.append(text, k, Math.min(text.length(), k + FASTA_WIDTH)).append('\n');
        }
        return sb.toString();
    }

    /** Writes every file atomically; if one fails, removes those already written by this call. */
    private static void writeAllOrNone(Map<Path, String> outputs) throws IOException {
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> e : outputs.entrySet()) {
                AtomicFiles.writeString(e.getKey(), e.getValue());
                written.add(e.getKey());
            }
        } catch (RuntimeException e) {
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
            if (e instanceof UncheckedIOException u) {
                throw InputException.at(outDir(outputs), "cannot write output: " + u.getCause().getMessage());
            }
            throw e;
        }
    }

    private static Path outDir(Map<Path, String> outputs) {
        return outputs.keySet().iterator().next().getParent();
    }
}
