package org.protpred.pipeline.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.io.AlignmentReader;
import org.protpred.pipeline.io.ColumnIndexReader;
import org.protpred.pipeline.protein.Alignment;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * 40 Pfam domains with a structure and a natural alignment ({@code contact/pfam40}, Ollikainen &amp; Kortemme 2013):
 * {@code domains.csv} pairs each Pfam family with a PDB entry; {@code pdb/<PDB>_A.pdb} is the structure,
 * {@code msa/<Pfam>.align.80} the family alignment (aligned FASTA) and {@code indices/<PDB>_A.indices} maps
 * alignment columns to PDB residues (tab-separated: 0-based alignment column, residue letter, -, author residue
 * number and chain, -).
 *
 * <p>Record: id {@code <PDB>_A}, the structure's observed residues, description {@code "<Pfam> <name> (SCOP class
 * <c>)"}, and an {@link Alignment} in the PDB residues' coordinates: row 0 is the PDB sequence itself, then one row
 * per family sequence whose character at residue {@code k} is the family sequence's character in the column mapped
 * to {@code k}, or {@code -} where no column maps to {@code k}.
 */
public final class Pfam40Dataset {

    public static final String FOLDER = "contact/pfam40";
    public static final int DOMAINS = 40;

    /** One line of {@code domains.csv}. */
    record Domain(String pfam, String name, String pdb, String scopClass) {
    }

    private Pfam40Dataset() {
    }

    public static ProteinDataset shared() {
        return in(DataLocation.require(FOLDER));
    }

    public static ProteinDataset in(Path folder) {
        Path csv = folder.resolve("domains.csv");
        List<Domain> domains = new ArrayList<>();
        List<String> lines = DataFiles.lines(csv);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length < 6) {
                throw InputException.at(csv, n + 1, "expected 6 comma-separated columns, found " + f.length);
            }
            domains.add(new Domain(f[0].strip(), f[1].strip(), f[3].strip(), f[5].strip()));
        }
        List<Path> sources = new ArrayList<>(List.of(csv));
        for (Domain d : domains) {
            sources.add(pdb(folder, d));
            sources.add(msa(folder, d));
            sources.add(indices(folder, d));
        }
        return new ListedDataset<>("pfam40", domains, d -> read(folder, d), sources);
    }

    private static Path pdb(Path folder, Domain d) {
        return folder.resolve("pdb").resolve(d.pdb() + "_A.pdb");
    }

    private static Path msa(Path folder, Domain d) {
        return folder.resolve("msa").resolve(d.pfam() + ".align.80");
    }

    private static Path indices(Path folder, Domain d) {
        return folder.resolve("indices").resolve(d.pdb() + "_A.indices");
    }

    private static ProteinRecord read(Path folder, Domain d) {
        String id = d.pdb() + "_A";
        ProteinRecord s = DataFiles.structure(pdb(folder, d), "A", id);
        Map<String, Integer> residueIndex = new HashMap<>();
        for (int k = 0; k < s.length(); k++) {
            residueIndex.put(s.structure().residueNumbers()[k].trim(), k);
        }
        Path idx = indices(folder, d);
        int[] columnOf = new int[s.length()];
        java.util.Arrays.fill(columnOf, -1);
        for (ColumnIndexReader.Entry e : ColumnIndexReader.read(idx)) {
            Integer k = residueIndex.get(e.residueNumber());
            if (k == null) {
                throw InputException.at(idx, "residue " + e.residueNumber() + " is not in " + pdb(folder, d));
            }
            if (s.sequence().charAt(k) != e.residue()) {
                throw InputException.at(idx, "residue " + e.residueNumber() + " is " + s.sequence().charAt(k)
                        + " in the structure, not " + e.residue());
            }
            columnOf[k] = e.column();
        }
        Path msa = msa(folder, d);
        Alignment family = AlignmentReader.read(msa);
        for (int c : columnOf) {
            if (c >= family.width()) {
                throw InputException.at(idx, "maps column " + c + ", but " + msa + " has " + family.width());
            }
        }
        List<String> ids = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        ids.add(id);
        rows.add(s.sequence());
        char[] row = new char[s.length()];
        for (int r = 0; r < family.depth(); r++) {
            String text = family.rows().get(r);
            for (int k = 0; k < row.length; k++) {
                row[k] = columnOf[k] < 0 ? '-' : text.charAt(columnOf[k]);
            }
            ids.add(family.ids().get(r));
            rows.add(new String(row));
        }
        Alignment alignment = new Alignment(ids, rows, msa.toString());
        return new ProteinRecord(id, s.sequence(), d.pfam() + " " + d.name() + " (SCOP class " + d.scopClass() + ")",
                null, null, null, alignment, s.structure(), null);
    }
}
