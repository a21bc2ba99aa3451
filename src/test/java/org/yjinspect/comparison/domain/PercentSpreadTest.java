package org.yjinspect.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yjinspect.comparison.Inspections.printing;
import static org.yjinspect.framework.domain.FrameworkVersion.V2018;
import static org.yjinspect.framework.domain.FrameworkVersion.V2021;
import static org.yjinspect.rating.domain.Rating.GOOD;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.comparison.HeldLibrary;
import org.yjinspect.library.domain.LibraryInspection;

class PercentSpreadTest {
    @Test
    void theHeld2021PlanningChildSafetyFigures() {
        PercentSpread spread = PercentSpread.of(V2021, "2.2.child-safety", HeldLibrary.heldInspections());
        // Suffolk 39%, Portsmouth 71%, Plymouth 75%, lowest first.
        assertEquals(List.of(39, 71, 75), spread.percents());
        assertEquals(List.of("Suffolk Youth Justice Service", "Portsmouth Youth Offending Team",
                "Plymouth Youth Justice Service"), spread.figures().stream().map(LibraryFigure::service).toList());
        assertEquals(new Quartiles(3, 39, 55, 71, 73, 75), spread.quartiles().orElseThrow());
        assertEquals(0, spread.without());
    }

    @Test
    void countsOf2018ReportsBecomeWholePercentagesAsPrinted() {
        PercentSpread spread = PercentSpread.of(V2018, "2.2.child-safety", HeldLibrary.heldInspections());
        // Kingston and Richmond 6 of 7 = 85.7% -> 86%; Torbay 4 of 4 = 100%.
        assertEquals(List.of(86, 100), spread.percents());
        assertEquals(7, spread.figures().get(0).relevant());
    }

    @Test
    void inspectionsWithoutAFigureAreCountedApart() {
        List<LibraryInspection> library = List.of(printing(1, V2021, "2.1", GOOD, 80, 60, 40),
                printing(2, V2021, "2.1", GOOD, 70, null, 50), printing(3, V2021, "2.2", GOOD, 50, 50, 50),
                printing(4, V2018, "2.1", GOOD, 10, 10, 10));
        PercentSpread spread = PercentSpread.of(V2021, "2.1.child-safety", library);
        // Only inspection 1 prints 2.1's child-safety figure; 2 prints none for it and 3 not 2.1 at all.
        assertEquals(List.of(60), spread.percents());
        assertEquals(2, spread.without());
        assertTrue(PercentSpread.of(V2021, "3.1.desistance", library).quartiles().isEmpty());
    }
}
