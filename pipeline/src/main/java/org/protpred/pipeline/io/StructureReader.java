package org.protpred.pipeline.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.biojava.nbio.structure.Atom;
import org.biojava.nbio.structure.Chain;
import org.biojava.nbio.structure.Group;
import org.biojava.nbio.structure.GroupType;
import org.biojava.nbio.structure.ResidueNumber;
import org.biojava.nbio.structure.Structure;
import org.biojava.nbio.structure.StructureTools;
import org.biojava.nbio.structure.chem.ChemComp;
import org.biojava.nbio.structure.chem.ChemCompGroupFactory;
import org.biojava.nbio.structure.chem.ReducedChemCompProvider;
import org.biojava.nbio.structure.io.FileParsingParameters;
import org.biojava.nbio.structure.io.PDBFileParser;
import org.biojava.nbio.structure.io.cif.CifStructureConverter;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.AminoAcids;
import org.protpred.pipeline.protein.ProteinRecord;
import org.protpred.pipeline.protein.ResidueStructure;
import org.rcsb.cif.CifIO;
import org.rcsb.cif.model.Block;
import org.rcsb.cif.model.Category;
import org.rcsb.cif.model.CifFile;

/**
 * Reads one protein chain from a PDB or mmCIF file (plain or gzip) with BioJava, entirely offline.
 *
 * <p>Format: {@code .cif}/{@code .mmcif} (optionally {@code .gz}) is read as mmCIF, {@code .pdb}/{@code .ent} as PDB;
 * any other name is sniffed (a first line starting with {@code data_} means mmCIF). Only the first model is used.
 * BioJava's chemical-component dictionary is switched to the small one shipped in its jar
 * ({@link ReducedChemCompProvider}) so that no residue definition is ever downloaded. BioJava's own log messages are
 * switched off by the logging configuration the pipeline ships ({@code simplelogger.properties}), not here.
 *
 * <p>Chain: the one whose author name ({@code auth_asym_id}, the PDB chain letter) is given, or else the first
 * protein chain (a polymer chain with more amino acids than nucleotides). Residues: the chain's sequence records
 * (SEQRES in PDB, {@code entity_poly_seq} in mmCIF) aligned to the coordinates by BioJava; without sequence records,
 * the residues present in the coordinates. A residue is <em>observed</em> when it has a C-alpha atom. C-beta: the
 * real atom, except for glycine and for residues without a C-beta, which get a {@link VirtualCBeta virtual one}
 * (NaN when N, C-alpha or C is missing as well). Modified residues take their parent's letter (MSE -> M); unknown
 * ones become {@code X}.
 *
 * <p>The record id is the file's base name without {@code .pdb/.ent/.cif/.mmcif/.gz}, then {@code _} and the chain
 * name ({@code 1abc.pdb}, chain A: {@code 1abc_A}); when the base name already ends in {@code _A}, or the chain has
 * a blank name, the base name alone.
 *
 * <p>Errors, as {@link InputException} naming the file: missing/empty file or folder; a PDB ATOM/HETATM record cut
 * short or with non-numeric coordinates (with the line number); no atom records; mmCIF without {@code atom_site} or
 * with a required column missing; no protein chain; chain not found; a chain without C-alpha atoms; a coordinate
 * that is NaN, infinite or more than {@link #MAX_COORDINATE} A from the origin; a file over {@link #MAX_BYTES}
 * uncompressed. The file is read once, so a pipe or {@code -} (standard input) can be given.
 */
public final class StructureReader {

    /** {@code atom_site} columns that must be present in an mmCIF file. */
    static final List<String> REQUIRED_CIF_COLUMNS = List.of(
            "group_PDB", "id", "type_symbol", "label_atom_id", "label_comp_id", "label_asym_id", "label_seq_id",
            "Cartn_x", "Cartn_y", "Cartn_z");

