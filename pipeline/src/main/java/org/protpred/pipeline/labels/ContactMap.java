package org.protpred.pipeline.labels;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * True residue-residue contacts of a structure: residues {@code i}, {@code j} are in contact when the distance
 * between their representative atoms is at most the threshold (standard: C-beta, C-alpha for glycine, 8 A).
 * Holds only the L x L distance matrix; contacts are streamed from it.
 */
public final class ContactMap {

    /** The standard contact threshold in Angstrom. */
    public static final double DEFAULT_THRESHOLD = 8.0;

    private final DistanceMatrix distances;
    private final double threshold;

    public ContactMap(DistanceMatrix distances, double threshold) {
        this.distances = distances;
        this.threshold = threshold;
    }

    /** The standard contact map of a record with a structure (C-beta, C-alpha for glycine, 8 A). */
    public static ContactMap of(ProteinRecord record) {
        return new ContactMap(DistanceMatrix.of(record), DEFAULT_THRESHOLD);
    }

    public DistanceMatrix distances() {
        return distances;
    }

    public double threshold() {
        return threshold;
    }

    public int length() {
        return distances.length();
    }

    /** Whether residues {@code i} and {@code j} (0-based) are in contact; false where a distance is unknown. */
    public boolean isContact(int i, int j) {
        return i != j && distances.get(i, j) <= threshold;
    }

    /** Contacts with {@code j - i >= minSeparation}, ordered by {@code i} then {@code j}. */
    public Stream<Contact> contacts(int minSeparation) {
        int n = length();
        int minSep = Math.max(1, minSeparation);
        return IntStream.range(0, n).boxed().flatMap(i -> IntStream.range(i + minSep, n)
                .filter(j -> isContact(i, j))
                .mapToObj(j -> new Contact(i, j, distances.get(i, j))));
    }

    /** Contacts within one separation range. */
    public Stream<Contact> contacts(ContactRange range) {
        return contacts(range.min()).filter(c -> range.contains(c.separation()));
    }

    /** Number of contacts in a range. */
    public long count(ContactRange range) {
        return contacts(range).count();
    }
}
