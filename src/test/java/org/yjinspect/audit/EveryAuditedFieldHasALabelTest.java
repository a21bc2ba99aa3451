package org.yjinspect.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.app.AddMemberCommand;
import org.yjinspect.access.app.AllocateCommand;
import org.yjinspect.access.app.RemoveMemberCommand;
import org.yjinspect.access.app.UnallocateCommand;
import org.yjinspect.access.domain.Role;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
import org.yjinspect.assessment.app.SaveEvidenceCommand;
import org.yjinspect.assessment.app.SaveJudgementCommand;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.audit.domain.ChangeLabels;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.app.DeleteInspectionCommand;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.app.SaveNoteCommand;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.MeetingKind;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.sampling.app.DiscardSampleCommand;
import org.yjinspect.sampling.app.ReplaceSampledCaseCommand;
import org.yjinspect.support.Answering;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * Every kind of change the application writes to the audit trail has a label in
 * {@link ChangeLabels}: the writes of every feature (set-up, team, caseload, sample and its
 * replacements and discarding, case answers, evidence, classifications and status moves,
 * organisational evidence, the panel, publication and deletion) are made here, and each
 * entity-and-field pair they leave in the trail must be in the table; and the other way round,
 * every pair in the table is written, so it names nothing the application no longer writes.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class EveryAuditedFieldHasALabelTest {
    private static final Actor LEAD = new Actor("lead inspector");

    @Test
    void everyEntityAndFieldWrittenToTheTrailHasALabel(Application app) {
        Set<String> written = new TreeSet<>();
        written.addAll(pairs(app, assessedAndRecorded(app)));
        written.addAll(pairs(app, published(app)));
        written.addAll(pairs(app, discardedAndDeleted(app)));
        written.addAll(pairs(app, org.yjinspect.secondreading.SecondReadingWrites.everyKind(app)));

        assertThat(written).as("entity-and-field pairs written").hasSizeGreaterThan(40);
        assertThat(ChangeLabels.pairs().stream().map(pair -> pair.substring(0, pair.lastIndexOf(' ')) + "|"
                + pair.substring(pair.lastIndexOf(' ') + 1)).filter(pair -> !written.contains(pair)))
                .as("labels of pairs these writes never made (a write missing here, or a label nothing writes)").isEmpty();
        assertThat(written.stream().filter(pair -> !ChangeLabels.knows(pair.split("\\|")[0], pair.split("\\|")[1])))
                .as("pairs written to the trail without a label in ChangeLabels").isEmpty();
    }

    private static long assessedAndRecorded(Application app) {
        SampledInspection s = SampledInspection.create(app, "2021", 17, 200, 4, 1);
        TestUsers.account(app, "Ceri");
        app.team().add(new AddMemberCommand(s.id(), "ceri", Role.INSPECTOR, LEAD));
        AssessedCase court = s.first(CaseType.COURT_DISPOSAL);
        app.team().allocate(new AllocateCommand(s.id(), court.reference(), "ceri", LEAD));
        app.team().unallocate(new UnallocateCommand(s.id(), court.reference(), LEAD));
        app.team().remove(new RemoveMemberCommand(s.id(), "ceri", Role.INSPECTOR, LEAD));
        Answering.complete(app, s.id(), court, "yes", LEAD);
        int revision = app.assessments().show(s.id(), court.sampleCaseId()).status().revision();
        app.assessments().moveStatus(new MoveCaseStatusCommand(Answering.ref(s.id(), court, revision, LEAD),
                "returned_for_rework", "the evidence for 2.1 is thin"));
        app.assessments().saveEvidence(new SaveEvidenceCommand(Answering.ref(s.id(), court, 0, LEAD), "2.1.desistance",
                "a clear plan with the child", true));
        app.assessments().saveJudgement(new SaveJudgementCommand(Answering.ref(s.id(), court, 0, LEAD), "medium", true,
                "high", false));
        app.organisation().saveNote(new SaveNoteCommand(new RecordRef(s.id(), 0, LEAD), "1.1", 1, "board minutes"));
        app.organisation().propose(new ProposeRatingCommand(new RecordRef(s.id(), 0, LEAD), "1.1", "Good", "a strong board"));
        app.organisation().saveKeyData(new RecordRef(s.id(), 0, LEAD), new KeyData(new BigDecimal("1200000"), 30,
                new BigDecimal("5"), new BigDecimal("8.5"), new BigDecimal("6")));
        var survey = app.organisation().addSurveyResult(new RecordRef(s.id(), 0, LEAD),
                new SurveyResult("I feel supported", 20, new BigDecimal("80")));
        app.organisation().updateSurveyResult(new RecordRef(s.id(), 1, LEAD), survey.id(), survey.result(), true);
        var meeting = app.organisation().addMeeting(new RecordRef(s.id(), 0, LEAD),
                new Meeting(LocalDate.of(2024, 11, 5), MeetingKind.MEETING, "the board", 6, "1.1"));
        app.organisation().updateMeeting(new RecordRef(s.id(), 1, LEAD), meeting.id(), meeting.meeting(), true);
        app.samples().replace(new ReplaceSampledCaseCommand(s.id(), s.first(c -> c.caseType() == CaseType.COURT_DISPOSAL
                && c.sampleCaseId() != court.sampleCaseId()).reference(), "the order ended before fieldwork", LEAD));
        return s.id();
    }

    private static long published(Application app) {
        SampledInspection s = SampledInspection.create(app, "2021", 23, 60, 2, 0);
        Publishing.readyToPublish(app, s, LEAD);
        app.panel().publish(new PublishCommand(s.id(), app.panel().show(s.id()).state().revision(), LEAD));
        return s.id();
    }

    private static long discardedAndDeleted(Application app) {
        long id = Fixtures.createInspection(app, "2018").id();
        String csv = Fixtures.csv(Fixtures.caseload(5, 80));
        Fixtures.importCsv(app, id, csv + csv.lines().skip(1).findFirst().orElseThrow().replaceFirst("^[^,]*,", "X,")
                + "\n", true);
        app.samples().draw(new org.yjinspect.sampling.app.DrawSampleCommand(id, 5L, null, null, null, null, null, LEAD));
        app.samples().discard(new DiscardSampleCommand(id, "drawn on the wrong caseload", LEAD));
        app.inspections().delete(new DeleteInspectionCommand(id, "set up twice", LEAD));
        return id;
    }

    private static Set<String> pairs(Application app, long inspectionId) {
        Set<String> pairs = new TreeSet<>();
        long after = 0;
        while (true) {
            var entries = app.audit().entries(new AuditQuery(inspectionId, null, null, after, AuditQuery.LARGEST_LIMIT));
            if (entries.isEmpty()) {
                return pairs;
            }
            for (AuditEntry e : entries) {
                pairs.add(e.entity() + "|" + e.field());
            }
            after = entries.get(entries.size() - 1).id();
        }
    }
}
