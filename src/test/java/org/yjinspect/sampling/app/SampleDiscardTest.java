package org.yjinspect.sampling.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.app.CaseRef;
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.db.InspectionWrites;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.sampling.db.JdbiSamples;
import org.yjinspect.sampling.domain.SampleDiscardPolicy;
import org.yjinspect.sampling.domain.SampleWork;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.SampledInspection;

/** A sample nobody has started on can be discarded, so the caseload can be corrected; a sample with work cannot. */
@ExtendWith(EmbeddedPostgresExtension.class)
class SampleDiscardTest {
    private static final Actor LEAD = new Actor("lead inspector");
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    private static DiscardOutcome discard(long inspectionId, String reason) {
        return app.samples().discard(new DiscardSampleCommand(inspectionId, reason, LEAD));
    }

    @Test
    void aSampleNobodyHasStartedOnIsDiscardedSoTheCaseloadCanBeCorrectedAndASampleDrawnAgain() {
        SampledInspection s = SampledInspection.create(app, "2021", 61, 400);
        long seed = app.samples().show(s.id()).sample().seed();

        DiscardOutcome outcome = discard(s.id(), "the export left out the out-of-court cases");

        assertThat(outcome.refused()).isFalse();
        assertThat(outcome.discarded().cases()).isEqualTo(s.cases().size());
        assertThat(outcome.discarded().seed()).isEqualTo(seed);
        assertThat(outcome.discarded().discardedBy()).isEqualTo("lead inspector");
        assertThatThrownBy(() -> app.samples().show(s.id())).isInstanceOf(Problem.class)
                .hasMessageContaining("no sample has been drawn");
        assertThat(Fixtures.importCsv(app, s.id(), Fixtures.csv(Fixtures.caseload(62, 500)), false).imported()).isTrue();
        DrawOutcome again = app.samples().draw(new DrawSampleCommand(s.id(), 7L, null, null, null, null, null, LEAD));
        assertThat(again.refused()).isFalse();
        assertThat(again.sample().sample().seed()).isEqualTo(7L);
        List<AuditEntry> trail = app.audit().entries(new AuditQuery(s.id(), null, null, 0, 0));
        assertThat(trail).filteredOn(e -> e.entity().equals("sample") && e.record().equals(
                        String.valueOf(outcome.discarded().sampleId())))
                .extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue, AuditEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("status", "drawn", "discarded", "lead inspector"),
                        org.assertj.core.groups.Tuple.tuple("discard_reason", null,
                                "the export left out the out-of-court cases", "lead inspector"));
    }

    @Test
    void onceAnyCaseHasAnAnswerTheSampleIsKeptAndTheRefusalSaysWhy() {
        SampledInspection s = SampledInspection.create(app, "2021", 63, 400);
        AssessedCase c = s.first(CaseType.COURT_DISPOSAL);
        app.assessments().savePrompt(new SavePromptAnswerCommand(new CaseRef(s.id(), c.sampleCaseId(), 0, LEAD),
                "2.1.desistance.a", "yes"));

        DiscardOutcome outcome = discard(s.id(), "wrong dates");

        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.discarded()).isNull();
        assertThat(outcome.ruling().rule()).isEqualTo(SampleDiscardPolicy.RULE);
        assertThat(outcome.ruling().reason()).contains("1 of the " + s.cases().size() + " sampled cases",
                "1 prompt answers", "sample replace");
        assertThat(app.samples().show(s.id()).sample().selected()).hasSize(s.cases().size());
        assertThat(app.audit().entries(new AuditQuery(s.id(), null, null, 0, 0)))
                .noneMatch(e -> "discarded".equals(e.newValue()));
    }

    @Test
    void anAssessmentRecordOpenedAndLeftEmptyIsNotWorkAndGoesWithTheSample() {
        SampledInspection s = SampledInspection.create(app, "2021", 64, 300);
        AssessedCase c = s.first(CaseType.COURT_DISPOSAL);
        app.database().jdbi().useHandle(h -> h.execute("insert into case_assessment (sample_case_id, inspection_id,"
                + " status, revision, updated_by) values (?, ?, 'NOT_STARTED', 1, 'someone')", c.sampleCaseId(), s.id()));

        assertThat(discard(s.id(), "trial run").refused()).isFalse();
        int left = app.database().jdbi().withHandle(h -> h.createQuery("select count(*) from case_assessment"
                + " where inspection_id = :id").bind("id", s.id()).mapTo(Integer.class).one());
        assertThat(left).isZero();
    }

    @Test
    void aDiscardDecidedBeforeAnAnswerArrivedIsRefusedAndNothingIsLost() {
        SampledInspection s = SampledInspection.create(app, "2021", 65, 300);
        StoredSample sample = app.samples().show(s.id()).sample();
        AssessedCase c = s.first(CaseType.COURT_DISPOSAL);
        app.assessments().savePrompt(new SavePromptAnswerCommand(new CaseRef(s.id(), c.sampleCaseId(), 0, LEAD),
                "2.1.desistance.a", "no"));
        JdbiSamples repository = new JdbiSamples(app.database().jdbi(), new InspectionWrites(app.database().jdbi()));

        assertThatThrownBy(() -> repository.discard(sample, SampleWork.NONE, "decided a moment ago", LEAD))
                .isInstanceOf(Problem.class).hasMessageContaining("changed while it was being discarded")
                .extracting(e -> ((Problem) e).kind()).isEqualTo(Problem.Kind.CONFLICT);
        assertThat(app.samples().show(s.id()).sample().id()).isEqualTo(sample.id());
        assertThat(app.assessments().show(s.id(), c.sampleCaseId()).standards()).isNotEmpty();
    }

    @Test
    void aDiscardNeedsAReasonAndASample() {
        assertThatThrownBy(() -> new DiscardSampleCommand(1, " ", LEAD)).isInstanceOf(Problem.class)
                .hasMessageContaining("the reason for discarding the sample is required");
        long id = Fixtures.createInspection(app, "2021").id();
        assertThatThrownBy(() -> discard(id, "nothing to discard")).isInstanceOf(Problem.class)
                .hasMessageContaining("no sample has been drawn for inspection " + id);
    }
}
