package org.protpred.pipeline.ss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A tiny PISCES-format JSON (pandas "columns" layout) for tests: 16 made-up chains whose 8-state labels follow the
 * residues (A/L/E/K helix H or G, V/I/Y/T strand E or B, G/P/N/D/S turn, bend or coil) and, as the last chain,
 * ubiquitin (76 residues, {@link #UBIQUITIN}) with made-up labels.
 */
final class TinyPisces {

    static final String UBIQUITIN = "MQIFVKTLTGKTITLEVEPSDTIENVKAKIQDKEGIPPDQQRLIFAGKQLEDGRTLSDYNIQKESTLHLVLRLRGG";
    static final int CHAINS = 17;

    private TinyPisces() {
    }

    static Path write(Path file) throws IOException {
        Random random = new Random(3);
        StringBuilder ids = new StringBuilder();
        StringBuilder seqs = new StringBuilder();
        StringBuilder states = new StringBuilder();
        String[] letters = {"ALEK", "VIYT", "GPNDS"};
        String[] ss = {"HG", "EB", "TSC"};
        for (int n = 0; n < CHAINS; n++) {
            StringBuilder s = new StringBuilder();
            StringBuilder d = new StringBuilder();
            if (n == CHAINS - 1) {
                s.append(UBIQUITIN);
                d.append("C".repeat(UBIQUITIN.length()));
            } else {
                int length = 20 + random.nextInt(40);
                while (s.length() < length) {
                    int kind = random.nextInt(3);
                    char state = ss[kind].charAt(random.nextInt(ss[kind].length()));
                    for (int k = 0; k < 4 + random.nextInt(5); k++) {
                        s.append(letters[kind].charAt(random.nextInt(letters[kind].length())));
                        d.append(state);
                    }
                }
            }
            String sep = n == 0 ? "" : ",";
            String key = "\"" + (n * 2 + 1) + "\"";
            ids.append(sep).append(key).append(":\"").append(String.format("%dAB%c.A", n % 10, (char) ('C' + n)))
                    .append('"');
            seqs.append(sep).append(key).append(":\"").append(s).append('"');
            states.append(sep).append(key).append(":\"").append(d).append('"');
        }
        Files.writeString(file, "{\"pdbChainId\":{" + ids + "},\"sequence\":{" + seqs
                + "},\"secondary_structure\":{" + states + "},\"length\":{}}");
        return file;
    }
}
