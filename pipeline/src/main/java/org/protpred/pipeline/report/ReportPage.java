package org.protpred.pipeline.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.protpred.pipeline.all.PipelineTask;
import org.protpred.pipeline.task.ModelUsed;
import org.protpred.pipeline.task.RunManifest;

/**
 * The skeleton of {@code report.html}, one self-contained XHTML file (inline style, images as data URIs, no script,
 * nothing fetched): a header with the provenance (protpred version, the commands of the runs, the models with their
 * SHA-256, the date), the summary table linking to each protein, then one {@code section class="protein"} per
 * record with its status and each task's part ({@link PipelineTask#html}) or a note that it is missing.
 */
public final class ReportPage {

    private static final String STYLE = """
            body { font-family: sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; margin: 0.5em 0; }
            th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; font-size: 0.9em; }
            code, .sha { font-family: monospace; font-size: 0.85em; }
            section.protein { border-top: 2px solid #888; margin-top: 2em; }
            .status-ok { color: #060; } .status-problem { color: #a00; }
            .ss-track { font-family: monospace; }
            .ss-block { margin-bottom: 0.6em; }
            .ss-row { white-space: pre; line-height: 1.3; }
            .ss-num { display: inline-block; width: 4em; text-align: right; margin-right: 0.5em; color: #777; }
            .ss-H { background: #d62728; color: #fff; }
            .ss-E { background: #e6b800; color: #000; }
            .ss-C { background: #9e9e9e; color: #fff; }
            .bar { display: inline-block; height: 0.7em; background: #1f77b4; }
            .contact-map img { max-width: 400px; height: auto; border: 1px solid #ccc; image-rendering: pixelated; }
            .missing { color: #a00; font-style: italic; }
            """;

    private final List<PipelineTask<?, ?>> tasks;
    private final SummaryTable table;

    public ReportPage(List<PipelineTask<?, ?>> tasks) {
        this.tasks = tasks;
        this.table = new SummaryTable(tasks);
    }

    /** The head, the provenance and the opening of the summary table. */
    public void begin(Writer w, String version, RunHistory history, Instant date) throws IOException {
        w.write("<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                + "<title>protpred report</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + "<h1>protpred report</h1>\n<section id=\"provenance\">\n<h2>Provenance</h2>\n<ul>\n"
                + "<li>protpred <span class=\"version\">" + Html.escape(version) + "</span></li>\n"
                + "<li>report written <span class=\"date\">" + date + "</span></li>\n</ul>\n<h3>Runs</h3>\n"
                + "<ul class=\"runs\">\n");
        if (history.runs().isEmpty()) {
            w.write("<li>no run record (run.json) found</li>\n");
        }
        for (RunManifest run : history.runs()) {
            w.write("<li><code>protpred " + Html.escape(String.join(" ", run.arguments())) + "</code> (protpred "
                    + Html.escape(run.protpred()) + ", " + run.started() + " to " + run.finished() + ", "
                    + run.predicted() + " of " + run.records() + " records predicted)</li>\n");
        }
        w.write("</ul>\n<h3>Models</h3>\n<table class=\"models\">\n<thead><tr><th>task</th><th>source</th>"
                + "<th>kind</th><th>sha256</th></tr></thead>\n<tbody>\n");
        for (ModelUsed m : history.models()) {
            w.write("<tr><td>" + Html.escape(m.task()) + "</td><td>" + Html.escape(m.source()) + "</td><td>"
                    + Html.escape(m.kind()) + "</td><td class=\"sha\">" + Html.escape(m.sha256()) + "</td></tr>\n");
        }
        w.write("</tbody>\n</table>\n</section>\n<section id=\"summary\">\n<h2>Summary</h2>\n"
                + "<table class=\"summary\">\n<thead><tr>");
        for (String c : table.columns()) {
            w.write("<th>" + Html.escape(c) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
    }

    /** The summary row of the {@code index}-th record (1-based), linking to its section. */
    public void summaryRow(Writer w, RecordReport r, int index) throws IOException {
        List<String> cells = table.cells(r);
        w.write("<tr><td><a href=\"#p" + index + "\">" + Html.escape(cells.get(0)) + "</a></td>");
        for (String c : cells.subList(1, cells.size())) {
            w.write("<td>" + Html.escape(c) + "</td>");
        }
        w.write("</tr>\n");
    }

    /** Closes the summary table. */
    public void endSummary(Writer w) throws IOException {
        w.write("</tbody>\n</table>\n</section>\n");
    }

    /** The section of the {@code index}-th record (1-based). */
    public void protein(Writer w, RecordReport r, int index) throws IOException {
        w.write("<section class=\"protein\" id=\"p" + index + "\">\n<h2>" + Html.escape(r.id()) + "</h2>\n");
        if (!r.description().isEmpty()) {
            w.write("<p class=\"description\">" + Html.escape(r.description()) + "</p>\n");
        }
        w.write("<p>" + (r.length() < 0 ? "" : r.length() + " residues; ") + "status: <span class=\"status "
                + (r.ok() ? "status-ok" : "status-problem") + "\">" + Html.escape(r.status()) + "</span></p>\n");
        for (PipelineTask<?, ?> t : tasks) {
            w.write("<div class=\"part part-" + Html.escape(t.name()) + "\">\n<h3>" + Html.escape(t.title())
                    + "</h3>\n");
            RecordReport.Found<?> f = r.found(t);
            w.write(f == null ? "<p class=\"missing\">no " + Html.escape(t.name()) + " prediction</p>\n"
                    : f.html(r.id()));
            w.write("</div>\n");
        }
        w.write("</section>\n");
    }

    /** The end of the page. */
    public void end(Writer w) throws IOException {
        w.write("</body>\n</html>\n");
    }
}
