package org.yjinspect.finding.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.finding.app.AddFindingCommand;
import org.yjinspect.finding.app.ChangeFindingCommand;
import org.yjinspect.finding.app.FindingLine;
import org.yjinspect.finding.domain.Finding;
import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;

/** Strengths and areas for improvement stored in PostgreSQL: ordered, versioned, audited, locked once published. */
@ExtendWith(EmbeddedPostgresExtension.class)
class JdbiFindingRecordsTest {
    private static final Actor LEAD = new Actor("lowri");
    private static final FindingKind S = FindingKind.STRENGTH;
    private static final FindingKind A = FindingKind.AREA_FOR_IMPROVEMENT;
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    private static FindingLine add(long inspection, int domain, FindingKind kind, String text) {
        return app.findings().add(new AddFindingCommand(inspection, domain, kind, text, LEAD));
    }

    private static List<String> listed(long inspection) {
        return app.findings().of(inspection).stream().map(f -> f.domain() + " " + f.kind().code() + " " + f.position()
                + " " + f.text()).toList();
    }

    @Test
    void findingsAreListedByDomainStrengthsFirstInTheOrderEntered() {
        long id = Fixtures.createInspection(app, "2021").id();
        assertThat(app.findings().of(id)).isEmpty();
        add(id, 2, A, "Planning for safety was weak");
        add(id, 1, S, "The board is well led");
        add(id, 2, S, "Assessments were thorough");
        add(id, 1, S, "Staff feel supported");
        FindingLine resettlement = add(id, 4, A, "Accommodation was not planned early");
        assertThat(listed(id)).containsExactly("1 strength 1 The board is well led", "1 strength 2 Staff feel supported",
                "2 strength 1 Assessments were thorough", "2 area 1 Planning for safety was weak",
                "4 area 1 Accommodation was not planned early");
        assertThat(resettlement.revision()).isEqualTo(1);
        assertThat(resettlement.updatedBy()).isEqualTo("lowri");
    }

    @Test
    void aDomainTheFrameworkDoesNotHaveIsRefused() {
        long id = Fixtures.createInspection(app, "2021").id();
        assertThatThrownBy(() -> add(id, 5, S, "x")).isInstanceOf(Problem.class)
                .hasMessageContaining("the domain must be one of the framework's").hasMessageContaining("got 5");
        assertThatThrownBy(() -> add(id, 1, S, "two\nparagraphs")).isInstanceOf(Problem.class)
                .hasMessageContaining("the finding");
        assertThatThrownBy(() -> add(id, 1, S, "x".repeat(1001))).isInstanceOf(Problem.class)
                .hasMessageContaining("1000");
        assertThat(app.findings().of(id)).isEmpty();
    }

    @Test
    void aChangeIsMadeFromItsRevisionAndARemovedOneLeavesNoGap() {
        long id = Fixtures.createInspection(app, "2021").id();
        long first = add(id, 1, S, "first").finding().id();
        long second = add(id, 1, S, "second").finding().id();
        FindingLine changed = app.findings().change(new ChangeFindingCommand(id, first, 1, "first, reworded", LEAD));
        assertThat(changed.revision()).isEqualTo(2);
        assertThat(changed.finding()).isEqualTo(new Finding(first, 1, S, 1, "first, reworded"));
        assertThatThrownBy(() -> app.findings().change(new ChangeFindingCommand(id, first, 1, "stale", LEAD)))
                .isInstanceOf(StaleRecord.class).hasMessageContaining("lowri").hasMessageContaining("revision 2");

        assertThat(app.findings().remove(id, first, LEAD)).containsExactly(new Finding(second, 1, S, 1, "second"));
        assertThatThrownBy(() -> app.findings().remove(id, 987654, LEAD)).isInstanceOf(Problem.class)
                .hasMessageContaining("no finding 987654");
        long other = Fixtures.createInspection(app, "2021").id();
        assertThatThrownBy(() -> app.findings().change(new ChangeFindingCommand(other, second, 1, "x", LEAD)))
                .as("another inspection's finding is not found here").hasMessageContaining("no finding");
    }

    @Test
    void everyChangeIsInTheAuditTrailWithItsActor() {
        long id = Fixtures.createInspection(app, "2021").id();
        long f = add(id, 3, A, "<b>slow</b> '; drop table inspection; --").finding().id();
        app.findings().change(new ChangeFindingCommand(id, f, 1, "slow", LEAD));
        app.findings().remove(id, f, LEAD);
        List<AuditEntry> entries = app.audit().entries(new AuditQuery(id, null, null, 0, 500)).stream()
                .filter(e -> e.entity().equals("finding")).toList();
        assertThat(entries).extracting(e -> e.field() + "=" + e.newValue()).containsExactly("domain=3",
                "kind=AREA_FOR_IMPROVEMENT", "text=<b>slow</b> '; drop table inspection; --", "position=1",
                "text=slow", "removed=true", "position=null");
        assertThat(entries).allMatch(e -> e.actor().equals("lowri") && e.record().equals(String.valueOf(f)));
    }

    @Test
    void addsMadeAtTheSameMomentNeverTakeTheSamePlace() {
        long id = Fixtures.createInspection(app, "2021").id();
        List<CompletableFuture<FindingLine>> adds = IntStream.range(0, 8).mapToObj(i ->
                CompletableFuture.supplyAsync(() -> add(id, 2, S, "strength " + i))).toList();
        adds.forEach(CompletableFuture::join);
        assertThat(app.findings().of(id)).extracting(Finding::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aPublishedInspectionsFindingsAreLocked() {
        SampledInspection s = SampledInspection.create(app, "2021", 42, 300, 3, 0);
        long f = add(s.id(), 1, S, "keep going").finding().id();
        Publishing.readyToPublish(app, s, Fixtures.SET_UP);
        app.panel().publish(new PublishCommand(s.id(), app.panel().show(s.id()).state().revision(), Fixtures.SET_UP));
        assertThatThrownBy(() -> add(s.id(), 1, S, "too late")).isInstanceOf(InspectionLocked.class)
                .hasMessageContaining("published");
        assertThatThrownBy(() -> app.findings().change(new ChangeFindingCommand(s.id(), f, 1, "x", LEAD)))
                .isInstanceOf(InspectionLocked.class);
        assertThatThrownBy(() -> app.findings().remove(s.id(), f, LEAD)).isInstanceOf(InspectionLocked.class);
        assertThat(app.findings().of(s.id())).extracting(Finding::text).containsExactly("keep going");
    }

    @Test
    void anInspectionThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> app.findings().of(987654)).isInstanceOf(Problem.class).hasMessageContaining("987654");
        assertThatThrownBy(() -> add(987654, 1, S, "x")).isInstanceOf(Problem.class).hasMessageContaining("987654");
    }
}
