package org.protpred.pipeline.fold;

import org.protpred.pipeline.report.Html;

/** The report's fold ranking table of one protein: rank, fold, probability (with a bar) and evidence, best first. */
public final class FoldTableHtml {

    /** Rows shown. */
    public static final int ROWS = 10;

    private FoldTableHtml() {
    }

    /** The table as XHTML. */
    public static String table(FoldRanking r) {
        StringBuilder sb = new StringBuilder("<table class=\"folds\">\n<thead><tr><th>Rank</th><th>Fold</th>"
                + "<th>Probability</th><th>Evidence</th></tr></thead>\n<tbody>\n");
        for (FoldRanking.Row row : r.folds().subList(0, Math.min(ROWS, r.folds().size()))) {
            sb.append("<tr><td>").append(row.rank()).append("</td><td>").append(Html.escape(row.fold()))
                    .append("</td><td><span class=\"bar\" style=\"width:")
                    .append(Math.round(100 * Math.max(0, Math.min(1, row.probability())))).append("px\"></span> ")
                    .append(Html.fixed4(row.probability())).append("</td><td>").append(Html.escape(row.evidence()))
                    .append("</td></tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }
}
