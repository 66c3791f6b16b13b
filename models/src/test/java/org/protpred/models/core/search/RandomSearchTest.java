package org.protpred.models.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomSearchTest {

    private static HyperParameterSpace space() {
        return new HyperParameterSpace().logUniform("lr", 1e-4, 1e-1).uniform("dropout", 0.0, 0.5)
                .intRange("hidden", 8, 12).choice("optimizer", "ADAM", "SGD");
    }

    @Test
    void sameSeedGivesSameTrialsAndDrawsStayInBounds() {
        List<String> lines = new ArrayList<>();
        RandomSearch.Result a = new RandomSearch(space(), 40, 7, false).log(lines::add)
                .run(p -> Math.abs(Math.log10((Double) p.get("lr")) + 2.5));
        RandomSearch.Result b = new RandomSearch(space(), 40, 7, false).log(s -> { })
                .run(p -> Math.abs(Math.log10((Double) p.get("lr")) + 2.5));
        assertEquals(a.trials(), b.trials());
        assertEquals(a.best(), b.best());
        assertNotEquals(a.trials(), new RandomSearch(space(), 40, 8, false).log(s -> { }).run(p -> 0.0).trials());

        Set<Object> hidden = new HashSet<>();
        Set<Object> optimizers = new HashSet<>();
        int belowMilli = 0;
        for (RandomSearch.Trial t : a.trials()) {
            Map<String, Object> p = t.parameters();
            double lr = (Double) p.get("lr");
            assertTrue(lr >= 1e-4 && lr < 1e-1, "lr " + lr);
            double dropout = (Double) p.get("dropout");
            assertTrue(dropout >= 0 && dropout < 0.5);
            int h = (Integer) p.get("hidden");
            assertTrue(h >= 8 && h <= 12);
            hidden.add(h);
            optimizers.add(p.get("optimizer"));
            if (lr < 1e-3) {
                belowMilli++;
            }
        }
        assertEquals(Set.of(8, 9, 10, 11, 12), hidden);
        assertEquals(Set.of("ADAM", "SGD"), optimizers);
        // log-uniform: a third of the draws fall in [1e-4, 1e-3) (uniform would put 1% there)
        assertTrue(belowMilli >= 6 && belowMilli <= 22, "draws below 1e-3: " + belowMilli);

        // the best minimises |log10(lr) + 2.5|, and it is reported
        double bestScore = a.trials().stream().mapToDouble(RandomSearch.Trial::score).min().orElseThrow();
        assertEquals(bestScore, a.best().score());
        assertEquals(41, lines.size());
        assertTrue(lines.get(40).startsWith("best: trial " + a.best().index() + ": lr="), lines.get(40));
    }

    @Test
    void trialsDoNotDependOnTheNumberOfTrials() {
        RandomSearch few = new RandomSearch(space(), 3, 1, true);
        RandomSearch many = new RandomSearch(space(), 30, 1, true);
        for (int i = 1; i <= 3; i++) {
            assertEquals(few.draw(i), many.draw(i));
        }
    }

    @Test
    void maximiseChoosesTheLargestAndNaNNeverWins() {
        RandomSearch.Result r = new RandomSearch(space(), 5, 3, true).log(s -> { })
                .run(p -> (Integer) p.get("hidden") == 8 ? Double.NaN : (double) (Integer) p.get("hidden"));
        double max = r.trials().stream().mapToDouble(RandomSearch.Trial::score).filter(d -> !Double.isNaN(d)).max()
                .orElseThrow();
        assertEquals(max, r.best().score());
        assertThrows(IllegalArgumentException.class, () -> new HyperParameterSpace().logUniform("x", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> space().choice("lr", 1));
    }
}