    /** Largest structure file read, uncompressed (1 GiB). */
    public static final int MAX_BYTES = 1 << 30;
    /** Largest coordinate magnitude accepted, in Angstrom. */
    public static final double MAX_COORDINATE = 100_000;
    /** Longest PDB line looked at whole (records are 80 columns). */
    private static final int MAX_PDB_LINE = 1024;

    static {
        ChemCompGroupFactory.setChemCompProvider(new ReducedChemCompProvider());
    }

    private StructureReader() {
    }

    /** The first protein chain of the file. */
    public static StructureChain read(Path file) {
        return read(file, null);
    }

    /**
     * The named chain of the file.
     *
     * @param chainName author chain name, or {@code null}/blank for the first protein chain
     */
    public static StructureChain read(Path file, String chainName) {
        Structure structure = parse(file);
        Chain chain = selectChain(file, structure, chainName);
        return extract(file, structure, chain);
    }

    /**
     * A chain of a structure already parsed by BioJava (e.g. by the caller's {@code AtomCache}), read as
     * {@link #read(Path, String)} reads a file's; the record id is the structure's PDB id (or {@code structure}),
     * {@code _} and the chain name, and messages name it the same way.
     *
     * @param chainName author chain name, or {@code null}/blank for the first protein chain
     * @throws InputException when there is no such protein chain or it has no C-alpha atoms
     */
    public static StructureChain read(Structure structure, String chainName) {
        Path name = Path.of(structureName(structure));
        return extract(name, structure, selectChain(name, structure, chainName));
    }

    /** Every protein chain of a structure already parsed by BioJava, in order (see {@link #read(Structure, String)}). */
    public static List<StructureChain> readProteinChains(Structure structure) {
        Path name = Path.of(structureName(structure));
        List<StructureChain> out = new ArrayList<>();
        for (Chain c : proteinChains(structure)) {
            out.add(extract(name, structure, c));
        }
        return out;
    }

    private static String structureName(Structure structure) {
        org.biojava.nbio.structure.PdbId pdb = structure.getPdbId();
        String id = pdb == null ? null : pdb.getId();
        return id == null || id.isBlank() ? "structure" : id;
    }

    /** The observed residues of the chain as a record with its {@link ResidueStructure}. */
    public static ProteinRecord readRecord(Path file, String chainName) {
        return read(file, chainName).observedRecord();
    }

    /** Names of the file's protein chains, in file order. */
    public static List<String> proteinChainNames(Path file) {
        return proteinChains(parse(file)).stream().map(Chain::getName).toList();
    }

    /**
     * Parses the whole file with BioJava (first model used downstream). The file is read once (so that a pipe or
     * {@code -} for standard input works), at most {@link #MAX_BYTES} uncompressed; coordinates must be finite and
     * within {@link #MAX_COORDINATE} of the origin.
     */
    public static Structure parse(Path file) {
        byte[] data = InputFiles.readAllBytes(file, MAX_BYTES);
        boolean cif = isMmCif(file, data);
        Structure structure;
        try {
            structure = cif ? parseCif(file, data) : parsePdb(file, data);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            // BioJava's own failures carry no position: name the likely cause; --debug shows the original
            String problem = cif ? "malformed mmCIF file: the atom_site table is truncated or inconsistent"
                    : "malformed PDB file" + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
            throw new InputException(file + ": " + problem, e);
        }
        checkCoordinates(file, structure);
        return structure;
    }

    /** Refuses a structure whose first model has an atom with a NaN, infinite or absurdly large coordinate. */
    private static void checkCoordinates(Path file, Structure structure) {
        for (Chain c : structure.getChains()) {
            for (Group g : c.getAtomGroups()) {
                for (Atom a : g.getAtoms()) {
                    double[] xyz = {a.getX(), a.getY(), a.getZ()};
                    for (int k = 0; k < 3; k++) {
                        if (!Double.isFinite(xyz[k]) || Math.abs(xyz[k]) > MAX_COORDINATE) {
                            throw InputException.at(file, "atom " + a.getName() + " of residue " + g.getPDBName()
                                    + " " + residueNumber(g.getResidueNumber()) + " (chain " + c.getName() + ") has "
                                    + "coordinate " + "xyz".charAt(k) + " = " + xyz[k] + coordinateProblem(xyz[k]));
                        }
                    }
                }
            }
        }
    }

