package org.protpred.pipeline.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * CASP13 target domains ({@code contact/casp13}, 37 domains listed in {@code fm_tbm.lst}). Domain
 * {@code T0953s2-D1} has its structure in {@code pdb/T0953s2-D1.pdb}, numbered as the full target sequence in
 * {@code fasta/T0953s2.fasta}.
 *
 * <p>Record: id = the domain, sequence = the full target sequence (predictions are made on the whole target), and
 * a structure over that sequence with coordinates only for the domain's residues; {@code scored} marks those residues,
 * so that contacts are evaluated on the domain alone.
 */
public final class Casp13Dataset {

    public static final String FOLDER = "contact/casp13";
    public static final int DOMAINS = 37;

    private Casp13Dataset() {
    }

    public static ProteinDataset shared() {
        return in(DataLocation.require(FOLDER));
    }

    public static ProteinDataset in(Path folder) {
        Path list = folder.resolve("fm_tbm.lst");
        List<String> domains = new ArrayList<>();
        for (String line : DataFiles.lines(list)) {
            String d = line.strip();
            if (!d.isEmpty() && !d.startsWith("#")) {
                domains.add(d.split("\\s+")[0]);
            }
        }
        List<Path> sources = new ArrayList<>(List.of(list));
        for (String d : domains) {
            sources.add(folder.resolve("pdb").resolve(d + ".pdb"));
            sources.add(fasta(folder, d, list));
        }
        return new ListedDataset<>("casp13", domains, d -> read(folder, d, list), sources);
    }

    /** The target of a domain: the name without its {@code -D<n>} suffix. */
    static String target(String domain) {
        int k = domain.lastIndexOf("-D");
        return k > 0 ? domain.substring(0, k) : domain;
    }

    private static Path fasta(Path folder, String domain, Path list) {
        if (target(domain).equals(domain)) {
            throw InputException.at(list, "domain '" + domain + "' has no -D<n> suffix");
        }
        return folder.resolve("fasta").resolve(target(domain) + ".fasta");
    }

    private static ProteinRecord read(Path folder, String domain, Path list) {
        Path pdb = folder.resolve("pdb").resolve(domain + ".pdb");
        Path fasta = fasta(folder, domain, list);
        String sequence = DataFiles.fastaSequence(fasta);
        ProteinRecord observed = DataFiles.structure(pdb, null, domain);
        return DataFiles.numberedInto(observed, domain, sequence, pdb, fasta,
                "CASP13 domain " + domain + " of target " + target(domain));
    }
}
