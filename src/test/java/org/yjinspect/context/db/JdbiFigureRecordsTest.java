package org.yjinspect.context.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.context.app.AddFigureCommand;
import org.yjinspect.context.domain.ContextualFactsView;
import org.yjinspect.context.domain.EnteredFigure;
import org.yjinspect.context.domain.ProfileRow;
import org.yjinspect.context.domain.ProfileTable;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;

/** Contextual facts from PostgreSQL: the imported caseload's profile beside the figures entered, audited, locked once published. */
@ExtendWith(EmbeddedPostgresExtension.class)
class JdbiFigureRecordsTest {
    private static final Actor LEAD = new Actor("lowri");
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    private static EnteredFigure add(long inspection, String label, String value, String source) {
        return app.contextualFacts().addFigure(new AddFigureCommand(inspection, label, value, source, LEAD));
    }

    @Test
    void theProfileIsComputedFromTheImportedCaseload() {
        long id = Fixtures.createInspection(app, "2021").id();
        ContextualFactsView before = app.contextualFacts().of(id);
        assertThat(before.caseloadSize()).isZero();
        assertThat(before.profile()).as("no caseload: not recorded, not noughts").isEmpty();

        List<CaseRecord> caseload = Fixtures.caseload(7, 120);
        Fixtures.importCsv(app, id, Fixtures.csv(caseload), false);
        ContextualFactsView view = app.contextualFacts().of(id);
        assertThat(view.caseloadSize()).isEqualTo(120);
        assertThat(view.profile()).extracting(ProfileTable::heading)
                .containsExactly("Case type", "Disposal type", "Gender", "Ethnicity", "Age band");
        long girls = caseload.stream().filter(c -> c.gender().name().equals("FEMALE")).count();
        ProfileRow female = view.profile().get(2).rows().stream().filter(r -> r.category().equals("Female")).findFirst()
                .orElseThrow();
        assertThat(female.count()).isEqualTo(girls);
        assertThat(female.percent()).isEqualTo(girls * 100.0 / 120);
    }

    @Test
    void figuresAreEnteredInOrderRemovedAndAuditedWithTheirActor() {
        long id = Fixtures.createInspection(app, "2021").id();
        EnteredFigure rate = add(id, "Reoffending rate (national)", "34.9%", "MoJ proven reoffending, Jan 2022");
        EnteredFigure entrants = add(id, "First-time entrants per 100,000 (local)", "223", "YJB, 2020");
        assertThat(app.contextualFacts().of(id).figures()).containsExactly(rate, entrants);
        assertThat(app.contextualFacts().removeFigure(id, rate.id(), LEAD)).containsExactly(entrants);
        assertThatThrownBy(() -> app.contextualFacts().removeFigure(id, rate.id(), LEAD)).isInstanceOf(Problem.class)
                .hasMessageContaining("no figure " + rate.id());
        List<AuditEntry> entries = app.audit().entries(new AuditQuery(id, null, null, 0, 500)).stream()
                .filter(e -> e.entity().equals("contextual_figure")).toList();
        assertThat(entries).extracting(e -> e.record() + " " + e.field() + "=" + e.newValue()).containsExactly(
                rate.id() + " label=Reoffending rate (national)", rate.id() + " value=34.9%",
                rate.id() + " source=MoJ proven reoffending, Jan 2022", entrants.id() + " label="
                        + "First-time entrants per 100,000 (local)", entrants.id() + " value=223",
                entrants.id() + " source=YJB, 2020", rate.id() + " removed=true");
        assertThat(entries).allMatch(e -> e.actor().equals("lowri"));
    }

    @Test
    void aFigureFollowsTheTextRules() {
        long id = Fixtures.createInspection(app, "2021").id();
        assertThatThrownBy(() -> add(id, "Rate\nwith a line break", "1", "x")).hasMessageContaining("the figure's label");
        assertThatThrownBy(() -> add(id, "Rate", " ", "x")).hasMessageContaining("the figure's value is required");
        assertThatThrownBy(() -> add(id, "Rate", "1", "x".repeat(301))).hasMessageContaining("longer than 300");
        assertThat(app.contextualFacts().of(id).figures()).isEmpty();
    }

    @Test
    void aPublishedInspectionsFiguresAreLocked() {
        SampledInspection s = SampledInspection.create(app, "2021", 43, 300, 3, 0);
        EnteredFigure figure = add(s.id(), "Reoffending rate (local)", "31.1%", "MoJ");
        Publishing.readyToPublish(app, s, Fixtures.SET_UP);
        app.panel().publish(new PublishCommand(s.id(), app.panel().show(s.id()).state().revision(), Fixtures.SET_UP));
        assertThatThrownBy(() -> add(s.id(), "Late", "1", "x")).isInstanceOf(InspectionLocked.class);
        assertThatThrownBy(() -> app.contextualFacts().removeFigure(s.id(), figure.id(), LEAD))
                .isInstanceOf(InspectionLocked.class);
        assertThat(app.contextualFacts().of(s.id()).figures()).containsExactly(figure);
    }
}
