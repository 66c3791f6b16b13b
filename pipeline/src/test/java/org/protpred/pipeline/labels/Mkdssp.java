package org.protpred.pipeline.labels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the reference DSSP program {@code mkdssp} (Debian package {@code dssp}) for comparisons in tests. */
final class Mkdssp {

    private Mkdssp() {
    }

    /** Whether {@code mkdssp} is on the PATH. */
    static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "mkdssp"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * DSSP codes by author residue number (with insertion code) for one chain. mkdssp 4 reads a PDB file only if it
     * starts with a HEADER record and has a CRYST1 record, so both are added when missing.
     */
    static Map<String, Character> states(Path pdb, String chain, Path workDir) throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(pdb);
        List<String> fixed = new ArrayList<>();
        if (lines.isEmpty() || !lines.get(0).startsWith("HEADER")) {
            fixed.add("HEADER    PROTEIN                                 01-JAN-00   1ABC              ");
        }
        if (lines.stream().noneMatch(l -> l.startsWith("CRYST1"))) {
            fixed.add("CRYST1    1.000    1.000    1.000  90.00  90.00  90.00 P 1           1          ");
        }
        fixed.addAll(lines);
        Path in = Files.createTempFile(workDir, "in", ".pdb");
        Path out = Files.createTempFile(workDir, "out", ".dssp");
        Files.write(in, fixed);
        Process p = new ProcessBuilder("mkdssp", "--output-format", "dssp", in.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("mkdssp.log").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("mkdssp failed on " + pdb + ": " + Files.readString(workDir.resolve("mkdssp.log")));
        }
        Map<String, Character> states = new HashMap<>();
        boolean table = false;
        for (String l : Files.readAllLines(out)) {
            if (l.startsWith("  #  RESIDUE")) {
                table = true;
            } else if (table && l.length() > 16 && l.charAt(13) != '!' && l.substring(11, 12).equals(chain)) {
                states.put(l.substring(5, 11).strip(), l.charAt(16));
            }
        }
        return states;
    }
}
