package org.protpred.pipeline.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.protpred.pipeline.protein.AminoAcids;

/**
 * A per-amino-acid table of values shipped with protpred ({@code resources/aa-properties/<name>.tsv}, packed into
 * the jar under {@code org/protpred/pipeline/features/tables/}).
 *
 * <p>File format: lines starting with {@code #} are comments (the first one cites the source); the first other line
 * is a tab-separated header {@code aa<TAB>column...}; then one line per standard amino acid, its one-letter code
 * first. All 20 amino acids must be present. A pair table (e.g. {@code mj1996}) has the 20 amino acids as columns.
 */
public final class PropertyTable {

    private static final String FOLDER = "/org/protpred/pipeline/features/tables/";
    private static final Map<String, PropertyTable> CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final String citation;
    private final List<String> columns;
    private final double[][] values; // 20 x columns

    private PropertyTable(String name, String citation, List<String> columns, double[][] values) {
        this.name = name;
        this.citation = citation;
        this.columns = List.copyOf(columns);
        this.values = values;
    }

    /**
     * Loads a shipped table by name (e.g. {@code atchley}), cached.
     *
     * @throws IllegalArgumentException if no such table is shipped
     */
    public static PropertyTable load(String name) {
        return CACHE.computeIfAbsent(name, PropertyTable::read);
    }

    /** Whether a table of that name is shipped. */
    public static boolean exists(String name) {
        return PropertyTable.class.getResource(FOLDER + name + ".tsv") != null;
    }

    private static PropertyTable read(String name) {
        InputStream in = PropertyTable.class.getResourceAsStream(FOLDER + name + ".tsv");
        if (in == null) {
            throw new IllegalArgumentException("no amino-acid table '" + name + "' in the protpred jar");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String citation = null;
            List<String> header = null;
            double[][] values = new double[AminoAcids.COUNT][];
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    if (citation == null) {
                        citation = line.substring(1).strip();
                    }
                    continue;
                }
                String[] parts = line.split("\t");
                if (header == null) {
                    header = new ArrayList<>(Arrays.asList(parts).subList(1, parts.length));
                    continue;
                }
                int aa = AminoAcids.ALPHABET.indexOf(parts[0]);
                if (aa < 0 || parts[0].length() != 1 || parts.length != header.size() + 1) {
                    throw new IllegalStateException("table " + name + ": bad line '" + line + "'");
                }
                values[aa] = new double[header.size()];
                for (int c = 0; c < header.size(); c++) {
                    values[aa][c] = Double.parseDouble(parts[c + 1]);
                }
            }
            for (int a = 0; a < AminoAcids.COUNT; a++) {
                if (values[a] == null) {
                    throw new IllegalStateException("table " + name + ": no row for " + AminoAcids.ALPHABET.charAt(a));
                }
            }
            return new PropertyTable(name, citation == null ? "" : citation, header, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    /** The source of the values, from the table's first comment line. */
    public String citation() {
        return citation;
    }

    public List<String> columns() {
        return columns;
    }

    /** The value of column {@code column} for standard amino acid {@code aa} (0-19). */
    public double value(int aa, int column) {
        return values[aa][column];
    }

    /** Mean of a column over the 20 amino acids. */
    public double mean(int column) {
        double s = 0;
        for (double[] row : values) {
            s += row[column];
        }
        return s / AminoAcids.COUNT;
    }

    /** Population standard deviation of a column over the 20 amino acids. */
    public double standardDeviation(int column) {
        double m = mean(column);
        double s = 0;
        for (double[] row : values) {
            s += (row[column] - m) * (row[column] - m);
        }
        return Math.sqrt(s / AminoAcids.COUNT);
    }
}
