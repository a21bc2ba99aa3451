package org.yjinspect.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.report.domain.InspectionReport;
import org.yjinspect.report.domain.RatingLine;
import org.yjinspect.report.domain.RatingState;
import org.yjinspect.report.render.ReportRenderer;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.SampledInspection;

/** What is not decided shows as such: never a made-up rating, score or sample. */
@ExtendWith(EmbeddedPostgresExtension.class)
class ReportShowsWhatIsUndecidedTest {
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    @Test
    void anInspectionWithNothingRecordedHasNoRatingsNoSampleAndIsADraft() {
        Inspection inspection = Fixtures.createInspection(app, "2021");
        InspectionReport report = app.reports().report(inspection.id());
        assertThat(report.draft()).isTrue();
        assertThat(report.ratings().complete()).isFalse();
        assertThat(report.ratings().overallShown()).isEqualTo("Not yet decided");
        assertThat(report.ratings().domains()).flatExtracting(d -> d.standards()).extracting(RatingLine::shown)
                .containsOnly("Not rated");
        assertThat(report.ratings().resettlement()).map(RatingLine::shown).contains("Not rated");
        assertThat(report.methodology().sample()).isEmpty();
        String html = new ReportRenderer().html(report);
        assertThat(html).contains("Score 0/36 so far").contains("No sample has been drawn yet.")
                .contains("No recommendations have been entered yet.")
                .doesNotContain("yj-report-rating\">Good").doesNotContain("yj-report-rating\">Outstanding")
                .doesNotContain("yj-report-standard-rating\">Good").contains("yj-report-standard-rating\">Not rated");
    }

    @Test
    void ratingsTheFiguresGiveAwaitThePanelUntilItDecides() {
        SampledInspection s = SampledInspection.create(app, "2021", 11, 200, 6, 1);
        s.cases().stream().filter(c -> c.caseType() == org.yjinspect.framework.domain.CaseType.COURT_DISPOSAL)
                .forEach(c -> org.yjinspect.support.Answering.answerAll(app, s.id(), c, "yes", SeedInspection.LEAD));
        InspectionReport report = app.reports().report(s.id());
        RatingLine assessment = report.ratings().domains().get(1).standards().get(0);
        assertThat(assessment.number()).isEqualTo("2.1");
        assertThat(assessment.state().value()).isEqualTo(RatingState.AWAITING_PANEL);
        assertThat(assessment.shown()).isEqualTo("Awaiting the ratings panel");
        assertThat(assessment.provisional()).contains("Outstanding");
        assertThat(report.ratings().overallShown()).isEqualTo("Not yet decided");
        assertThat(new ReportRenderer().html(report)).contains("2.1: the figures (or the lead inspector's proposal)"
                + " give Outstanding; the ratings panel has not decided it.");
    }
}
