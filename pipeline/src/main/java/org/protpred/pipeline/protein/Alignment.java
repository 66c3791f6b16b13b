package org.protpred.pipeline.protein;

import java.util.List;

/**
 * A multiple sequence alignment in the query's coordinates: every row has exactly one character per query residue
 * ({@code -} for a gap; insertions relative to the query already dropped). Row 0 is the query.
 *
 * @param ids    row identifiers (may be synthetic, e.g. {@code seq17}, for formats without names)
 * @param rows   aligned rows, upper case, all the same length
 * @param source where it came from, for messages
 */
public record Alignment(List<String> ids, List<String> rows, String source) {

    public Alignment {
        ids = List.copyOf(ids);
        rows = List.copyOf(rows);
        if (ids.size() != rows.size()) {
            throw new IllegalArgumentException("ids and rows differ in number");
        }
    }

    public int depth() {
        return rows.size();
    }

    public int width() {
        return rows.isEmpty() ? 0 : rows.get(0).length();
    }

    public String query() {
        return rows.get(0);
    }
}