    private static String coordinateProblem(double v) {
        return Double.isFinite(v) ? ", more than " + (long) MAX_COORDINATE + " A from the origin"
                : ", not a finite number";
    }

    /** Record id for a chain of a file (see class documentation). */
    public static String recordId(Path file, String chainName) {
        String base = InputFiles.baseName(file, ".pdb", ".ent", ".cif", ".mmcif");
        if (chainName == null || chainName.isBlank() || base.endsWith("_" + chainName)) {
            return base;
        }
        return base + "_" + chainName;
    }

    private static boolean isMmCif(Path file, byte[] data) {
        String base = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (base.endsWith(".gz")) {
            base = base.substring(0, base.length() - 3);
        }
        if (base.endsWith(".cif") || base.endsWith(".mmcif")) {
            return true;
        }
        if (base.endsWith(".pdb") || base.endsWith(".ent")) {
            return false;
        }
        int i = 0;
        if (data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < data.length && Character.isWhitespace(data[i])) {
            i++;
        }
        return new String(data, i, Math.min(5, data.length - i), StandardCharsets.US_ASCII).equals("data_");
    }

    private static FileParsingParameters parameters() {
        FileParsingParameters p = new FileParsingParameters();
        p.setAlignSeqRes(true);
        p.setParseSecStruc(false);
        p.setCreateAtomBonds(false);
        p.setCreateAtomCharges(false);
        p.setParseBioAssembly(false);
        return p;
    }

    private static Structure parsePdb(Path file, byte[] data) throws IOException {
        long atoms = 0;
        try (LineReader r = new LineReader(new InputStreamReader(new ByteArrayInputStream(data),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine(MAX_PDB_LINE)) != null) {
                if (line.startsWith("ATOM  ") || line.startsWith("HETATM")) {
                    checkAtomRecord(file, r.lineNumber(), line);
                    atoms++;
                }
            }
        }
        if (atoms == 0) {
            throw InputException.at(file, "no ATOM or HETATM records: not a PDB file");
        }
        PDBFileParser parser = new PDBFileParser();
        parser.setFileParsingParameters(parameters());
        return parser.parsePDBFile(new BufferedReader(new InputStreamReader(new ByteArrayInputStream(data),
                StandardCharsets.UTF_8)));
    }

    private static void checkAtomRecord(Path file, long lineNo, String line) {
        if (line.length() < 54) {
            throw InputException.at(file, lineNo, "truncated " + line.substring(0, 6).strip()
                    + " record (coordinates end at column 54, line has " + line.length() + " characters)");
        }
        String[] names = {"x", "y", "z"};
        for (int k = 0; k < 3; k++) {
            String field = line.substring(30 + 8 * k, 38 + 8 * k).strip();
            double v;
            try {
                v = Double.parseDouble(field);
            } catch (NumberFormatException e) {
                throw InputException.at(file, lineNo, "coordinate " + names[k] + " is not a number: '" + field + "'");
            }
            if (!Double.isFinite(v)) {
                throw InputException.at(file, lineNo, "coordinate " + names[k] + " is not a finite number: '"
                        + field + "'");
            }
            if (Math.abs(v) > MAX_COORDINATE) {
                throw InputException.at(file, lineNo, "coordinate " + names[k] + " = " + field + " is more than "
                        + (long) MAX_COORDINATE + " A from the origin");
            }
        }
    }

