package org.protpred.pipeline.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.io.InputFiles;
import org.protpred.pipeline.labels.SecondaryStructureAlphabet;
import org.protpred.pipeline.protein.AminoAcids;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * PISCES 25%-identity X-ray chains with their 8-state DSSP strings ({@code secstr/pisces25_dssp8/
 * foldClassification.json}, 5,370 chains, from RCSB; MIT): training material for 8-state secondary structure.
 * <b>Not</b> filtered against CB513/TS115: remove homologs of the test sets before training on it (see
 * {@code HomologyFilteredDataset}).
 *
 * <p>File: a pandas "columns" JSON object, {@code {"pdbChainId": {"1": "16VP.A", ...}, "sequence": {"1": "SRMP..."},
 * "secondary_structure": {"1": "CCSC..."}, ...}}; the inner keys pair the columns row by row (other columns are
 * ignored). Records, in file order: id {@code 16VP_A} (the chain id with {@code .} as {@code _}), the sequence read as
 * {@link AminoAcids} reads letters ({@code U} as {@code C}, ...), labels {@code ss8} (the DSSP string,
 * {@link SecondaryStructureAlphabet#eightState normalised}) and {@code ss3} (its 3-state reduction); every residue is
 * scored (the file marks no unobserved residues).
 */
public final class PiscesDataset extends ReadOnceDataset {

    /** Where the set lives below the data root. */
    public static final String FOLDER = "secstr/pisces25_dssp8";
    /** The file name in {@link #FOLDER}. */
    public static final String FILE = "foldClassification.json";

    private final Path json;

    private PiscesDataset(Path json) {
        this.json = json;
    }

    /** The chains of a file of this layout. */
    public static PiscesDataset of(Path json) {
        return new PiscesDataset(json);
    }

    /** The shared copy under the data root ({@link DataLocation}). */
    public static PiscesDataset standard() {
        return of(DataLocation.require(FOLDER).resolve(FILE));
    }

    @Override
    public String name() {
        return "pisces25";
    }

    @Override
    public List<Path> sources() {
        return List.of(json);
    }

    @Override
    protected List<ProteinRecord> read() {
        JsonNode root = InputFiles.readJson(json);
        if (root == null || !root.isObject()) {
            throw InputException.at(json, "expected a JSON object of columns (pdbChainId, sequence, "
                    + "secondary_structure)");
        }
        JsonNode ids = column(root, "pdbChainId");
        JsonNode sequences = column(root, "sequence");
        JsonNode states = column(root, "secondary_structure");
        List<ProteinRecord> out = new ArrayList<>(ids.size());
        Set<String> seen = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = ids.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String row = e.getKey();
            String chain = text(e.getValue(), row, "pdbChainId");
            String id = chain.replace('.', '_');
            String seq = text(sequences.get(row), row, "sequence");
            String dssp = text(states.get(row), row, "secondary_structure");
            if (seq.isEmpty()) {
                throw InputException.at(json, "chain " + chain + " (row " + row + ") has no residues");
            }
            if (dssp.length() != seq.length()) {
                throw InputException.at(json, "chain " + chain + " (row " + row + "): secondary_structure has "
                        + dssp.length() + " letters, the sequence " + seq.length());
            }
            if (!seen.add(id)) {
                throw InputException.at(json, "chain " + chain + " appears twice");
            }
            StringBuilder residues = new StringBuilder(seq.length());
            for (int i = 0; i < seq.length(); i++) {
                char c = seq.charAt(i);
                if (!AminoAcids.isAminoAcidCode(c)) {
                    throw InputException.at(json, "chain " + chain + ": '" + c + "' at residue " + (i + 1)
                            + " is not an amino-acid letter");
                }
                residues.append(AminoAcids.canonical(c));
            }
            String ss8;
            try {
                ss8 = SecondaryStructureAlphabet.eightState(dssp);
            } catch (IllegalArgumentException ex) {
                throw InputException.at(json, "chain " + chain + ": " + ex.getMessage());
            }
            out.add(new ProteinRecord(id, residues.toString(), "pisces25 " + chain,
                    Map.of("ss8", ss8, "ss3", SecondaryStructureAlphabet.threeState(ss8)), null, null, null, null,
                    null));
        }
        return out;
    }

    private JsonNode column(JsonNode root, String name) {
        JsonNode c = root.get(name);
        if (c == null || !c.isObject()) {
            throw InputException.at(json, "no column '" + name + "' (expected a pandas \"columns\" JSON object)");
        }
        return c;
    }

    private String text(JsonNode value, String row, String column) {
        if (value == null || !value.isTextual()) {
            throw InputException.at(json, "row " + row + ": column '" + column + "' is missing or not a string");
        }
        return value.asText();
    }
}
