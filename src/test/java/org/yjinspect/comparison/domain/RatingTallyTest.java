package org.yjinspect.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yjinspect.comparison.Inspections.printing;
import static org.yjinspect.framework.domain.FrameworkVersion.V2018;
import static org.yjinspect.framework.domain.FrameworkVersion.V2021;
import static org.yjinspect.rating.domain.Rating.GOOD;
import static org.yjinspect.rating.domain.Rating.INADEQUATE;
import static org.yjinspect.rating.domain.Rating.OUTSTANDING;
import static org.yjinspect.rating.domain.Rating.REQUIRES_IMPROVEMENT;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yjinspect.comparison.HeldLibrary;
import org.yjinspect.comparison.SyntheticLibrary;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.rating.domain.Rating;

class RatingTallyTest {
    @Test
    void countsEachRatingOfTheVersionOnly() {
        List<LibraryInspection> library = List.of(printing(1, V2021, "2.2", GOOD), printing(2, V2021, "2.2", GOOD),
                printing(3, V2021, "2.2", INADEQUATE), printing(4, V2018, "2.2", OUTSTANDING),
                printing(5, V2021, "2.2", null), printing(6, V2021, "2.1", GOOD));
        RatingTally tally = RatingTally.of(V2021, "2.2", library);
        // 2021: two Good, one Inadequate, one printed unrated (5) and one without 2.2 at all (6); the 2018 one left out.
        assertEquals(2, tally.count(GOOD));
        assertEquals(1, tally.count(INADEQUATE));
        assertEquals(0, tally.count(OUTSTANDING));
        assertEquals(0, tally.count(REQUIRES_IMPROVEMENT));
        assertEquals(2, tally.notRated());
        assertEquals(5, tally.n());
    }

    @Test
    void theHeldInspectionsPlanningAndJointWorking() {
        List<LibraryInspection> held = HeldLibrary.heldInspections();
        // 2.2 in 2021: Suffolk Inadequate, Portsmouth and Plymouth Requires improvement.
        RatingTally planning = RatingTally.of(V2021, "2.2", held);
        assertEquals(List.of(0, 0, 2, 1), RatingTally.order().stream().map(planning::count).toList());
        // 3.4 Joint working in 2018: Torbay Inadequate, Kingston and Richmond Good.
        RatingTally joint = RatingTally.of(V2018, "3.4", held);
        assertEquals(List.of(0, 1, 0, 1), RatingTally.order().stream().map(joint::count).toList());
        assertEquals(2, joint.n());
    }

    @Test
    void countsAndUnratedAddUpToTheInspectionsOfTheVersion() {
        long seed = System.nanoTime();
        System.out.println("RatingTallyTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int run = 0; run < 50; run++) {
            List<LibraryInspection> library = SyntheticLibrary.draw(random.nextLong(), 1 + random.nextInt(80), 1);
            for (FrameworkVersion version : FrameworkVersion.values()) {
                RatingTally tally = RatingTally.of(version, "2.3", library);
                long ofVersion = library.stream().filter(i -> i.frameworkVersion() == version).count();
                int rated = 0;
                for (Rating rating : Rating.values()) {
                    rated += tally.count(rating);
                }
                assertEquals(ofVersion, tally.n(), "seed " + seed);
                assertEquals(ofVersion, rated + tally.notRated(), "seed " + seed);
            }
        }
    }
}
