package org.yjinspect.comparison.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.comparison.HeldLibrary;
import org.yjinspect.comparison.domain.LiveFigure;
import org.yjinspect.comparison.domain.Placement;
import org.yjinspect.comparison.domain.Quartiles;
import org.yjinspect.comparison.json.MappingFile;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.inspection.domain.InspectionKind;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.rating.domain.Rating;

class ComparisonsTest {
    private static final LiveFigures SELF_ASSESSMENT = id -> new LiveFigures.Live(id, "Anytown Youth Justice Service",
            InspectionKind.SELF_ASSESSMENT, FrameworkVersion.V2021, List.of(new LiveFigure("2.2.child-safety", 7, 12),
            new LiveFigure("2.1.desistance", 0, 0)));
    private final Comparisons comparisons = new Comparisons(HeldLibrary.held(), SELF_ASSESSMENT, FrameworkCatalogue::load,
            new MappingFile(FrameworkCatalogue::load).load());

    @Test
    void aStandardPerVersionWithTheCorrespondingStandardOfTheOtherApart() {
        StandardComparison planning = comparisons.standard(DistributionQuery.of("2021", "2.2", null));
        assertEquals(2, planning.tally().count(Rating.REQUIRES_IMPROVEMENT));
        assertEquals(1, planning.tally().count(Rating.INADEQUATE));
        // 2018's 2.2: Torbay and Kingston and Richmond both Outstanding, apart from the 2021 tally.
        assertEquals(2, planning.counterpart().orElseThrow().count(Rating.OUTSTANDING));
        assertEquals(3, planning.keyQuestions().size());
        assertEquals(new Quartiles(3, 39, 55, 71, 73, 75), planning.keyQuestions().get(1).spread().quartiles().orElseThrow());
        // 3.4 means another standard in 2021: no 2018 tally beside it, and the mapping says why.
        StandardComparison policy = comparisons.standard(DistributionQuery.of("2021", "3.4", null));
        assertTrue(policy.counterpart().isEmpty());
        assertFalse(policy.mapping().corresponds());
        assertTrue(policy.mapping().why().startsWith("Same number, different standard"));
    }

    @Test
    void aKeyQuestionWithTheOtherVersionsFiguresOnlyThroughTheMapping() {
        KeyQuestionComparison kq = comparisons.keyQuestion(DistributionQuery.of("2021", null, "2.2.child-safety"));
        assertEquals("Keeping the child safe in planning (2.2)", kq.name());
        assertEquals(List.of(39, 71, 75), kq.spread().percents());
        assertEquals(List.of(86, 100), kq.counterpart().orElseThrow().percents());
        KeyQuestionComparison joint = comparisons.keyQuestion(DistributionQuery.of("2018", null, "3.4.joint-decisions"));
        assertEquals(List.of(33, 100), joint.spread().percents());
        assertTrue(joint.counterpart().isEmpty());
    }

    @Test
    void refusalsNameTheParameterAndTheValue() {
        assertEquals("version must be 2018 or 2021 (got \"2019\")", refused(() -> DistributionQuery.of("2019", "2.1", null)));
        assertEquals("version is required: 2018 or 2021", refused(() -> DistributionQuery.of(" ", "2.1", null)));
        assertEquals("standard must be written like 2.1 (got \"2.1; drop\")",
                refused(() -> DistributionQuery.of("2021", "2.1; drop", null)));
        assertEquals("give either standard (such as 2.1) or keyQuestion (such as 2.1.desistance), not both or neither",
                refused(() -> DistributionQuery.of("2021", "2.1", "2.1.desistance")));
        assertEquals("standard: the 2018 framework has no standard 4.1; its standards are 1.1, 1.2, 1.3, 1.4, 2.1, 2.2,"
                + " 2.3, 2.4, 3.1, 3.2, 3.3, 3.4", refused(() -> comparisons.standard(DistributionQuery.of("2018", "4.1", null))));
        assertTrue(refused(() -> comparisons.keyQuestion(DistributionQuery.of("2021", null, "3.4.joint-decisions")))
                .startsWith("keyQuestion: the 2021 framework has no key question 3.4.joint-decisions; its key questions are"
                        + " 2.1.desistance, "));
        Problem missing = assertThrows(Problem.class, () -> comparisons.service("nowhere"));
        assertEquals(Problem.Kind.NOT_FOUND, missing.kind());
        assertEquals("serviceKey must be lower-case letters, digits and hyphens, as the library lists it (got \"Torbay\")",
                refused(() -> comparisons.service("Torbay")));
    }

    @Test
    void aSelfAssessmentsLiveFiguresPlacedAmongTheSameVersionAndThroughTheMapping() {
        InspectionComparison compared = comparisons.inspection(7);
        assertEquals(3, compared.libraryInspections());
        InspectionComparison.Place planning = compared.places().stream()
                .filter(p -> p.keyQuestionId().equals("2.2.child-safety")).findFirst().orElseThrow();
        assertEquals(new Placement(FrameworkVersion.V2021, 58, 2, 0, 1), planning.placement().orElseThrow());
        assertEquals("Keeping the child safe in planning (2.2): 58% (n=12), lower than 2 of 3 published 2021 inspections"
                + " and higher than 1", planning.words().value());
        // Among the 2018 inspections (86%, 100%) as well, since the mapping says the key questions correspond.
        assertEquals("Keeping the child safe in planning (2.2): 58% (n=12), lower than all 2 published 2018 inspections",
                planning.otherVersion().orElseThrow().words().value());
        InspectionComparison.Place none = compared.places().get(0);
        assertEquals("Supporting the child's desistance in assessment (2.1): no relevant cases yet (n=0), so nothing"
                + " to place", none.words().value());
        // Every case-based key question of 2021: seven standards of three.
        assertEquals(21, compared.places().size());
    }

    private static String refused(org.junit.jupiter.api.function.Executable action) {
        return assertThrows(Problem.class, action).getMessage();
    }
}
