package org.yjinspect.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.organisation.app.OrganisationRecords;
import org.yjinspect.organisation.app.OrganisationView;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.app.SaveNoteCommand;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.MeetingKind;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.support.Fixtures;

/** Organisational delivery and the other qualitative standards: evidence, proposals, key data, survey, meetings. */
@ExtendWith(EmbeddedPostgresExtension.class)
class OrganisationServiceTest {
    private static final Actor LEAD = new Actor("lead");
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    @Test
    void eachFrameworkVersionHasItsOwnQualitativeStandardsWithTheirQuestions() {
        Inspection v2018 = Fixtures.createInspection(app, "2018");
        Inspection v2021 = Fixtures.createInspection(app, "2021");
        assertThat(app.organisation().show(v2018.id()).standards()).extracting(OrganisationView.QualitativeStandard::number)
                .containsExactly("1.1", "1.2", "1.3", "1.4");
        OrganisationView view = app.organisation().show(v2021.id());
        assertThat(view.standards()).extracting(OrganisationView.QualitativeStandard::number)
                .containsExactly("1.1", "1.2", "1.3", "1.4", "3.4", "4.1");
        assertThat(view.standards().get(5).scored()).isFalse();
        assertThat(view.standards().get(0).questions()).hasSize(3).allMatch(q -> q.evidence().revision() == 0);
        assertThatThrownBy(() -> app.organisation().saveNote(new SaveNoteCommand(new RecordRef(v2018.id(), 0, LEAD), "3.4", 1, "x")))
                .isInstanceOf(Problem.class).hasMessageContaining("not a qualitative standard");
    }

    @Test
    void evidenceNotesAndProposedRatingsAreVersionedRecords() {
        Inspection inspection = Fixtures.createInspection(app, "2021");
        RecordRef first = new RecordRef(inspection.id(), 0, LEAD);
        OrganisationRecords.EvidenceNote note = app.organisation().saveNote(new SaveNoteCommand(first, "1.2", 2, "Partnership board minutes"));
        assertThat(note.revision()).isEqualTo(1);
        assertThatThrownBy(() -> app.organisation().saveNote(new SaveNoteCommand(first, "1.2", 2, "another"))).isInstanceOf(StaleRecord.class);
        assertThatThrownBy(() -> app.organisation().saveNote(new SaveNoteCommand(first, "1.2", 9, "x"))).hasMessageContaining("questions 1 to");
        assertThatThrownBy(() -> app.organisation().propose(new ProposeRatingCommand(first, "1.2", "Good", " "))).hasMessageContaining("rationale");
        assertThatThrownBy(() -> app.organisation().propose(new ProposeRatingCommand(first, "1.2", "Excellent", "x"))).hasMessageContaining("Inadequate");

        app.organisation().propose(new ProposeRatingCommand(first, "1.2", "good", "staff feel supported"));
        OrganisationRecords.ProposedRating changed = app.organisation().propose(new ProposeRatingCommand(new RecordRef(inspection.id(), 1, LEAD),
                "1.2", "Requires improvement", "vacancies hurt"));
        assertThat(changed.rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
        assertThat(changed.revision()).isEqualTo(2);
        assertThat(app.audit().entries(new AuditQuery(inspection.id(), null, "1.2", 0, 0)))
                .anyMatch(e -> e.field().equals("rating") && "GOOD".equals(e.oldValue())
                        && "REQUIRES_IMPROVEMENT".equals(e.newValue()));
    }

    @Test
    void keyDataSurveyResultsAndMeetingsAreKeptAndRemovedLinesStayMarked() {
        Inspection inspection = Fixtures.createInspection(app, "2021");
        RecordRef first = new RecordRef(inspection.id(), 0, LEAD);
        KeyData data = new KeyData(new BigDecimal("1250000.00"), 38, new BigDecimal("12.5"), new BigDecimal("9.4"),
                new BigDecimal("7"));
        assertThat(app.organisation().saveKeyData(first, data).revision()).isEqualTo(1);
        assertThatThrownBy(() -> new KeyData(null, null, new BigDecimal("101"), null, null))
                .hasMessageContaining("at most 100");

        var survey = app.organisation().addSurveyResult(first, new SurveyResult("I have the training I need", 30,
                new BigDecimal("83.33")));
        var removed = app.organisation().updateSurveyResult(new RecordRef(inspection.id(), 1, LEAD), survey.id(),
                survey.result(), true);
        assertThat(removed.removed()).isTrue();
        assertThatThrownBy(() -> new SurveyResult("q", 3, new BigDecimal("33.333"))).hasMessageContaining("two decimals");

        var meeting = app.organisation().addMeeting(first, new Meeting(LocalDate.of(2024, 11, 5), MeetingKind.FOCUS_GROUP,
                "case managers", 7, "1.2"));
        assertThatThrownBy(() -> app.organisation().addMeeting(first, new Meeting(LocalDate.of(2024, 11, 5),
                MeetingKind.MEETING, "board", 5, "5.1"))).hasMessageContaining("no standard 5.1");

        OrganisationView view = app.organisation().show(inspection.id());
        assertThat(view.keyData().data().staffHeadcount()).isEqualTo(38);
        assertThat(view.keyData().data().vacancyRatePercent()).isEqualByComparingTo("12.5");
        assertThat(view.staffSurvey()).singleElement().matches(OrganisationRecords.SurveyLine::removed);
        assertThat(view.meetings()).singleElement().extracting(m -> m.meeting().withWhom()).isEqualTo("case managers");
        assertThat(meeting.revision()).isEqualTo(1);
    }
}
