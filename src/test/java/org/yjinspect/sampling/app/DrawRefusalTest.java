package org.yjinspect.sampling.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.caseload.synthetic.SyntheticCaseload;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.sampling.domain.EligibleCasesPolicy;
import org.yjinspect.support.Fixtures;

/** A draw that would take no case is refused, stores nothing, and leaves the caseload replaceable. */
@ExtendWith(EmbeddedPostgresExtension.class)
class DrawRefusalTest {
    private static final Actor LEAD = new Actor("lead inspector");
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    @Test
    void aCaseloadDatedAfterTheAnnouncementIsRefusedWithTheWindowDatesAndCanStillBeReplaced() {
        Inspection inspection = Fixtures.createInspection(app, "2021");
        // As "caseload generate" without --announced made it: dated before a later "today".
        String late = Fixtures.csv(new SyntheticCaseload(3, Fixtures.ANNOUNCED.plusYears(1)).cases(300));
        Fixtures.importCsv(app, inspection.id(), late, false);

        DrawOutcome outcome = app.samples().draw(new DrawSampleCommand(inspection.id(), 1L, null, null, null, null,
                null, LEAD));

        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.sample()).isNull();
        assertThat(outcome.ruling().rule()).isEqualTo(EligibleCasesPolicy.RULE);
        assertThat(outcome.ruling().reason()).contains("2024-01-14 to 2024-04-14", "2024-05-14 to 2024-07-14",
                "2023-10-14 to 2024-06-14");
        assertThat(outcome.windows()).hasSize(3).allMatch(w -> w.eligible() == 0 && w.planned() == 0);
        assertThat(outcome.windows().get(0).caseType()).isEqualTo(CaseType.COURT_DISPOSAL);
        assertThatThrownBy(() -> app.samples().show(inspection.id())).isInstanceOf(Problem.class)
                .hasMessageContaining("no sample has been drawn");

        String inside = Fixtures.csv(SyntheticCaseload.insideWindows(3, Fixtures.ANNOUNCED,
                inspection.details().windows()).cases(300));
        assertThat(Fixtures.importCsv(app, inspection.id(), inside, false).imported()).isTrue();
        DrawOutcome drawn = app.samples().draw(new DrawSampleCommand(inspection.id(), 1L, null, null, null, null,
                null, LEAD));
        assertThat(drawn.refused()).isFalse();
        assertThat(drawn.sample().caseTypes()).allMatch(part -> part.eligible() > 0 && !part.cases().isEmpty());
    }

    @Test
    void aRefusedDrawLeavesNoTraceButASampleThatIsDrawnIsInTheTrail() {
        Inspection inspection = Fixtures.createInspection(app, "2018");
        Fixtures.importCsv(app, inspection.id(), Fixtures.csv(new SyntheticCaseload(4, LocalDate.of(2026, 1, 1))
                .cases(50)), false);
        assertThat(app.samples().draw(new DrawSampleCommand(inspection.id(), 1L, null, null, null, null, null, LEAD))
                .refused()).isTrue();
        assertThat(app.audit().entries(new org.yjinspect.audit.app.AuditQuery(inspection.id(), null, null, 0, 0)))
                .noneMatch(e -> e.entity().equals("sample"));
    }
}
