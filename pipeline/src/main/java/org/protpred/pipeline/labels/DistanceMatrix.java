package org.protpred.pipeline.labels;

import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Symmetric L x L matrix of Euclidean distances (Angstrom) between residues' representative atoms; NaN where either
 * residue has no coordinates.
 */
public final class DistanceMatrix {

    private final double[][] d;

    private DistanceMatrix(double[][] d) {
        this.d = d;
    }

    /** Distances between the given points (one x, y, z triple per residue). */
    public static DistanceMatrix of(double[][] points) {
        int n = points.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = points[i][0] - points[j][0];
                double dy = points[i][1] - points[j][1];
                double dz = points[i][2] - points[j][2];
                double v = Math.sqrt(dx * dx + dy * dy + dz * dz);
                d[i][j] = v;
                d[j][i] = v;
            }
            d[i][i] = Double.isNaN(points[i][0]) ? Double.NaN : 0.0;
        }
        return new DistanceMatrix(d);
    }

    /** Distances between the record's residues with the given representative atom. */
    public static DistanceMatrix of(ProteinRecord record, RepresentativeAtom atom) {
        return of(atom.coordinates(record));
    }

    /** Distances by the standard contact definition ({@link RepresentativeAtom#CB_CA_FOR_GLYCINE}). */
    public static DistanceMatrix of(ProteinRecord record) {
        return of(record, RepresentativeAtom.CB_CA_FOR_GLYCINE);
    }

    public int length() {
        return d.length;
    }

    /** Distance between residues {@code i} and {@code j} (0-based). */
    public double get(int i, int j) {
        return d[i][j];
    }

    /** A copy of the matrix. */
    public double[][] toArray() {
        double[][] out = new double[d.length][];
        for (int i = 0; i < d.length; i++) {
            out[i] = d[i].clone();
        }
        return out;
    }
}
