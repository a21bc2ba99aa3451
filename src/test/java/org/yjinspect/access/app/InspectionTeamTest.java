package org.yjinspect.access.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.sampling.app.ReplaceSampledCaseCommand;
import org.yjinspect.inspection.app.DeleteInspectionCommand;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.sampling.app.DiscardSampleCommand;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;

/** Team and allocation changes: the rules, and every change in the audit trail with its actor. */
@ExtendWith(EmbeddedPostgresExtension.class)
class InspectionTeamTest {
    private static final Actor LEAD = new Actor("Lead Lowri");
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static Application app;

    @BeforeAll
    static void open(TestDatabase db) {
        app = Application.open(db.config());
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static String account(String prefix) {
        String name = prefix + NAMES.incrementAndGet();
        app.accounts().create(CreateAccountCommand.of(name, null, "kettle orbit lantern".toCharArray(), false, "test"));
        return name;
    }

    private static void add(long inspection, String user, Role role) {
        app.team().add(new AddMemberCommand(inspection, user, role, LEAD));
    }

    private static Problem.Kind refusal(Runnable change) {
        try {
            change.run();
        } catch (Problem p) {
            return p.kind();
        }
        throw new AssertionError("the change was not refused");
    }

    @Test
    void aPersonMayHoldSeveralRolesAndEachAdditionIsAudited() {
        SampledInspection s = SampledInspection.create(app, "2021", 11L, 60);
        String ffion = account("ffion");
        assertThat(app.team().add(new AddMemberCommand(s.id(), ffion, Role.LEAD_INSPECTOR, LEAD)).changed()).isTrue();
        assertThat(app.team().add(new AddMemberCommand(s.id(), ffion.toUpperCase(), Role.PANEL_MEMBER, LEAD)).changed()).isTrue();
        assertThat(app.team().add(new AddMemberCommand(s.id(), ffion, Role.PANEL_MEMBER, LEAD)).changed()).isFalse();

        assertThat(app.team().team(s.id())).extracting(Member::username, Member::role, Member::addedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ffion, Role.LEAD_INSPECTOR, "Lead Lowri"),
                        org.assertj.core.groups.Tuple.tuple(ffion, Role.PANEL_MEMBER, "Lead Lowri"));
        List<AuditEntry> audit = app.audit().entries(new AuditQuery(s.id(), null, null, 0, 500)).stream()
                .filter(e -> e.entity().equals("team member")).toList();
        assertThat(audit).extracting(AuditEntry::newValue).containsExactly("LEAD_INSPECTOR", "PANEL_MEMBER");
        assertThat(audit).allMatch(e -> e.actor().equals("Lead Lowri") && e.record().equals(ffion));

        assertThat(app.team().remove(new RemoveMemberCommand(s.id(), ffion, Role.PANEL_MEMBER, LEAD)).changed()).isTrue();
        assertThat(app.team().team(s.id())).extracting(Member::role).containsExactly(Role.LEAD_INSPECTOR);
    }

