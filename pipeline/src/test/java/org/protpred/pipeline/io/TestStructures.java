package org.protpred.pipeline.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hand-made structures with known geometry for the reader and label tests.
 *
 * <p>{@link #fourResidues()}: chain A, residues 1 ALA, 2 GLY, 3 LEU, 4 SER. The representative atoms (C-beta; C-alpha
 * for the glycine) sit at ALA CB (0,0,0), GLY CA (3,4,0), LEU CB (0,0,8), SER CB (0,9,0), so the distances are
 * 1-2: 5, 1-3: 8 (exactly the threshold), 1-4: 9, 2-3: sqrt(89), 2-4: sqrt(34), 3-4: sqrt(145). The glycine's
 * backbone is N (2,4,0), CA (3,4,0), C (3,5,0), so its virtual C-beta is CA + 0.56802827 (1,0,0)
 * - 0.54067466 (0,1,0) - 0.58273431 (0,0,1) = (3.56802827, 3.45932534, -0.58273431).
 */
public final class TestStructures {

    /** One atom line's content. */
    public record Atom(String name, String resName, String chain, int resSeq, String iCode, double x, double y,
                       double z, String element) {
    }

    private TestStructures() {
    }

    /** The atoms of the four-residue chain described in the class comment. */
    public static List<Atom> fourResidueAtoms() {
        List<Atom> a = new ArrayList<>();
        // residue 1 ALA: CB at the origin
        a.add(new Atom("N", "ALA", "A", 1, "", -1.0, 1.5, 0.0, "N"));
        a.add(new Atom("CA", "ALA", "A", 1, "", -1.0, 0.0, 0.0, "C"));
        a.add(new Atom("C", "ALA", "A", 1, "", -2.0, -0.5, 0.5, "C"));
        a.add(new Atom("O", "ALA", "A", 1, "", -2.5, -0.5, 1.5, "O"));
        a.add(new Atom("CB", "ALA", "A", 1, "", 0.0, 0.0, 0.0, "C"));
        // residue 2 GLY: CA at (3,4,0)
        a.add(new Atom("N", "GLY", "A", 2, "", 2.0, 4.0, 0.0, "N"));
        a.add(new Atom("CA", "GLY", "A", 2, "", 3.0, 4.0, 0.0, "C"));
        a.add(new Atom("C", "GLY", "A", 2, "", 3.0, 5.0, 0.0, "C"));
        a.add(new Atom("O", "GLY", "A", 2, "", 3.0, 6.0, 0.5, "O"));
        // residue 3 LEU: CB at (0,0,8)
        a.add(new Atom("N", "LEU", "A", 3, "", 1.0, 1.0, 9.0, "N"));
        a.add(new Atom("CA", "LEU", "A", 3, "", 1.0, 0.0, 9.0, "C"));
        a.add(new Atom("C", "LEU", "A", 3, "", 2.0, -0.5, 9.5, "C"));
        a.add(new Atom("O", "LEU", "A", 3, "", 2.5, -0.5, 10.5, "O"));
        a.add(new Atom("CB", "LEU", "A", 3, "", 0.0, 0.0, 8.0, "C"));
        a.add(new Atom("CG", "LEU", "A", 3, "", -1.0, 0.0, 7.0, "C"));
        // residue 4 SER: CB at (0,9,0)
        a.add(new Atom("N", "SER", "A", 4, "", 1.0, 10.0, 1.0, "N"));
        a.add(new Atom("CA", "SER", "A", 4, "", 1.0, 9.0, 1.0, "C"));
        a.add(new Atom("C", "SER", "A", 4, "", 2.0, 8.5, 1.5, "C"));
        a.add(new Atom("O", "SER", "A", 4, "", 2.5, 8.5, 2.5, "O"));
        a.add(new Atom("CB", "SER", "A", 4, "", 0.0, 9.0, 0.0, "C"));
        a.add(new Atom("OG", "SER", "A", 4, "", -1.0, 9.0, -1.0, "O"));
        return a;
    }

    /** The four-residue chain as a PDB file without SEQRES. */
    public static String fourResidues() {
        return pdb(fourResidueAtoms(), List.of());
    }

    /** A PDB ATOM record with the columns of the PDB format v3.3. */
    public static String atomLine(int serial, Atom a) {
        String name = a.name().length() < 4 ? " " + a.name() : a.name();
        return String.format(Locale.ROOT, "ATOM  %5d %-4s %3s %1s%4d%1s   %8.3f%8.3f%8.3f%6.2f%6.2f          %2s",
                serial, name, a.resName(), a.chain(), a.resSeq(), a.iCode(), a.x(), a.y(), a.z(), 1.0, 20.0,
                a.element());
    }

    /** A PDB file: SEQRES records for the given residue names (chain A), if any, then the atoms. */
    public static String pdb(List<Atom> atoms, List<String> seqres) {
        StringBuilder sb = new StringBuilder();
        sb.append("HEADER    TEST STRUCTURE                          01-JAN-00   1TST              \n");
        for (int i = 0; i < seqres.size(); i += 13) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "SEQRES %3d A %4d ",
                    i / 13 + 1, seqres.size()));
            for (String r : seqres.subList(i, Math.min(seqres.size(), i + 13))) {
                line.append(' ').append(r);
            }
            sb.append(line).append('\n');
        }
        int serial = 1;
        for (Atom a : atoms) {
            sb.append(atomLine(serial++, a)).append('\n');
        }
        sb.append("TER\nEND\n");
        return sb.toString();
    }

    /** The same atoms as a minimal mmCIF file (atom_site only), optionally leaving out one column. */
    public static String mmCif(List<Atom> atoms, String omitColumn) {
        String[] columns = {"group_PDB", "id", "type_symbol", "label_atom_id", "label_alt_id", "label_comp_id",
            "label_asym_id", "label_entity_id", "label_seq_id", "pdbx_PDB_ins_code", "Cartn_x", "Cartn_y", "Cartn_z",
            "occupancy", "B_iso_or_equiv", "auth_seq_id", "auth_asym_id", "pdbx_PDB_model_num"};
        StringBuilder sb = new StringBuilder("data_1TST\n#\nloop_\n");
        List<Integer> keep = new ArrayList<>();
        for (int k = 0; k < columns.length; k++) {
            if (!columns[k].equals(omitColumn)) {
                sb.append("_atom_site.").append(columns[k]).append('\n');
                keep.add(k);
            }
        }
        int serial = 1;
        for (Atom a : atoms) {
            String[] v = {"ATOM", String.valueOf(serial++), a.element(), a.name(), ".", a.resName(), a.chain(), "1",
                String.valueOf(a.resSeq()), a.iCode().isEmpty() ? "?" : a.iCode(),
                fmt(a.x()), fmt(a.y()), fmt(a.z()), "1.00", "20.00", String.valueOf(a.resSeq()), a.chain(), "1"};
            List<String> row = new ArrayList<>();
            for (int k : keep) {
                row.add(v[k]);
            }
            sb.append(String.join(" ", row)).append('\n');
        }
        sb.append("#\n");
        return sb.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
