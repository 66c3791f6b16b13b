package org.protpred.pipeline.ss;

import java.util.Locale;
import org.protpred.pipeline.report.Html;

/**
 * The report's secondary-structure track of one protein: blocks of {@value SsWriters#BLOCK} residues, each a line
 * of residues headed by the number of its first residue and, below it, the predicted states coloured by state
 * ({@code ss-H}, {@code ss-E}, {@code ss-C}) with the state's probability as opacity (and as a tooltip).
 */
public final class SsTrackHtml {

    private SsTrackHtml() {
    }

    /** The track as XHTML. */
    public static String track(Ss2Reader.Ss2 p) {
        String states = p.states();
        StringBuilder sb = new StringBuilder(128 + 70 * p.length());
        sb.append("<div class=\"ss-track\">\n");
        for (int start = 0; start < p.length(); start += SsWriters.BLOCK) {
            int end = Math.min(p.length(), start + SsWriters.BLOCK);
            sb.append("<div class=\"ss-block\"><div class=\"ss-row\"><span class=\"ss-num\">").append(start + 1)
                    .append("</span><span class=\"ss-seq\">").append(Html.escape(p.sequence().substring(start, end)))
                    .append("</span></div><div class=\"ss-row\"><span class=\"ss-num\"></span><span class=\"ss-states\">");
            for (int i = start; i < end; i++) {
                char s = states.charAt(i);
                float prob = p.probability(i, SsLabels.STATES.indexOf(s));
                sb.append("<span class=\"ss-").append(s).append("\" style=\"opacity:")
                        .append(String.format(Locale.ROOT, "%.2f", Math.max(0.15f, prob))).append("\" title=\"")
                        .append(i + 1).append(' ').append(s).append(' ')
                        .append(String.format(Locale.ROOT, "%.3f", prob)).append("\">").append(s).append("</span>");
            }
            sb.append("</span></div></div>\n");
        }
        return sb.append("</div>\n").toString();
    }
}
