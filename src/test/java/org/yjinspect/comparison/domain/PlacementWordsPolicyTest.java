package org.yjinspect.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yjinspect.comparison.Inspections.printing;
import static org.yjinspect.framework.domain.FrameworkVersion.V2021;
import static org.yjinspect.rating.domain.Rating.GOOD;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yjinspect.comparison.HeldLibrary;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.rules.Ruling;

class PlacementWordsPolicyTest {
    private static final String PLANNING = "Keeping the child safe in planning (2.2)";

    @Test
    void theIssuesExampleTenInspectionsSevenHigherOneTieTwoLower() {
        // 7 of 12 = 58.3% -> 58%; the library: 60 65 70 71 75 80 90 above, 58 the same, 40 and 50 below.
        PercentSpread library = spread(60, 65, 70, 71, 75, 80, 90, 58, 40, 50);
        LiveFigure live = new LiveFigure("2.2.child-safety", 7, 12);
        Placement placement = Placement.of(58, library);
        assertEquals(new Placement(V2021, 58, 7, 1, 2), placement);
        Ruling<String> words = PlacementWordsPolicy.words(PLANNING, live, Optional.of(placement), library);
        assertEquals(PLANNING + ": 58% (n=12), lower than 7 of 10 published 2021 inspections, the same as 1 and"
                + " higher than 2", words.value());
        assertEquals(PlacementWordsPolicy.RULE, words.rule());
        assertEquals("Compared in whole percentages as reports print them: 7 of the 10 print more than 58%, 1 prints"
                + " 58% (ties, counted apart) and 2 print less", words.reason());
    }

    @Test
    void againstTheHeld2021Inspections() {
        PercentSpread library = PercentSpread.of(V2021, "2.2.child-safety", HeldLibrary.heldInspections());
        // 39 71 75: a live 58% is below two and above one; a live 71% (5 of 7) ties Portsmouth.
        assertEquals(PLANNING + ": 58% (n=12), lower than 2 of 3 published 2021 inspections and higher than 1",
                say(new LiveFigure("2.2.child-safety", 7, 12), library));
        assertEquals(PLANNING + ": 71% (n=7), lower than 1 of 3 published 2021 inspections, the same as 1 and"
                + " higher than 1", say(new LiveFigure("2.2.child-safety", 5, 7), library));
    }

    @Test
    void allOneWayAndAllTies() {
        assertEquals(PLANNING + ": 20% (n=5), lower than all 3 published 2021 inspections",
                say(new LiveFigure("x", 1, 5), spread(30, 40, 50)));
        assertEquals(PLANNING + ": 100% (n=5), higher than the one published 2021 inspection",
                say(new LiveFigure("x", 5, 5), spread(30)));
        assertEquals(PLANNING + ": 50% (n=4), the same as all 2 published 2021 inspections",
                say(new LiveFigure("x", 2, 4), spread(50, 50)));
        assertEquals(PLANNING + ": 50% (n=4), the same as 1 of 2 published 2021 inspections and higher than 1",
                say(new LiveFigure("x", 2, 4), spread(50, 20)));
    }

    @Test
    void nothingToPlaceSaysWhy() {
        assertEquals(PLANNING + ": no relevant cases yet (n=0), so nothing to place",
                say(new LiveFigure("x", 0, 0), spread(50)));
        assertEquals(PLANNING + ": 50% (n=4); no published 2021 inspection in the library prints this key question",
                say(new LiveFigure("x", 2, 4), spread()));
    }

    @Test
    void wholePercentagesDecideTies() {
        // 11 of 19 = 57.9%, printed 58%: the same as a printed 58%, not lower.
        assertEquals(new Placement(V2021, 58, 0, 1, 0), Placement.of(new LiveFigure("x", 11, 19).percent().orElseThrow(),
                spread(58)));
    }

    @Test
    void placementCountsAlwaysSumToTheLibrarysN() {
        long seed = System.nanoTime();
        System.out.println("PlacementWordsPolicyTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int run = 0; run < 2000; run++) {
            Integer[] figures = new Integer[random.nextInt(40)];
            for (int i = 0; i < figures.length; i++) {
                figures[i] = random.nextInt(101);
            }
            PercentSpread library = spread(figures);
            int live = random.nextInt(101);
            Placement p = Placement.of(live, library);
            assertEquals(library.n(), p.higher() + p.same() + p.lower(), "seed " + seed);
            assertEquals(library.percents().stream().filter(v -> v > live).count(), p.higher(), "seed " + seed);
            assertEquals(library.percents().stream().filter(v -> v == live).count(), p.same(), "seed " + seed);
            String words = PlacementWordsPolicy.words(PLANNING, new LiveFigure("x", live, 100), Optional.of(p), library)
                    .value();
            assertTrue(words.startsWith(PLANNING + ": " + live + "% (n=100)"), words);
            assertTrue(p.n() == 0 || words.contains(p.n() == 1 ? "the one published" : String.valueOf(p.n())), words);
        }
    }

    private static String say(LiveFigure live, PercentSpread library) {
        return PlacementWordsPolicy.words(PLANNING, live, live.percent().map(p -> Placement.of(p, library)), library)
                .value();
    }

    private static PercentSpread spread(Integer... percents) {
        List<LibraryInspection> library = new ArrayList<>();
        for (int i = 0; i < percents.length; i++) {
            library.add(printing(i + 1, V2021, "2.2", GOOD, 50, percents[i], 50));
        }
        return PercentSpread.of(V2021, "2.2.child-safety", library);
    }
}
