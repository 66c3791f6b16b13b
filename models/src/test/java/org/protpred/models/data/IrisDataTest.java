package org.protpred.models.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IrisDataTest {

    @Test
    void readsTheFisherTableFromTheClasspath() {
        IrisData iris = IrisData.load();
        assertEquals(150, iris.size());
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, iris.features(0), 0);
        assertEquals(0, iris.label(0));
        assertEquals(2, iris.label(149));
        int[] perClass = new int[3];
        for (int i = 0; i < iris.size(); i++) {
            perClass[iris.label(i)]++;
        }
        assertArrayEquals(new int[] {50, 50, 50}, perClass);
    }

    @Test
    void stratifiedSplitIsDisjointBalancedAndSeeded() {
        IrisData iris = IrisData.load();
        IrisData.Split split = iris.stratifiedSplit(10, 7);
        assertEquals(120, split.train().length);
        assertEquals(30, split.test().length);
        Set<Integer> all = new HashSet<>();
        Arrays.stream(split.train()).forEach(all::add);
        Arrays.stream(split.test()).forEach(all::add);
        assertEquals(150, all.size());
        int[] testPerClass = new int[3];
        for (int label : iris.labels(split.test())) {
            testPerClass[label]++;
        }
        assertArrayEquals(new int[] {10, 10, 10}, testPerClass);
        assertArrayEquals(split.test(), iris.stratifiedSplit(10, 7).test());
    }
}
