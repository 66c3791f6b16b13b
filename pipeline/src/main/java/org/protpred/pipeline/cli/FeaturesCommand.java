package org.protpred.pipeline.cli;

import org.protpred.pipeline.task.OutputNames;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.protpred.models.core.AtomicFiles;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.features.FeatureInput;
import org.protpred.pipeline.features.FeatureSpec;
import org.protpred.pipeline.features.ResidueFeatures;
import org.protpred.pipeline.io.AlignmentReader;
import org.protpred.pipeline.io.FastaReader;
import org.protpred.pipeline.io.PssmReader;
import org.protpred.pipeline.protein.ProteinRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code protpred features}: the residue features of every record of a FASTA file, one TSV file per record.
 *
 * <p>Output {@code DIR/<id>.tsv} (characters of the id other than letters, digits, {@code .}, {@code _} and {@code -}
 * replaced by {@code _}; two records mapping to the same name fail the second): a header line {@code index<TAB>aa<TAB><column>...} with the spec's column names,
 * then one line per residue: the 1-based residue index, the amino acid, and the features (shortest decimal form that
 * reads back to the same 32-bit float; whole numbers without a decimal point).
 *
 * <p>Inputs: {@code --pssm} and {@code --msa} take a file (for a single-record FASTA) or a folder holding one file per
 * record, named after the record id ({@code <id>.pssm}; {@code <id>.a3m}, {@code .aln}, {@code .fasta}, {@code .fa},
 * {@code .afa}, each optionally {@code .gz}). Without {@code --spec}, the spec is {@code profile} when either is
 * given, else {@code single-sequence}.
 *
 * <p>Errors: a problem with the whole input (unreadable or malformed FASTA, unknown spec, a spec needing a profile or
 * alignment that was not passed) prints one line and exits 2 before anything is written. A problem with one record
 * (its PSSM or alignment missing or not matching) prints one line naming the record, the other records are still
 * written, and the command exits 2 at the end, saying how many failed. Files are written atomically: a record's
 * file is complete or absent.
 */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = {"Write the per-residue features of each FASTA record to DIR/<id>.tsv: a header line (index, aa,"
            + " then one name per feature column) and one line per residue. Characters of the id other than letters,"
            + " digits, '.', '_' and '-' become '_' in the file name.",
            "Specs: single-sequence (default), profile (default with --pssm or --msa), contacts-single, contacts,"
            + " contacts-dca (their residue features), or a JSON spec file.",
            "A record that fails is reported and skipped, the others are written, and the exit status is then 2."})
public final class FeaturesCommand implements Callable<Integer> {

    private static final List<String> ALIGNMENT_EXTENSIONS = List.of(".a3m", ".aln", ".fasta", ".fa", ".afa");

    @Parameters(index = "0", paramLabel = "INPUT.fasta", description = "Protein sequences (FASTA, optionally .gz).")
    Path input;

    @Option(names = "--msa", paramLabel = "FILE|DIR",
            description = "Alignment with the query first (A3M, aligned FASTA or PSICOV .aln), or a folder of <id>.<ext>.")
    Path msa;

    @Option(names = "--pssm", paramLabel = "FILE|DIR",
            description = "PSI-BLAST ASCII PSSM, or a folder of <id>.pssm.")
    Path pssm;

