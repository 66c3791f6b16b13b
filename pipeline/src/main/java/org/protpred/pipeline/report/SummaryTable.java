package org.protpred.pipeline.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.protpred.pipeline.all.PipelineTask;

/**
 * {@value #FILE}: a header line, then one tab-separated row per record: {@code id length}, each task's columns (in
 * registry order: {@code helix strand coil top_fold top_fold_probability long_range_contacts}) and {@code status};
 * cells of what is missing are empty. Tabs and line breaks inside an id become spaces.
 */
public final class SummaryTable {

    /** The file name. */
    public static final String FILE = "summary.tsv";

    private final List<PipelineTask<?, ?>> tasks;

    public SummaryTable(List<PipelineTask<?, ?>> tasks) {
        this.tasks = tasks;
    }

    /** The column names. */
    public List<String> columns() {
        List<String> out = new ArrayList<>(List.of("id", "length"));
        tasks.forEach(t -> out.addAll(t.columns()));
        out.add("status");
        return out;
    }

    /** The header line. */
    public String header() {
        return String.join("\t", columns()) + "\n";
    }

    /** The cells of a record's row. */
    public List<String> cells(RecordReport r) {
        List<String> out = new ArrayList<>(List.of(clean(r.id()), r.length() < 0 ? "" : Integer.toString(r.length())));
        for (PipelineTask<?, ?> t : tasks) {
            RecordReport.Found<?> f = r.found(t);
            out.addAll(f == null ? Collections.nCopies(t.columns().size(), "") : f.cells());
        }
        out.add(clean(r.status()));
        return out;
    }

    /** A record's row line. */
    public String row(RecordReport r) {
        return String.join("\t", cells(r)) + "\n";
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]", " ");
    }
}
