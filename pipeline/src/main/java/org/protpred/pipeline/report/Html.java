package org.protpred.pipeline.report;

import java.util.Locale;

/** Small helpers for writing the report's XHTML: escaping of text and attribute values. */
public final class Html {

    private Html() {
    }

    /**
     * {@code text} safe inside an element or a quoted attribute: {@code & < > " '} as character references, control
     * characters (not allowed in XML) as {@code U+FFFD}.
     */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c < 0x20 && c != '\t' && c != '\n' || c == 0x7f || c == 0xfffe || c == 0xffff
                        || Character.isSurrogate(c) && !validSurrogate(text, i) ? '\ufffd' : c);
            }
        }
        return sb.toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** A probability with 4 decimals. */
    public static String fixed4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
