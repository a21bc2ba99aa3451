package org.yjinspect.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The quartiles worked out by hand (type 7: h = (n - 1) p + 1, interpolate between neighbours). */
class QuartileMethodTest {
    @Test
    void fourValuesInterpolateBetweenNeighbours() {
        // 40 50 60 70: Q1 at h = 1.75 -> 40 + 0.75 x 10 = 47.5; median h = 2.5 -> 55; Q3 h = 3.25 -> 62.5.
        Quartiles q = Quartiles.of(List.of(70, 40, 60, 50)).orElseThrow();
        assertEquals(new Quartiles(4, 40, 47.5, 55, 62.5, 70), q);
    }

    @Test
    void fiveValuesLandOnThemExactly() {
        // 10 20 30 40 50: h = 2, 3, 4 -> 20, 30, 40.
        assertEquals(new Quartiles(5, 10, 20, 30, 40, 50), Quartiles.of(List.of(30, 10, 50, 20, 40)).orElseThrow());
    }

    @Test
    void threeValuesAsThe2021PlanningChildSafetyFigures() {
        // 39 71 75: Q1 h = 1.5 -> 39 + 0.5 x 32 = 55; median 71; Q3 h = 2.5 -> 71 + 0.5 x 4 = 73.
        assertEquals(new Quartiles(3, 39, 55, 71, 73, 75), Quartiles.of(List.of(75, 39, 71)).orElseThrow());
    }

    @Test
    void twoValuesAndOne() {
        // 50 75: Q1 h = 1.25 -> 56.25; median 62.5; Q3 h = 1.75 -> 68.75.
        assertEquals(new Quartiles(2, 50, 56.25, 62.5, 68.75, 75), Quartiles.of(List.of(75, 50)).orElseThrow());
        assertEquals(new Quartiles(1, 58, 58, 58, 58, 58), Quartiles.of(List.of(58)).orElseThrow());
    }

    @Test
    void tiesStayTies() {
        assertEquals(new Quartiles(4, 65, 65, 65, 65, 65), Quartiles.of(List.of(65, 65, 65, 65)).orElseThrow());
    }

    @Test
    void noValuesHaveNoQuartiles() {
        assertTrue(Quartiles.of(List.of()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> QuartileMethod.quantile(List.of(), 0.5));
        assertThrows(IllegalArgumentException.class, () -> QuartileMethod.quantile(List.of(1), 1.5));
    }

    @Test
    void quartilesAreOrderedWithinTheValuesAndTheMedianIsTheMiddle() {
        long seed = System.nanoTime();
        System.out.println("QuartileMethodTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int run = 0; run < 2000; run++) {
            List<Integer> values = new ArrayList<>();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                values.add(random.nextInt(101));
            }
            Quartiles q = Quartiles.of(values).orElseThrow();
            List<Integer> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            String context = "seed " + seed + ", values " + sorted;
            assertEquals(sorted.get(0), q.min(), context);
            assertEquals(sorted.get(n - 1), q.max(), context);
            assertTrue(q.min() <= q.lowerQuartile() && q.lowerQuartile() <= q.median()
                    && q.median() <= q.upperQuartile() && q.upperQuartile() <= q.max(), context);
            double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
            assertEquals(middle, q.median(), 1e-9, context);
            long atOrBelowQ1 = sorted.stream().filter(v -> v <= q.lowerQuartile()).count();
            assertTrue(atOrBelowQ1 >= Math.ceil(0.25 * (n - 1)), context);
        }
    }
}
