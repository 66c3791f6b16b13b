package org.protpred.pipeline.ss;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.data.Cb513Ts115Dataset;
import org.protpred.pipeline.data.NetSurfP2Dataset;
import org.protpred.pipeline.data.ProteinDataset;
import org.protpred.pipeline.io.FastaEntry;
import org.protpred.pipeline.io.FastaReader;
import org.protpred.pipeline.labels.SecondaryStructureAlphabet;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * The sets {@code protpred eval ss} scores on: the named benchmark sets, or the user's own chains given as a FASTA
 * of sequences plus label FASTA files.
 *
 * <p><b>Own chains.</b> Labels are FASTA records with the same ids as the sequences (one file with all of them, or
 * several, e.g. the {@code ID.ss3} files {@code protpred labels} writes), each a string as long as its sequence of
 * {@code H/E/C} or DSSP 8-state letters ({@code HGIEBTSC}, reduced to 3 states), where {@code X} or {@code ?} marks a
 * residue without a label (not scored). When some label string holds a letter only the 8-state alphabet has
 * ({@code G}, {@code I}, {@code B}, {@code T} or {@code S}), every chain of the set also gets its 8-state label
 * ({@code ss8}), so that an 8-state model is scored in Q8 as well; otherwise the labels are taken as 3 states.
 */
public final class SsTestSets {

    /** Names accepted besides a file. */
    public static final List<String> NAMES = List.of("netsurfp2-test", "cb513", "ts115");

    private SsTestSets() {
    }

    /** The named data set, or null when {@code set} is not a name. */
    public static ProteinDataset named(String set) {
        return switch (set.toLowerCase(Locale.ROOT)) {
            case "netsurfp2-test", "new364" -> NetSurfP2Dataset.standard(NetSurfP2Dataset.Split.TEST);
            case "cb513" -> Cb513Ts115Dataset.cb513();
            case "ts115" -> Cb513Ts115Dataset.ts115();
            default -> null;
        };
    }

    /** Sequences from a FASTA file with labels from label FASTA files. */
    public static List<ProteinRecord> fromFiles(Path sequences, List<Path> labelFiles) {
        if (labelFiles == null || labelFiles.isEmpty()) {
            throw InputException.at(sequences, "needs --labels FILE with the observed states of its chains");
        }
        Map<String, FastaEntry> labels = new HashMap<>();
        Map<String, Path> labelSource = new HashMap<>();
        for (Path f : labelFiles) {
            for (FastaEntry e : FastaReader.readAllRaw(f)) {
                if (labels.put(e.id(), e) != null) {
                    throw InputException.at(f, e.line(), "labels for '" + e.id() + "' given twice");
                }
                labelSource.put(e.id(), f);
            }
        }
        boolean eight = labels.values().stream().anyMatch(e -> e.text().chars().anyMatch(c -> "GIBTSgibts"
                .indexOf(c) >= 0));
        List<ProteinRecord> out = new ArrayList<>();
        for (ProteinRecord r : FastaReader.readAll(sequences)) {
            FastaEntry e = labels.get(r.id());
            if (e == null) {
                throw InputException.at(sequences, "no labels for '" + r.id() + "' in " + labelFiles);
            }
            Path f = labelSource.get(r.id());
            String text = e.text();
            if (text.length() != r.length()) {
                throw InputException.at(f, e.line(), "labels of '" + r.id() + "' have " + text.length()
                        + " letters, the sequence " + r.length());
            }
            StringBuilder ss3 = new StringBuilder(text.length());
            StringBuilder ss8 = new StringBuilder(text.length());
            boolean[] scored = new boolean[text.length()];
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == 'X' || c == 'x' || c == '?') {
                    ss3.append('C');
                    ss8.append('C');
                    continue;
                }
                try {
                    ss3.append(SecondaryStructureAlphabet.threeState(c));
                    ss8.append(SecondaryStructureAlphabet.eightState(c));
                } catch (IllegalArgumentException ex) {
                    throw InputException.at(f, e.line(), "labels of '" + r.id() + "': '" + c + "' at residue "
                            + (i + 1) + " is not a secondary-structure letter (H/E/C, DSSP 8 states, X = unknown)");
                }
                scored[i] = true;
            }
            ProteinRecord labelled = r.withLabel(SsLabels.SS3, ss3.toString()).withScored(scored);
            out.add(eight ? labelled.withLabel(SsLabels.SS8, ss8.toString()) : labelled);
        }
        return out;
    }

    /** Whether {@code set} is the name of a benchmark set (rather than a file). */
    public static boolean isName(String set) {
        String s = set.toLowerCase(Locale.ROOT);
        return NAMES.contains(s) || s.equals("new364");
    }
}