    @Option(names = "--spec", paramLabel = "NAME|FILE",
            description = "Feature spec: a built-in name or a JSON file.")
    String specName;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "Output folder (created if missing).")
    Path outDir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws IOException {
        FeatureSpec spec = FeatureSpec.load(specName != null ? specName
                : (msa != null || pssm != null ? "profile" : "single-sequence"));
        requireInputsFor(spec);
        OutputFolder.check(outDir);
        List<ProteinRecord> records = FastaReader.readAll(input);
        if (records.size() > 1) {
            for (Path p : new Path[] {msa, pssm}) {
                if (p != null && !Files.isDirectory(p)) {
                    throw InputException.at(p, "one file for " + records.size() + " records: pass a folder"
                            + " holding one file per record id instead");
                }
            }
        }
        OutputFolder.prepare(outDir);
        PrintWriter err = command.commandLine().getErr();
        PrintWriter out = command.commandLine().getOut();
        int failed = 0;
        java.util.Set<String> names = new java.util.HashSet<>();
        for (ProteinRecord r : records) {
            try {
                String name = fileName(r.id());
                if (!names.add(name)) {
                    throw InputException.at(input, "record '" + r.id() + "' would be written to " + name
                            + ", as an earlier record was");
                }
                ProteinRecord full = withInputs(r);
                float[][] f = ResidueFeatures.extract(full, spec);
                Path target = outDir.resolve(name);
                AtomicFiles.writeText(target, w -> writeTsv(w, full, spec, f));
            } catch (InputException e) {
                failed++;
                err.println("protpred: error: " + e.getMessage());
                err.flush();
            }
        }
        int written = records.size() - failed;
        out.printf("%d of %d records -> %s (%d columns, spec %s)%n", written, records.size(), outDir, spec.width(),
                specName != null ? specName : (msa != null || pssm != null ? "profile" : "single-sequence"));
        out.flush();
        if (failed > 0) {
            err.println("protpred: error: " + failed + " of " + records.size() + " records failed (see above)");
            err.flush();
            return ProtpredCommand.EXIT_USER_ERROR;
        }
        return 0;
    }

    private void requireInputsFor(FeatureSpec spec) {
        java.util.EnumSet<FeatureInput> available = java.util.EnumSet.noneOf(FeatureInput.class);
        if (pssm != null) {
            available.add(FeatureInput.PROFILE);
        }
        if (msa != null) {
            available.add(FeatureInput.ALIGNMENT);
        }
        spec.checkAvailable(available);
    }

    private ProteinRecord withInputs(ProteinRecord r) {
        ProteinRecord out = r;
        if (pssm != null) {
            out = PssmReader.attach(out, Files.isDirectory(pssm) ? perRecord(pssm, r.id(), List.of(".pssm")) : pssm);
        }
        if (msa != null) {
            Path file = Files.isDirectory(msa) ? perRecord(msa, r.id(), ALIGNMENT_EXTENSIONS) : msa;
            out = out.withAlignment(AlignmentReader.read(file, r.sequence()));
        }
        return out;
    }

    private static Path perRecord(Path folder, String id, List<String> extensions) {
        for (String ext : extensions) {
            for (String gz : new String[] {"", ".gz"}) {
                Path p = folder.resolve(id + ext + gz);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        throw InputException.at(folder, "no file for record '" + id + "' (looked for " + id + "{"
                + String.join(",", extensions) + "}[.gz])");
    }

    /** The output file name of a record ({@link OutputNames#stem} of its id). */
    static String fileName(String id) {
        return OutputNames.stem(id) + ".tsv";
    }

    /** Writes the documented TSV form of one record's features. */
    static void writeTsv(Writer w, ProteinRecord r, FeatureSpec spec, float[][] f) throws IOException {
        StringBuilder sb = new StringBuilder("index\taa");
        for (String c : spec.columnNames()) {
            sb.append('\t').append(c);
        }
        w.write(sb.append('\n').toString());
        for (int i = 0; i < f.length; i++) {
            sb.setLength(0);
            sb.append(i + 1).append('\t').append(r.sequence().charAt(i));
            for (float v : f[i]) {
                sb.append('\t').append(format(v));
            }
            w.write(sb.append('\n').toString());
        }
    }

    /** Shortest decimal that reads back to the same float; whole numbers without ".0". */
    static String format(float v) {
        if (v == (int) v && Math.abs(v) < 1e7f) {
            return Integer.toString((int) v);
        }
        return Float.toString(v).toLowerCase(Locale.ROOT);
    }
}
