package org.protpred.pipeline.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.protpred.models.core.AtomicFiles;
import org.protpred.models.core.InputException;
import org.protpred.models.core.ModelFile;
import org.protpred.pipeline.all.PipelineTask;
import org.protpred.pipeline.io.PredictionInput;

/**
 * The report step ({@code protpred report}, the end of {@code protpred predict all}): for each record of a FASTA
 * file, in input order, its results in the results folders ({@link RecordReport}), with the runs' provenance
 * ({@link RunHistory}), written as {@value SummaryTable#FILE} and {@value #HTML} (each atomically). The input is
 * read twice (summary first, then the sections) so that memory does not grow with the number of records.
 */
public final class Report {

    /** The HTML file name. */
    public static final String HTML = "report.html";

    /**
     * What was written.
     *
     * @param records records reported
     * @param ok      records whose every result was found
     */
    public record Summary(int records, int ok) {
    }

    private final List<PipelineTask<?, ?>> tasks;

    public Report(List<PipelineTask<?, ?>> tasks) {
        this.tasks = tasks;
    }

    /**
     * Writes the report of {@code fasta}'s records found in {@code folders} into {@code output}.
     *
     * @throws InputException when a folder does not exist, or the FASTA file or a run record cannot be read
     */
    public Summary write(Path fasta, List<Path> folders, Path output) {
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                throw InputException.at(f, Files.exists(f) ? "not a folder (expected a results folder)"
                        : "no such results folder");
            }
        }
        RunHistory history = RunHistory.of(folders);
        ReportPage page = new ReportPage(tasks);
        SummaryTable table = new SummaryTable(tasks);
        StringBuilder summary = new StringBuilder(table.header());
        java.io.StringWriter summaryRows = new java.io.StringWriter();
        int[] counts = new int[2];
        forEachRecord(fasta, folders, history, (r, index) -> {
            summary.append(table.row(r));
            page.summaryRow(summaryRows, r, index);
            counts[0]++;
            counts[1] += r.ok() ? 1 : 0;
        });
        write(output.resolve(HTML), w -> {
            page.begin(w, ModelFile.protpredVersion(), history, Instant.now());
            w.write(summaryRows.toString());
            page.endSummary(w);
            forEachRecord(fasta, folders, history, (r, index) -> page.protein(w, r, index));
            page.end(w);
        });
        AtomicFiles.writeString(output.resolve(SummaryTable.FILE), summary.toString());
        return new Summary(counts[0], counts[1]);
    }

    private interface RecordAction {
        void accept(RecordReport r, int index) throws IOException;
    }

    private void forEachRecord(Path fasta, List<Path> folders, RunHistory history, RecordAction action) {
        try (Stream<PredictionInput.Item> items = PredictionInput.stream(fasta)) {
            Iterator<PredictionInput.Item> it = items.iterator();
            for (int index = 1; it.hasNext(); index++) {
                action.accept(RecordReport.of(it.next(), tasks, folders, history), index);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, AtomicFiles.TextWriter body) {
        try {
            AtomicFiles.writeText(file, body);
        } catch (IOException e) {
            throw InputException.at(file, "cannot write: " + e.getMessage());
        }
    }
}