    private static Structure parseCif(Path file, byte[] data) throws IOException {
        CifFile cif;
        try (InputStream in = new ByteArrayInputStream(data)) {
            cif = CifIO.readFromInputStream(in);
        } catch (IOException e) {
            throw InputFiles.readFailure(file, e);
        } catch (RuntimeException e) {
            throw InputException.at(file, "not a valid mmCIF file: " + firstLine(String.valueOf(e.getMessage())));
        }
        if (cif.getBlocks().isEmpty()) {
            throw InputException.at(file, "no data block: not an mmCIF file");
        }
        Block block = cif.getBlocks().get(0);
        Category atomSite = block.getCategory("atom_site");
        if (atomSite == null || !atomSite.isDefined() || atomSite.getRowCount() == 0) {
            throw InputException.at(file, "no atom_site records: no coordinates in this mmCIF file");
        }
        List<String> columns = atomSite.getColumnNames();
        List<String> missing = REQUIRED_CIF_COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw InputException.at(file, "mmCIF atom_site lacks required column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        // BioJava fails on a coordinate such as 'nan' without saying where: check them here, by atom_site row
        for (String name : List.of("Cartn_x", "Cartn_y", "Cartn_z")) {
            org.rcsb.cif.model.Column<?> column = atomSite.getColumn(name);
            for (int row = 0; row < column.getRowCount(); row++) {
                if (column.getValueKind(row) != org.rcsb.cif.model.ValueKind.PRESENT) {
                    continue;
                }
                String text = column.getStringData(row);
                double v;
                try {
                    v = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw InputException.at(file, "atom_site row " + (row + 1) + ": " + name + " '" + text
                            + "' is not a number");
                }
                if (!Double.isFinite(v) || Math.abs(v) > MAX_COORDINATE) {
                    throw InputException.at(file, "atom_site row " + (row + 1) + ": " + name + " '" + text + "' is "
                            + (Double.isFinite(v) ? "more than " + (long) MAX_COORDINATE + " A from the origin"
                            : "not a finite number"));
                }
            }
        }
        return CifStructureConverter.fromCifFile(cif, parameters());
    }

    private static List<Chain> proteinChains(Structure structure) {
        List<Chain> out = new ArrayList<>();
        for (Chain c : structure.getPolyChains()) {
            if (isProtein(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isProtein(Chain c) {
        List<Group> groups = c.getSeqResGroups().isEmpty() ? c.getAtomGroups() : c.getSeqResGroups();
        int amino = 0;
        int nucleotide = 0;
        for (Group g : groups) {
            if (g.getType() == GroupType.AMINOACID || g.hasAtom("CA") && g.hasAtom("N") && g.hasAtom("C")) {
                amino++;
            } else if (g.getType() == GroupType.NUCLEOTIDE) {
                nucleotide++;
            }
        }
        return amino > 0 && amino > nucleotide;
    }

    private static Chain selectChain(Path file, Structure structure, String chainName) {
        List<Chain> protein = proteinChains(structure);
        if (chainName == null || chainName.isBlank()) {
            if (protein.isEmpty()) {
                throw InputException.at(file, "no protein chain");
            }
            return protein.get(0);
        }
        for (List<Chain> pool : List.of(protein, structure.getPolyChains())) {
            for (Chain c : pool) {
                if (chainName.equals(c.getName())) {
                    if (pool != protein) {
                        throw InputException.at(file, "chain '" + chainName + "' is not a protein chain");
                    }
                    return c;
                }
            }
        }
        for (Chain c : protein) {
            if (chainName.equals(c.getId())) {
                return c;
            }
        }
        String names = protein.stream().map(Chain::getName).distinct().collect(Collectors.joining(", "));
        throw InputException.at(file, "chain '" + chainName + "' not found"
                + (names.isEmpty() ? " (the file has no protein chain)" : " (protein chains: " + names + ")"));
    }

    private static StructureChain extract(Path file, Structure structure, Chain chain) {
        List<Group> groups = new ArrayList<>();
        for (Group g : residueGroups(structure, chain)) {
            boolean seqResOnly = g.getAtoms().isEmpty();
            if (seqResOnly || g.hasAtom("CA") || g.getType() == GroupType.AMINOACID) {
                groups.add(g);
            }
        }
        int n = groups.size();
        StringBuilder seq = new StringBuilder(n);
        String[] numbers = new String[n];
        double[][] ca = new double[n][];
        double[][] cb = new double[n][];
        boolean[] observed = new boolean[n];
        int nObserved = 0;
        for (int i = 0; i < n; i++) {
            Group g = groups.get(i);
            char aa = oneLetter(g);
            seq.append(aa);
            numbers[i] = residueNumber(g.getResidueNumber());
            Atom caAtom = g.getAtom("CA");
            observed[i] = caAtom != null;
            if (caAtom == null) {
                ca[i] = nan();
                cb[i] = nan();
                continue;
            }
            nObserved++;
            ca[i] = caAtom.getCoords();
            Atom cbAtom = g.getAtom("CB");
            double[] cbCoords = aa != 'G' && cbAtom != null ? cbAtom.getCoords()
                    : VirtualCBeta.place(coords(g, "N"), ca[i], coords(g, "C"));
            cb[i] = cbCoords == null ? nan() : cbCoords;
        }
        if (nObserved == 0) {
            throw InputException.at(file, "chain " + chain.getName() + " has no C-alpha atoms");
        }
        ResidueStructure full = new ResidueStructure(numbers, ca, cb, observed);
        return new StructureChain(file, recordId(file, chain.getName()), chain.getName(), structure, chain, groups,
                seq.toString(), full);
    }

    /**
     * The residues of a chain. Without sequence records BioJava splits a chain at each modified residue written as
     * HETATM (e.g. {@code HETATM ... MSE}) into several polymer chains of the same author name; the chain's residues
     * are then all amino-acid groups of every chain with that name, in file order.
     */
    private static List<Group> residueGroups(Structure structure, Chain chain) {
        long sameName = structure.getChains().stream().filter(c -> chain.getName().equals(c.getName())).count();
        if (sameName <= 1) {
            return chain.getSeqResGroups().isEmpty() ? chain.getAtomGroups() : chain.getSeqResGroups();
        }
        List<Group> out = new ArrayList<>();
        for (Chain c : structure.getChains()) {
            if (!chain.getName().equals(c.getName())) {
                continue;
            }
            for (Group g : c.getAtomGroups()) {
                // HETATM groups count when they are modified residues of a known parent (MSE -> M); groups of
                // unknown chemistry (e.g. a capping 5HP) are left out as ligands.
                boolean aminoAcid = g.getType() == GroupType.AMINOACID
                        || g.hasAtom("N") && g.hasAtom("CA") && g.hasAtom("C") && oneLetter(g) != 'X';
                if (aminoAcid && !g.isWater() && !g.getAtoms().isEmpty() && !out.contains(g)) {
                    out.add(g);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(g -> g.getAtom(0).getPDBserial()));
        return out;
    }

    private static char oneLetter(Group g) {
        ChemComp cc = g.getChemComp();
        String code = cc == null ? null : cc.getOneLetterCode();
        if (code != null && code.length() == 1 && AminoAcids.isAminoAcidCode(code.charAt(0))) {
            return AminoAcids.canonical(code.charAt(0));
        }
        Character c = StructureTools.get1LetterCodeAmino(g.getPDBName());
        return c != null && AminoAcids.isAminoAcidCode(c) ? AminoAcids.canonical(c) : 'X';
    }

    private static String residueNumber(ResidueNumber rn) {
        if (rn == null || rn.getSeqNum() == null) {
            return "";
        }
        Character ins = rn.getInsCode();
        return rn.getSeqNum() + (ins == null || ins == ' ' ? "" : String.valueOf(ins));
    }

    private static double[] coords(Group g, String atom) {
        Atom a = g.getAtom(atom);
        return a == null ? null : a.getCoords();
    }

    private static double[] nan() {
        double[] d = new double[3];
        Arrays.fill(d, Double.NaN);
        return d;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
