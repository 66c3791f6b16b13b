package org.protpred.pipeline.features;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.protpred.models.core.InputException;
import org.protpred.pipeline.protein.ProteinRecord;

/**
 * Exactly which features a model was trained on: an ordered list of residue feature groups (each with its
 * parameters) and, for pair (contact) models, an ordered list of pair feature groups and the minimum sequence
 * separation of the pairs. Immutable; stored with a model as a small JSON string ({@link #toJson()},
 * {@link #fromJson(String)}), so that prediction extracts the same columns in the same order.
 *
 * <p>JSON form (parameters are strings; groups in column order):
 * <pre>{@code
 * {"format":"protpred-feature-spec","version":1,
 *  "residue":[{"group":"onehot"},{"group":"hydrophobicity","scale":"kyte_doolittle"}],
 *  "pair":{"minSeparation":6,"groups":[{"group":"window","size":"1"},{"group":"separation"}]}}
 * }</pre>
 *
 * <p>Named specs ({@link #named(String)}): {@code single-sequence} ({@link #singleSequence()}), {@code profile}
 * ({@link #withProfile()}), {@code contacts-single} ({@link #contactsSingleSequence()}), {@code contacts}
 * ({@link #contacts()}) and {@code contacts-dca} ({@link #contactsWithDca()}).
 */
public final class FeatureSpec {

