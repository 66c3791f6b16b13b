package org.protpred.pipeline.contacts;

import java.util.Base64;
import java.util.List;
import org.protpred.pipeline.report.Html;

/**
 * The report's contact map of one protein: the predicted pairs of its RR file drawn by
 * {@link ContactWriter#predictedPng} (upper triangle, shaded by probability) as an inline PNG, with a caption
 * counting the pairs.
 */
public final class ContactMapHtml {

    private ContactMapHtml() {
    }

    /** The figure as XHTML. */
    public static String figure(RrReader.RrContacts rr, String id) {
        int length = rr.length();
        List<ContactPrediction.Pair> pairs = rr.pairs().stream().filter(p -> p.j() < length).toList();
        byte[] png = ContactWriter.predictedPng(length, pairs);
        int size = Math.max(1, length * ContactWriter.scale(length));
        return "<figure class=\"contact-map\"><img alt=\"predicted contact map of " + Html.escape(id)
                + "\" width=\"" + size + "\" height=\"" + size + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\"/>\n<figcaption>" + pairs.size()
                + " predicted pairs (upper triangle, darker = more probable); "
                + rr.count(ContactPipelineTask.LONG_RANGE, ContactPipelineTask.LIKELY) + " long-range (|i-j| &gt;= "
                + ContactPipelineTask.LONG_RANGE + ", p &gt;= " + ContactPipelineTask.LIKELY + ")</figcaption></figure>\n";
    }
}
