package org.protpred.pipeline.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protpred.models.core.DataLocation;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.io.InputFiles;
import org.protpred.pipeline.io.VirtualCBeta;
import org.protpred.pipeline.protein.AminoAcids;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.protein.ResidueStructure;

/**
 * TS50 ({@code contact/ts50/ts50.json}, 50 chains with backbone atoms only): a JSON list of
 * {@code {"name": "1eteA", "seq": "...", "coords": L x 4 x 3}} with N, CA, C, O per residue. Records: id
 * {@code name}, the sequence, C-alpha from the file and a {@link VirtualCBeta virtual C-beta} from N, CA and C for
 * every residue (the file has no C-beta); residues numbered 1..L, all observed unless a coordinate is missing.
 */
public final class Ts50Dataset {

    public static final String FOLDER = "contact/ts50";
    public static final int CHAINS = 50;

    private Ts50Dataset() {
    }

    public static ProteinDataset shared() {
        return in(DataLocation.require(FOLDER).resolve("ts50.json"));
    }

    /** The chains of a TS50-format JSON file (read whole: the file is small). */
    public static ProteinDataset in(Path json) {
        JsonNode root = InputFiles.readJson(json);
        if (root == null || !root.isArray()) {
            throw InputException.at(json, "expected a JSON list of chains");
        }
        List<ProteinRecord> records = new ArrayList<>();
        for (JsonNode chain : root) {
            records.add(chain(json, chain));
        }
        return new ListedDataset<>("ts50", records, r -> r, List.of(json));
    }

    private static ProteinRecord chain(Path json, JsonNode chain) {
        String name = chain.path("name").asText("");
        String seq = chain.path("seq").asText("");
        JsonNode coords = chain.path("coords");
        if (name.isEmpty() || seq.isEmpty() || !coords.isArray() || coords.size() != seq.length()) {
            throw InputException.at(json, "chain '" + name + "': needs a name, a sequence and one coordinate set"
                    + " per residue");
        }
        StringBuilder canonical = new StringBuilder();
        int l = seq.length();
        String[] numbers = new String[l];
        double[][] ca = new double[l][];
        double[][] cb = new double[l][];
        boolean[] observed = new boolean[l];
        for (int i = 0; i < l; i++) {
            char c = seq.charAt(i);
            if (!AminoAcids.isAminoAcidCode(c)) {
                throw InputException.at(json, "chain '" + name + "': '" + c + "' is not an amino acid");
            }
            canonical.append(AminoAcids.canonical(c));
            numbers[i] = Integer.toString(i + 1);
            double[] n = point(coords.get(i).get(0));
            double[] a = point(coords.get(i).get(1));
            double[] cc = point(coords.get(i).get(2));
            observed[i] = a != null;
            ca[i] = a != null ? a : nan();
            double[] b = VirtualCBeta.place(n, a, cc);
            cb[i] = b != null ? b : nan();
        }
        return new ProteinRecord(name, canonical.toString(), "TS50 " + name, null, null, null, null,
                new ResidueStructure(numbers, ca, cb, observed), null);
    }

    private static double[] point(JsonNode p) {
        if (p == null || !p.isArray() || p.size() != 3) {
            return null;
        }
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            if (!p.get(k).isNumber()) {
                return null;
            }
            out[k] = p.get(k).asDouble();
        }
        return out;
    }

    private static double[] nan() {
        return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
}
