package org.protpred.pipeline.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.protpred.models.core.InputException;

class FeatureSpecTest {

    @Test
    void jsonRoundTripKeepsEveryGroupParameterAndColumn() {
        for (String name : FeatureSpec.names()) {
            FeatureSpec s = FeatureSpec.named(name);
            FeatureSpec back = FeatureSpec.fromJson(s.toJson());
            assertEquals(s, back);
            assertEquals(s.toJson(), back.toJson());
            assertEquals(s.columnNames(), back.columnNames());
            assertEquals(s.pairColumnNames(), back.pairColumnNames());
            assertEquals(s.minSeparation(), back.minSeparation());
        }
    }

    @Test
    void jsonFormIsTheDocumentedOne() {
        FeatureSpec s = FeatureSpec.of(FeatureGroup.of("onehot"), FeatureGroup.of("hydrophobicity", "scale",
                "eisenberg"));
        assertEquals("{\"format\":\"protpred-feature-spec\",\"version\":1,\"residue\":[{\"group\":\"onehot\"},"
                + "{\"group\":\"hydrophobicity\",\"scale\":\"eisenberg\"}]}", s.toJson());
        assertEquals(22, s.width());
        FeatureSpec parsed = FeatureSpec.fromJson("{\"format\":\"protpred-feature-spec\",\"version\":1,"
                + "\"residue\":[{\"group\":\"position\",\"scale\":5}],\"pair\":{\"minSeparation\":3,"
                + "\"groups\":[{\"group\":\"window\",\"size\":2},{\"group\":\"separation\"}]}}");
        assertEquals(3, parsed.width());
        assertEquals(3, parsed.minSeparation());
        assertEquals(2 * 5 * 4 + 5, parsed.pairWidth());
        assertEquals("i-2:pos_relative", parsed.pairColumnNames().get(0));
    }

    @Test
    void widthsAndRequirementsOfTheNamedSpecs() {
        assertEquals(54, FeatureSpec.withProfile().width());
        assertEquals(Set.of(FeatureInput.PROFILE, FeatureInput.ALIGNMENT), FeatureSpec.withProfile().requires());
        assertEquals(Set.of(FeatureInput.ALIGNMENT), FeatureSpec.contacts().requires());
        assertTrue(FeatureSpec.contactsSingleSequence().isSingleSequence());
        // window 1: 2 sides x 3 positions x (34 + 1); separation 5; length bins 6; potential 1
        assertEquals(2 * 3 * 35 + 5 + 6 + 1, FeatureSpec.contactsSingleSequence().pairWidth());
        // + profile in the residues (55 per position), coevolution 2, neff 2
        assertEquals(2 * 3 * 55 + 5 + 6 + 1 + 2 + 2, FeatureSpec.contacts().pairWidth());
    }

    @Test
    void badSpecsAreRefusedWithOneLine() {
        String head = "{\"format\":\"protpred-feature-spec\",\"version\":1,\"residue\":";
        assertEquals("feature spec: unknown residue feature group 'colour' (known: atchley, hydrophobicity, length,"
                        + " onehot, position, predicted_ss, profile, propensity, property)",
                assertThrows(InputException.class, () -> FeatureSpec.fromJson(head + "[{\"group\":\"colour\"}]}"))
                        .getMessage());
        assertEquals("feature spec: group 'hydrophobicity': scale='wet' is not one of kyte_doolittle, eisenberg",
                assertThrows(InputException.class, () -> FeatureSpec.fromJson(
                        head + "[{\"group\":\"hydrophobicity\",\"scale\":\"wet\"}]}")).getMessage());
        assertEquals("feature spec: group 'onehot' has no parameter 'size' (it takes none)",
                assertThrows(InputException.class, () -> FeatureSpec.fromJson(
                        head + "[{\"group\":\"onehot\",\"size\":3}]}")).getMessage());
        assertTrue(assertThrows(InputException.class, () -> FeatureSpec.fromJson("{not json"))
                .getMessage().startsWith("feature spec: not valid JSON"));
        assertTrue(assertThrows(InputException.class, () -> FeatureSpec.fromJson(
                "{\"format\":\"protpred-feature-spec\",\"version\":7,\"residue\":[]}")).getMessage()
                .contains("unsupported version 7"));
        assertTrue(assertThrows(InputException.class, () -> FeatureSpec.load("no-such-spec")).getMessage()
                .startsWith("unknown feature spec 'no-such-spec'"));
    }
}
