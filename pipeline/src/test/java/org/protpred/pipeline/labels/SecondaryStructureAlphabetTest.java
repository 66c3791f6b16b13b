package org.protpred.pipeline.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SecondaryStructureAlphabetTest {

    @Test
    void reducesEightToThreeStates() {
        assertEquals("HHHEECCCC", SecondaryStructureAlphabet.threeState("HGIEBTSC "));
        assertEquals("CCCCC", SecondaryStructureAlphabet.threeState("-.LPc"));
        assertEquals("HGIEBTSCC", SecondaryStructureAlphabet.eightState("HGIEBTS -"));
    }

    @Test
    void indicesFollowTheAlphabets() {
        assertEquals(2, SecondaryStructureAlphabet.eightIndex('I'));
        assertEquals(7, SecondaryStructureAlphabet.eightIndex(' '));
        assertEquals(0, SecondaryStructureAlphabet.threeIndex('G'));
        assertEquals(1, SecondaryStructureAlphabet.threeIndex('B'));
        assertEquals(2, SecondaryStructureAlphabet.threeIndex('T'));
    }

    @Test
    void rejectsOtherCharacters() {
        assertThrows(IllegalArgumentException.class, () -> SecondaryStructureAlphabet.threeState('X'));
        assertThrows(IllegalArgumentException.class, () -> SecondaryStructureAlphabet.eightState('1'));
    }
}