    @Test
    void casesGoOnlyToMembersWhoAssessAndEveryAllocationIsAudited() {
        SampledInspection s = SampledInspection.create(app, "2021", 12L, 60);
        String ieuan = account("ieuan");
        String mari = account("mari");
        String panel = account("panel");
        String stranger = account("stranger");
        add(s.id(), ieuan, Role.INSPECTOR);
        add(s.id(), mari, Role.LOCAL_ASSESSOR);
        add(s.id(), panel, Role.PANEL_MEMBER);
        String ref = s.cases().get(0).reference();

        assertThat(refusal(() -> app.team().allocate(new AllocateCommand(s.id(), ref, panel, LEAD))))
                .isEqualTo(Problem.Kind.CONFLICT);
        assertThat(refusal(() -> app.team().allocate(new AllocateCommand(s.id(), ref, stranger, LEAD))))
                .isEqualTo(Problem.Kind.CONFLICT);
        assertThat(refusal(() -> app.team().allocate(new AllocateCommand(s.id(), "YJ-NONE-1", ieuan, LEAD))))
                .isEqualTo(Problem.Kind.NOT_FOUND);
        assertThat(refusal(() -> app.team().allocate(new AllocateCommand(s.id(), ref, "nobody-here", LEAD))))
                .isEqualTo(Problem.Kind.INVALID_INPUT);

        app.team().allocate(new AllocateCommand(s.id(), ref, ieuan, LEAD));
        app.team().allocate(new AllocateCommand(s.id(), ref, mari, LEAD));
        assertThat(app.team().allocations(s.id())).extracting(CaseAllocation::caseReference, CaseAllocation::username)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ref, mari));
        assertThat(app.team().unallocate(new UnallocateCommand(s.id(), ref, LEAD)).changed()).isTrue();
        assertThat(app.team().unallocate(new UnallocateCommand(s.id(), ref, LEAD)).changed()).isFalse();
        assertThat(app.team().allocations(s.id())).isEmpty();

        List<AuditEntry> audit = app.audit().entries(new AuditQuery(s.id(), ref, null, 0, 500)).stream()
                .filter(e -> e.entity().equals("case allocation")).toList();
        assertThat(audit).extracting(AuditEntry::oldValue, AuditEntry::newValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, ieuan), org.assertj.core.groups.Tuple.tuple(ieuan, mari),
                org.assertj.core.groups.Tuple.tuple(mari, null));
        assertThat(audit).allMatch(e -> e.actor().equals("Lead Lowri"));
    }

    @Test
    void aReplacedCaseCannotBeAllocated() {
        SampledInspection s = SampledInspection.create(app, "2021", 31L, 400);
        String ieuan = account("ieuan");
        add(s.id(), ieuan, Role.INSPECTOR);
        AssessedCase c = s.cases().get(0);
        app.samples().replace(new ReplaceSampledCaseCommand(s.id(), c.reference(), "case file unavailable", LEAD));

        assertThatThrownBy(() -> app.team().allocate(new AllocateCommand(s.id(), c.reference(), ieuan, LEAD)))
                .isInstanceOf(Problem.class).hasMessageContaining("replaced");
    }

    @Test
    void someoneWithCasesKeepsAnAssessingRoleUntilTheirCasesAreReallocated() {
        SampledInspection s = SampledInspection.create(app, "2021", 14L, 60);
        String ieuan = account("ieuan");
        add(s.id(), ieuan, Role.INSPECTOR);
        add(s.id(), ieuan, Role.PANEL_MEMBER);
        app.team().allocate(new AllocateCommand(s.id(), s.cases().get(0).reference(), ieuan, LEAD));

        assertThatThrownBy(() -> app.team().remove(new RemoveMemberCommand(s.id(), ieuan, Role.INSPECTOR, LEAD)))
                .isInstanceOf(Problem.class).hasMessageContaining("allocate them to someone else");
        assertThat(app.team().team(s.id())).extracting(Member::role)
                .containsExactlyInAnyOrder(Role.INSPECTOR, Role.PANEL_MEMBER);
    }

    @Test
    void aPublishedInspectionsTeamAndAllocationsNoLongerChange() {
        SampledInspection s = SampledInspection.create(app, "2021", 72L, 300, 3, 0);
        String ieuan = account("ieuan");
        add(s.id(), ieuan, Role.INSPECTOR);
        String ref = s.cases().get(0).reference();
        app.team().allocate(new AllocateCommand(s.id(), ref, ieuan, LEAD));
        Publishing.readyToPublish(app, s, LEAD);
        app.panel().publish(new PublishCommand(s.id(), app.panel().show(s.id()).state().revision(), LEAD));

        for (Runnable write : List.<Runnable>of(
                () -> add(s.id(), account("viewer"), Role.SERVICE_VIEWER),
                () -> app.team().remove(new RemoveMemberCommand(s.id(), ieuan, Role.INSPECTOR, LEAD)),
                () -> app.team().unallocate(new UnallocateCommand(s.id(), ref, LEAD)))) {
            assertThatThrownBy(write::run).isInstanceOf(InspectionLocked.class).hasMessageContaining("read-only");
        }
        assertThat(app.team().allocations(s.id())).extracting(CaseAllocation::username).containsExactly(ieuan);
    }

    @Test
    void discardingTheSampleAndDeletingTheInspectionTakeTheTeamAndAllocationsWithThem() {
        SampledInspection s = SampledInspection.create(app, "2021", 15L, 60);
        String ieuan = account("ieuan");
        add(s.id(), ieuan, Role.INSPECTOR);
        app.team().allocate(new AllocateCommand(s.id(), s.cases().get(0).reference(), ieuan, LEAD));

        app.samples().discard(new DiscardSampleCommand(s.id(), "wrong dates", LEAD));
        assertThat(app.team().allocations(s.id())).isEmpty();
        app.inspections().delete(new DeleteInspectionCommand(s.id(), "set up twice", LEAD));
        int left = app.database().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from inspection_member where inspection_id = :i").bind("i", s.id()).mapTo(Integer.class).one());
        assertThat(left).isZero();
    }

    @Test
    void anUnknownInspectionOrAccountIsNamed() {
        String ieuan = account("ieuan");
        assertThat(refusal(() -> app.team().team(999_999))).isEqualTo(Problem.Kind.NOT_FOUND);
        assertThat(refusal(() -> add(999_999, ieuan, Role.INSPECTOR))).isEqualTo(Problem.Kind.NOT_FOUND);
        assertThat(refusal(() -> new AddMemberCommand(1, "x", Role.INSPECTOR, LEAD))).isEqualTo(Problem.Kind.INVALID_INPUT);
        assertThat(refusal(() -> TeamNames.role("chief"))).isEqualTo(Problem.Kind.INVALID_INPUT);
    }
}
