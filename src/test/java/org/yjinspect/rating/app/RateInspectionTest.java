package org.yjinspect.rating.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.rating.TestFrameworks;
import org.yjinspect.rating.domain.DiscretionTrigger;
import org.yjinspect.rating.domain.KeyQuestionFigure;
import org.yjinspect.rating.domain.PanelDecision;
import org.yjinspect.rating.domain.Rating;

class RateInspectionTest {
    private final RateInspection rateInspection = new RateInspection(TestFrameworks::of);

    @Test
    void anInspectionWithEveryStandardRatedHasAScoreAndAnOverallRating() {
        InspectionRating rating = rate(FrameworkVersion.V2021, allGood(FrameworkVersion.V2021), CaseCounts.UNKNOWN);

        assertThat(rating.score().score()).isEqualTo(24);
        assertThat(rating.overallRating()).contains(Rating.GOOD);
        assertThat(rating.resettlement().value()).contains(Rating.GOOD);
    }

    @Test
    void aCaseBasedStandardWithoutFiguresIsNotRatedAndTheOverallRatingSaysSo() {
        List<StandardEntry> entries = allGood(FrameworkVersion.V2018);
        entries.removeIf(e -> e.number().equals("2.3"));

        InspectionRating rating = rate(FrameworkVersion.V2018, entries, CaseCounts.UNKNOWN);

        assertThat(rating.overallRating()).isEmpty();
        assertThat(rating.score().missing()).containsExactly("2.3");
    }

    @Test
    void printedPercentagesAreReadAsCountsWhenTheCaseNumberIsKnown() {
        List<StandardEntry> entries = allGood(FrameworkVersion.V2021);
        entries.set(entries.indexOf(find(entries, "3.1")), new StandardEntry("3.1", List.of(percent(88), percent(63),
                percent(88)), Optional.of(Rating.GOOD), Optional.of(new PanelDecision(Rating.GOOD, "not representative"))));

        InspectionRating rating = rate(FrameworkVersion.V2021, entries, new CaseCounts(4, 8, 2));

        StandardResult assessment = result(rating, "3.1");
        assertThat(assessment.computed().rating()).contains(Rating.REQUIRES_IMPROVEMENT);
        assertThat(assessment.triggers().holds(DiscretionTrigger.ONE_CASE_CHANGES_BAND)).isTrue();
        assertThat(assessment.finalRating()).contains(Rating.GOOD);
        assertThat(assessment.drivingKeyQuestion().orElseThrow().id()).isEqualTo("3.1.child-safety");
        assertThat(rating.publishedDifferences()).isEmpty();
    }

    @Test
    void aPublishedRatingThatDiffersIsReportedWithWhetherATriggerExplainsIt() {
        List<StandardEntry> entries = allGood(FrameworkVersion.V2021);
        entries.set(entries.indexOf(find(entries, "2.2")), new StandardEntry("2.2",
                List.of(counted(30, 40), counted(20, 40), counted(38, 40)), Optional.of(Rating.GOOD), Optional.empty()));

        InspectionRating rating = rate(FrameworkVersion.V2021, entries, CaseCounts.UNKNOWN);

        assertThat(rating.publishedDifferences()).anySatisfy(d -> assertThat(d)
                .startsWith("2.2: published Good differs from computed Requires improvement")
                .contains("a discretion trigger holds"));
    }

    @Test
    void noResettlementCasesMeansResettlementIsNotRated() {
        InspectionRating rating = rate(FrameworkVersion.V2021, allGood(FrameworkVersion.V2021), new CaseCounts(5, 5, 0));

        assertThat(rating.resettlement().value()).isEmpty();
        assertThat(rating.resettlement().reason()).contains("no resettlement cases");
        assertThat(rating.overallRating()).contains(Rating.GOOD);
    }

    @Test
    void anInadequateResettlementTurnsAnOutstandingServiceGood() {
        List<StandardEntry> entries = new ArrayList<>();
        TestFrameworks.of(FrameworkVersion.V2021).standards().forEach(s -> entries.add(s.caseBased()
                ? new StandardEntry(s.number(), List.of(counted(9, 10), counted(9, 10), counted(9, 10)), null, null)
                : new StandardEntry(s.number(), List.of(), Optional.of(s.scored() ? Rating.OUTSTANDING : Rating.INADEQUATE), null)));

        InspectionRating rating = rate(FrameworkVersion.V2021, entries, CaseCounts.UNKNOWN);

        assertThat(rating.score().rating()).contains(Rating.OUTSTANDING);
        assertThat(rating.overallRating()).contains(Rating.GOOD);
    }

    @Test
    void aPanelMoveWithoutATriggerIsRefusedOnItsStandardAndTheComputedRatingStands() {
        List<StandardEntry> entries = allGood(FrameworkVersion.V2021);
        entries.set(entries.indexOf(find(entries, "2.1")), new StandardEntry("2.1",
                List.of(counted(29, 40), counted(29, 40), counted(29, 40)), null,
                Optional.of(new PanelDecision(Rating.OUTSTANDING, "strong practice"))));

        InspectionRating rating = rate(FrameworkVersion.V2021, entries, CaseCounts.UNKNOWN);

        StandardResult refused = result(rating, "2.1");
        assertThat(rating.refusedPanelDecisions()).extracting(StandardResult::number).containsExactly("2.1");
        assertThat(refused.panel().value().refused()).isTrue();
        assertThat(refused.finalRating()).contains(Rating.GOOD);
        assertThat(refused.panelRefusal()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("ratings panel decision for 2.1 refused: ").contains("no discretion trigger holds"));
        assertThat(rating.score().score()).as("the refused move is not counted").isEqualTo(24);
    }

    @Test
    void aCommandNamingAStandardTheFrameworkDoesNotHaveIsRefused() {
        List<StandardEntry> entries = allGood(FrameworkVersion.V2018);
        entries.add(new StandardEntry("4.2", List.of(), Optional.of(Rating.GOOD), null));

        assertThatThrownBy(() -> rate(FrameworkVersion.V2018, entries, CaseCounts.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no standard 4.2");
    }

    private InspectionRating rate(FrameworkVersion version, List<StandardEntry> entries, CaseCounts cases) {
        return rateInspection.rate(new RateInspectionCommand("Test YJS", version, entries, cases, null, null));
    }

    /** Every standard Good: qualitative ones judged Good, case-based ones at 7/10 on each key question. */
    private static List<StandardEntry> allGood(FrameworkVersion version) {
        List<StandardEntry> entries = new ArrayList<>();
        TestFrameworks.of(version).standards().forEach(s -> entries.add(s.caseBased()
                ? new StandardEntry(s.number(), s.keyQuestions().stream().map(k -> counted(29, 40)).toList(), null, null)
                : new StandardEntry(s.number(), List.of(), Optional.of(Rating.GOOD), null)));
        return entries;
    }

    private static StandardEntry find(List<StandardEntry> entries, String number) {
        return entries.stream().filter(e -> e.number().equals(number)).findFirst().orElseThrow();
    }

    private static StandardResult result(InspectionRating rating, String number) {
        return rating.standards().stream().filter(s -> s.number().equals(number)).findFirst().orElseThrow();
    }

    private static KeyQuestionFigure counted(int yes, int relevant) {
        return KeyQuestionFigure.counted(null, yes, relevant);
    }

    private static KeyQuestionFigure percent(double percent) {
        return KeyQuestionFigure.percentOnly(null, percent);
    }
}
