package org.yjinspect.published.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.CaseManagerInterviews;
import org.yjinspect.published.domain.CasesInspected;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.RecordedPanelDecision;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.rating.TestFrameworks;
import org.yjinspect.rating.domain.Rating;

/** The importer asks the rating engine once; a stated panel decision the engine refuses is dropped with a warning. */
class EngineRatingsTest {
    private static final Framework FRAMEWORK = TestFrameworks.of(FrameworkVersion.V2021);

    @Test
    void eachCaseBasedStandardGetsTheRatingItsFiguresGive() {
        PublishedReport rated = EngineRatings.apply(report(standards(null)), FRAMEWORK);

        assertThat(rated.standard("2.1").orElseThrow().computedRating()).isEqualTo(Rating.GOOD);
        assertThat(rated.standard("1.1").orElseThrow().computedRating()).as("qualitative: no computed rating").isNull();
        assertThat(rated.warnings()).isEmpty();
    }

    @Test
    void aStatedPanelMoveWithNoTriggerIsTakenOffTheStandardWithTheEnginesReason() {
        // 29/40 on every key question is 72.5%: Good, far from any boundary, so no trigger allows Outstanding.
        PublishedReport rated = EngineRatings.apply(report(standards(
                new RecordedPanelDecision(Rating.OUTSTANDING, "the panel used its discretion"))), FRAMEWORK);

        PublishedStandard standard = rated.standard("2.1").orElseThrow();
        assertThat(standard.panel()).isNull();
        assertThat(standard.computedRating()).isEqualTo(Rating.GOOD);
        assertThat(rated.warnings()).filteredOn(w -> w.kind() == WarningKind.DISCRETION).singleElement()
                .extracting(ImportWarning::message).asString()
                .startsWith("standard 2.1: the stated panel discretion does not fit the rules (ratings panel decision "
                        + "for 2.1 refused: no discretion trigger holds").endsWith("); it is not recorded");
        assertThat(rated.warnings()).filteredOn(w -> w.kind() == WarningKind.RATING_DIFFERS).singleElement()
                .extracting(ImportWarning::message).asString().startsWith("standard 2.1: published Outstanding differs "
                        + "from computed Good; no discretion trigger explains it");
    }

    /** Every standard Good, case-based ones at 29/40 on each key question; 2.1 published with {@code panel}. */
    private static List<PublishedStandard> standards(RecordedPanelDecision panel) {
        List<PublishedStandard> standards = new ArrayList<>();
        for (Standard standard : FRAMEWORK.standards()) {
            if (!standard.caseBased()) {
                standards.add(PublishedStandard.printed(standard.number(), standard.name(), Rating.GOOD));
                continue;
            }
            List<PublishedKeyQuestion> questions = standard.keyQuestions().stream()
                    .map(q -> new PublishedKeyQuestion(q.text(), CaseFigure.counted(29, 40), List.of())).toList();
            boolean moved = panel != null && standard.number().equals("2.1");
            standards.add(new PublishedStandard(standard.number(), standard.name(), moved ? panel.rating() : Rating.GOOD,
                    null, questions, true, moved ? panel : null));
        }
        return standards;
    }

    private static PublishedReport report(List<PublishedStandard> standards) {
        return new PublishedReport("anytown.txt", "Anytown YJS", YearMonth.of(2022, 5), null, FrameworkVersion.V2021,
                null, 36, null, standards, new CasesInspected(40, 40, 4), List.of(), CaseManagerInterviews.UNKNOWN,
                List.of(), List.of(), List.of(), List.of());
    }
}