    /** The value of the JSON {@code format} field. */
    public static final String FORMAT = "protpred-feature-spec";
    public static final int VERSION = 1;
    /** Pairs closer in sequence than this are not produced by default (CASP: short range starts at 6). */
    public static final int DEFAULT_MIN_SEPARATION = 6;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, java.util.function.Supplier<FeatureSpec>> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put("single-sequence", FeatureSpec::singleSequence);
        NAMED.put("profile", FeatureSpec::withProfile);
        NAMED.put("contacts-single", FeatureSpec::contactsSingleSequence);
        NAMED.put("contacts", FeatureSpec::contacts);
        NAMED.put("contacts-dca", FeatureSpec::contactsWithDca);
    }

    private final List<FeatureGroup> residueGroups;
    private final List<FeatureGroup> pairGroups;
    private final int minSeparation;
    private final List<ResidueFeatureGroup> residue;
    private final List<PairFeatureGroup> pair;
    private final List<String> columnNames;
    private final List<String> pairColumnNames;

    /**
     * A spec from its groups; every group and parameter is checked.
     *
     * @throws InputException for an unknown group, a bad parameter or an empty residue list
     */
    public FeatureSpec(List<FeatureGroup> residueGroups, List<FeatureGroup> pairGroups, int minSeparation) {
        this.residueGroups = List.copyOf(residueGroups);
        this.pairGroups = pairGroups == null ? List.of() : List.copyOf(pairGroups);
        if (this.residueGroups.isEmpty()) {
            throw new InputException("feature spec: no residue feature groups");
        }
        if (minSeparation < 1) {
            throw new InputException("feature spec: minSeparation must be at least 1, not " + minSeparation);
        }
        this.minSeparation = minSeparation;
        List<ResidueFeatureGroup> r = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (FeatureGroup g : this.residueGroups) {
            ResidueFeatureGroup rg = FeatureRegistry.residue(g);
            r.add(rg);
            names.addAll(rg.columnNames());
        }
        this.residue = List.copyOf(r);
        this.columnNames = List.copyOf(names);
        List<PairFeatureGroup> p = new ArrayList<>();
        List<String> pairNames = new ArrayList<>();
        for (FeatureGroup g : this.pairGroups) {
            PairFeatureGroup pg = FeatureRegistry.pair(g, columnNames);
            p.add(pg);
            pairNames.addAll(pg.columnNames());
        }
        this.pair = List.copyOf(p);
        this.pairColumnNames = List.copyOf(pairNames);
    }

    /** A residue-only spec. */
    public static FeatureSpec of(FeatureGroup... residueGroups) {
        return new FeatureSpec(List.of(residueGroups), List.of(), DEFAULT_MIN_SEPARATION);
    }

    /**
     * The default single-sequence spec (34 columns): {@code onehot} (21), {@code atchley} (5),
     * {@code hydrophobicity} Kyte-Doolittle (1), {@code propensity} Chou-Fasman (3), {@code position} (3),
     * {@code length} (1). Needs nothing but the sequence.
     */
    public static FeatureSpec singleSequence() {
        return new FeatureSpec(singleSequenceGroups(), List.of(), DEFAULT_MIN_SEPARATION);
    }

    /**
     * {@link #singleSequence()} plus a 20-column {@code profile} (frequencies from a PSSM if the record has one,
     * else computed from its alignment): 54 columns. Needs {@code --pssm} or {@code --msa}.
     */
    public static FeatureSpec withProfile() {
        List<FeatureGroup> g = new ArrayList<>(singleSequenceGroups());
        g.add(FeatureGroup.of("profile", "source", "any", "values", "frequencies"));
        return new FeatureSpec(g, List.of(), DEFAULT_MIN_SEPARATION);
    }

    /**
     * Contacts from the sequence alone: residue features of {@link #singleSequence()}; pair features {@code window}
     * (size 1), {@code separation}, {@code length_bins}, {@code potential} (Miyazawa-Jernigan 1996).
     */
    public static FeatureSpec contactsSingleSequence() {
        return new FeatureSpec(singleSequenceGroups(), List.of(
                FeatureGroup.of("window", "size", "1"),
                FeatureGroup.of("separation"),
                FeatureGroup.of("length_bins"),
                FeatureGroup.of("potential", "table", "mj1996")), DEFAULT_MIN_SEPARATION);
    }

    /**
     * Contacts with an alignment: residue features of {@link #singleSequence()} plus a profile computed from the
     * alignment; pair features as {@link #contactsSingleSequence()} plus {@code coevolution} (MI with APC) and
     * {@code neff}. Needs {@code --msa}.
     */
    public static FeatureSpec contacts() {
        List<FeatureGroup> g = new ArrayList<>(singleSequenceGroups());
        g.add(FeatureGroup.of("profile", "source", "alignment", "values", "frequencies"));
        return new FeatureSpec(g, List.of(
                FeatureGroup.of("window", "size", "1"),
                FeatureGroup.of("separation"),
                FeatureGroup.of("length_bins"),
                FeatureGroup.of("potential", "table", "mj1996"),
                FeatureGroup.of("coevolution", "method", "mi_apc"),
                FeatureGroup.of("neff")), DEFAULT_MIN_SEPARATION);
    }

    /**
     * {@link #contacts()} plus mean-field DCA scores ({@code coevolution} with {@code method=dca_apc}), for
     * alignments of at most {@link Coevolution#MAX_DCA_LENGTH} columns. Needs {@code --msa}.
     */
    public static FeatureSpec contactsWithDca() {
        FeatureSpec c = contacts();
        List<FeatureGroup> pair = new ArrayList<>(c.pairGroups());
        pair.add(FeatureGroup.of("coevolution", "method", "dca_apc"));
        return new FeatureSpec(c.residueGroups(), pair, c.minSeparation());
    }

    private static List<FeatureGroup> singleSequenceGroups() {
        return List.of(
                FeatureGroup.of("onehot"),
                FeatureGroup.of("atchley"),
                FeatureGroup.of("hydrophobicity", "scale", "kyte_doolittle"),
                FeatureGroup.of("propensity"),
                FeatureGroup.of("position"),
                FeatureGroup.of("length"));
    }

    /** Names of the built-in specs. */
    public static List<String> names() {
        return List.copyOf(NAMED.keySet());
    }

    /**
     * A built-in spec by name.
     *
     * @throws InputException for an unknown name
     */
    public static FeatureSpec named(String name) {
        java.util.function.Supplier<FeatureSpec> s = NAMED.get(name);
        if (s == null) {
            throw new InputException("unknown feature spec '" + name + "' (known: " + String.join(", ", NAMED.keySet())
                    + ", or a JSON file)");
        }
        return s.get();
    }

    /**
     * A built-in spec by name, or else a spec read from a JSON file.
     *
     * @throws InputException if it is neither a known name nor a readable spec file
     */
    public static FeatureSpec load(String nameOrFile) {
        if (NAMED.containsKey(nameOrFile)) {
            return named(nameOrFile);
        }
        Path p = Path.of(nameOrFile);
        if (!Files.isRegularFile(p)) {
            throw new InputException("unknown feature spec '" + nameOrFile + "': not a file and not one of "
                    + String.join(", ", NAMED.keySet()));
        }
        try {
            return fromJson(Files.readString(p, StandardCharsets.UTF_8));
        } catch (InputException e) {
            throw new InputException(p + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw InputException.at(p, "cannot read: " + e.getMessage());
        }
    }

    /** The spec as one line of JSON (the form described in the class comment). */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode r = root.putArray("residue");
        residueGroups.forEach(g -> r.add(groupNode(g)));
        if (!pairGroups.isEmpty()) {
            ObjectNode p = root.putObject("pair");
            p.put("minSeparation", minSeparation);
            ArrayNode pg = p.putArray("groups");
            pairGroups.forEach(g -> pg.add(groupNode(g)));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode groupNode(FeatureGroup g) {
        ObjectNode n = JSON.createObjectNode();
        n.put("group", g.name());
        g.params().forEach(n::put);
        return n;
    }

    /**
     * Reads a spec from its JSON form.
     *
     * @throws InputException if the text is not a valid spec
     */
    public static FeatureSpec fromJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException("feature spec: not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputException("feature spec: expected a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new InputException("feature spec: \"format\" must be \"" + FORMAT + "\"");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new InputException("feature spec: unsupported version " + root.path("version")
                    + " (this protpred reads version " + VERSION + ")");
        }
        List<FeatureGroup> residue = groups(root.get("residue"), "residue");
        List<FeatureGroup> pair = List.of();
        int minSeparation = DEFAULT_MIN_SEPARATION;
        JsonNode p = root.get("pair");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) {
                throw new InputException("feature spec: \"pair\" must be an object");
            }
            pair = groups(p.get("groups"), "pair.groups");
            JsonNode ms = p.get("minSeparation");
            if (ms != null) {
                if (!ms.canConvertToInt() || !ms.isIntegralNumber()) {
                    throw new InputException("feature spec: pair.minSeparation must be an integer");
                }
                minSeparation = ms.asInt();
            }
        }
        return new FeatureSpec(residue, pair, minSeparation);
    }

    private static List<FeatureGroup> groups(JsonNode array, String where) {
        if (array == null || !array.isArray()) {
            throw new InputException("feature spec: \"" + where + "\" must be a list of groups");
        }
        List<FeatureGroup> out = new ArrayList<>();
        for (JsonNode g : array) {
            if (!g.isObject() || !g.path("group").isTextual()) {
                throw new InputException("feature spec: every entry of \"" + where + "\" needs a \"group\" name");
            }
            Map<String, String> params = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = g.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("group")) {
                    continue;
                }
                if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                    throw new InputException("feature spec: group '" + g.get("group").asText() + "': parameter '"
                            + e.getKey() + "' must be a string, number or boolean");
                }
                params.put(e.getKey(), e.getValue().asText());
            }
            out.add(new FeatureGroup(g.get("group").asText(), params));
        }
        return out;
    }

    public List<FeatureGroup> residueGroups() {
        return residueGroups;
    }

    public List<FeatureGroup> pairGroups() {
        return pairGroups;
    }

    /** Whether the spec has pair features. */
    public boolean hasPairFeatures() {
        return !pairGroups.isEmpty();
    }

    public int minSeparation() {
        return minSeparation;
    }

    /** Number of residue feature columns. */
    public int width() {
        return columnNames.size();
    }

    /** Residue feature column names, in order. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** Number of pair feature columns. */
    public int pairWidth() {
        return pairColumnNames.size();
    }

    /** Pair feature column names, in order. */
    public List<String> pairColumnNames() {
        return pairColumnNames;
    }

    List<ResidueFeatureGroup> residueExtractors() {
        return residue;
    }

    List<PairFeatureGroup> pairExtractors() {
        return pair;
    }

    /**
     * The inputs beyond the sequence that the spec can use: a record must provide, for each group that needs
     * something, at least one of the inputs it names (see {@link #check}).
     */
    public Set<FeatureInput> requires() {
        EnumSet<FeatureInput> s = EnumSet.noneOf(FeatureInput.class);
        residue.forEach(g -> s.addAll(g.requiresOneOf()));
        pair.forEach(g -> s.addAll(g.requiresOneOf()));
        return Collections.unmodifiableSet(s);
    }

    /** Whether the spec needs nothing but the sequence. */
    public boolean isSingleSequence() {
        return requires().isEmpty();
    }

    /**
     * Checks that the record provides what the spec needs.
     *
     * @throws InputException e.g. "record 'X' has no profile, but the model was trained with profile features: pass
     *                        --pssm or --msa"
     */
    public void check(ProteinRecord record) {
        EnumSet<FeatureInput> available = EnumSet.noneOf(FeatureInput.class);
        if (record.profile() != null) {
            available.add(FeatureInput.PROFILE);
        }
        if (record.alignment() != null) {
            available.add(FeatureInput.ALIGNMENT);
        }
        Set<FeatureInput> need = unmet(available);
        if (need != null) {
            throw missing(record, need);
        }
    }

    /**
     * Checks, before any record is read, that the inputs a caller will supply cover what the spec needs.
     *
     * @throws InputException e.g. "the feature spec uses profile features: pass --pssm or --msa"
     */
    public void checkAvailable(Set<FeatureInput> available) {
        Set<FeatureInput> need = unmet(available);
        if (need != null) {
            throw new InputException("the feature spec uses " + what(need) + " features: pass " + pass(need));
        }
    }

    /** The first group's alternatives none of which is available, or null when all groups are satisfied. */
    private Set<FeatureInput> unmet(Set<FeatureInput> available) {
        List<Set<FeatureInput>> needs = new ArrayList<>();
        residue.forEach(g -> needs.add(g.requiresOneOf()));
        pair.forEach(g -> needs.add(g.requiresOneOf()));
        for (Set<FeatureInput> need : needs) {
            if (!need.isEmpty() && need.stream().noneMatch(available::contains)) {
                return need;
            }
        }
        return null;
    }

    private static String what(Set<FeatureInput> need) {
        return need.contains(FeatureInput.PROFILE) ? "profile" : "alignment";
    }

    private static String pass(Set<FeatureInput> need) {
        return need.contains(FeatureInput.PROFILE)
                ? (need.contains(FeatureInput.ALIGNMENT) ? "--pssm or --msa" : "--pssm") : "--msa";
    }

    static InputException missing(ProteinRecord record, FeatureInput input) {
        return missing(record, Set.of(input));
    }

    private static InputException missing(ProteinRecord record, Set<FeatureInput> need) {
        return new InputException("record '" + record.id() + "' has no " + what(need) + ", but the model was trained"
                + " with " + what(need) + " features: pass " + pass(need));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSpec s && s.toJson().equals(toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
