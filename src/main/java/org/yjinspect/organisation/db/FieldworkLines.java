package org.yjinspect.organisation.db;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.VersionedRow;
import org.yjinspect.organisation.app.OrganisationRecords.MeetingLine;
import org.yjinspect.organisation.app.OrganisationRecords.SurveyLine;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.SurveyResult;

/** The fieldwork kept line by line: staff survey results and the meetings held. Runs inside a write. */
final class FieldworkLines {
    static final LineTable<SurveyLine> SURVEY = new LineTable<>(new VersionedRow("staff_survey_result",
            List.of("id"), List.of("inspection_id"), List.of("question", "responses", "percent_agreeing", "removed")),
            "staff survey line", "survey line", (rs, c) -> OrganisationRows.survey(rs), SurveyLine::updatedBy);
    static final LineTable<MeetingLine> MEETING = new LineTable<>(new VersionedRow("fieldwork_meeting",
            List.of("id"), List.of("inspection_id"),
            List.of("held_on", "kind", "with_whom", "participants", "standard_number", "removed")),
            "meeting", "meeting", (rs, c) -> OrganisationRows.meeting(rs), MeetingLine::updatedBy);

    private FieldworkLines() {
    }

    static SurveyLine addSurveyResult(Handle h, AuditLog audit, RecordRef ref, SurveyResult r) {
        long id = h.createUpdate("insert into staff_survey_result (inspection_id, question, responses,"
                        + " percent_agreeing, revision, updated_by) values (:i, :q, :n, :p, 1, :by)")
                .bind("i", ref.inspectionId()).bind("q", r.question()).bind("n", r.responses())
                .bind("p", r.percentAgreeing()).bind("by", ref.actor().name())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return SURVEY.added(h, audit, ref.inspectionId(), id, AuditLog.Scope.INSPECTION, values(r, false));
    }

    static MeetingLine addMeeting(Handle h, AuditLog audit, RecordRef ref, Meeting m) {
        long id = h.createUpdate("insert into fieldwork_meeting (inspection_id, standard_number, held_on, kind,"
                        + " with_whom, participants, revision, updated_by) values (:i, :s, :d, :k, :w, :n, 1, :by)")
                .bind("i", ref.inspectionId()).bind("s", m.standardNumber()).bind("d", m.heldOn())
                .bind("k", m.kind().name()).bind("w", m.withWhom()).bind("n", m.participants())
                .bind("by", ref.actor().name()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return MEETING.added(h, audit, ref.inspectionId(), id, new AuditLog.Scope(null, m.standardNumber()),
                values(m, false));
    }

    static Map<String, Object> values(SurveyResult r, boolean removed) {
        return VersionedRow.values("question", r.question(), "responses", r.responses(), "percent_agreeing",
                r.percentAgreeing(), "removed", removed);
    }

    static Map<String, Object> values(Meeting m, boolean removed) {
        return VersionedRow.values("held_on", m.heldOn(), "kind", m.kind(), "with_whom", m.withWhom(), "participants",
                m.participants(), "standard_number", m.standardNumber(), "removed", removed);
    }
}
