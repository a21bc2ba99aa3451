package org.yjinspect.organisation.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.InspectionWrites;
import org.yjinspect.records.db.VersionedRow;
import org.yjinspect.organisation.app.OrganisationRecords;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.rating.domain.Rating;

/** Qualitative evidence in PostgreSQL; every write through {@link InspectionWrites}, versioned and audited. */
public final class JdbiOrganisationRecords implements OrganisationRecords {
    private static final VersionedRow NOTE = new VersionedRow("qualitative_evidence",
            List.of("inspection_id", "standard_number", "question_number"), List.of(), List.of("note"));
    private static final VersionedRow PROPOSED = new VersionedRow("proposed_rating",
            List.of("inspection_id", "standard_number"), List.of(), List.of("rating", "rationale"));
    private static final VersionedRow KEY_DATA = new VersionedRow("key_data", List.of("inspection_id"), List.of(),
            List.of("budget_pounds", "staff_headcount", "vacancy_rate_percent", "average_caseload",
                    "sickness_days_per_person"));
    private final Jdbi jdbi;
    private final InspectionWrites writes;

    public JdbiOrganisationRecords(Jdbi jdbi, InspectionWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    @Override
    public Evidence evidence(long inspectionId) {
        return jdbi.withHandle(h -> new Evidence(
                h.createQuery("select * from qualitative_evidence where inspection_id = :i order by standard_number,"
                        + " question_number").bind("i", inspectionId).map((rs, c) -> OrganisationRows.note(rs)).list(),
                List.copyOf(proposedRatings(inspectionId).values()), keyData(h, inspectionId),
                h.createQuery("select * from staff_survey_result where inspection_id = :i order by id").bind("i", inspectionId)
                        .map((rs, c) -> OrganisationRows.survey(rs)).list(),
                h.createQuery("select * from fieldwork_meeting where inspection_id = :i order by held_on, id")
                        .bind("i", inspectionId).map((rs, c) -> OrganisationRows.meeting(rs)).list()));
    }

    @Override
    public Map<String, ProposedRating> proposedRatings(long inspectionId) {
        Map<String, ProposedRating> proposed = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("select * from proposed_rating where inspection_id = :i order by standard_number")
                .bind("i", inspectionId).map((rs, c) -> OrganisationRows.proposed(rs))
                .forEach(p -> proposed.put(p.standardNumber(), p)));
        return proposed;
    }

    @Override
    public EvidenceNote saveNote(RecordRef ref, String standardNumber, int questionNumber, String note) {
        return writes.write(ref.inspectionId(), ref.actor(), (h, audit) -> {
            var key = VersionedRow.values("inspection_id", ref.inspectionId(), "standard_number", standardNumber,
                    "question_number", questionNumber);
            var saved = NOTE.save(h, key, Map.of(), VersionedRow.values("note", note), ref.baseRevision(),
                    ref.actor().name(), (rs, c) -> OrganisationRows.note(rs));
            EvidenceNote now = saved.row();
            LineTable.refuseIfStale(saved, ref, "the evidence note for question " + questionNumber + " of standard "
                    + standardNumber, now == null ? null : now.updatedBy());
            if (saved.changed()) {
                audit.record(new AuditLog.Scope(null, standardNumber), "qualitative_evidence", standardNumber
                        + " question " + questionNumber, "note", saved.before("note"), note);
            }
            return now;
        });
    }

    @Override
    public ProposedRating propose(RecordRef ref, String standardNumber, Rating rating, String rationale) {
        return writes.write(ref.inspectionId(), ref.actor(), (h, audit) -> {
            var key = VersionedRow.values("inspection_id", ref.inspectionId(), "standard_number", standardNumber);
            var saved = PROPOSED.save(h, key, Map.of(), VersionedRow.values("rating", rating, "rationale", rationale),
                    ref.baseRevision(), ref.actor().name(), (rs, c) -> OrganisationRows.proposed(rs));
            ProposedRating now = saved.row();
            LineTable.refuseIfStale(saved, ref, "the proposed rating for standard " + standardNumber,
                    now == null ? null : now.updatedBy());
            if (saved.changed()) {
                AuditLog.Scope scope = new AuditLog.Scope(null, standardNumber);
                audit.record(scope, "proposed_rating", standardNumber, "rating", saved.before("rating"), rating);
                audit.record(scope, "proposed_rating", standardNumber, "rationale", saved.before("rationale"), rationale);
            }
            return now;
        });
    }

    @Override
    public KeyDataRecord saveKeyData(RecordRef ref, KeyData d) {
        return writes.write(ref.inspectionId(), ref.actor(), (h, audit) -> {
            var values = VersionedRow.values("budget_pounds", d.budgetPounds(), "staff_headcount", d.staffHeadcount(),
                    "vacancy_rate_percent", d.vacancyRatePercent(), "average_caseload", d.averageCaseload(),
                    "sickness_days_per_person", d.sicknessDaysPerPerson());
            var saved = KEY_DATA.save(h, VersionedRow.values("inspection_id", ref.inspectionId()), Map.of(), values,
                    ref.baseRevision(), ref.actor().name(), (rs, c) -> OrganisationRows.keyData(rs));
            KeyDataRecord now = saved.row() == null ? keyData(h, ref.inspectionId()) : saved.row();
            LineTable.refuseIfStale(saved, ref, "the key data", now.updatedBy());
            if (saved.changed()) {
                values.forEach((field, value) -> audit.record(AuditLog.Scope.INSPECTION, "key_data", "key data", field,
                        saved.before(field), value));
            }
            return now;
        });
    }

    @Override
    public SurveyLine addSurveyResult(RecordRef ref, SurveyResult r) {
        return writes.write(ref.inspectionId(), ref.actor(), (h, audit) ->
                FieldworkLines.addSurveyResult(h, audit, ref, r));
    }

    @Override
    public SurveyLine updateSurveyResult(RecordRef ref, long id, SurveyResult r, boolean removed) {
        return writes.write(ref.inspectionId(), ref.actor(), (h, audit) -> FieldworkLines.SURVEY.update(h, audit, ref,
                id, AuditLog.Scope.INSPECTION, FieldworkLines.values(r, removed)));
    }

    @Override
    public MeetingLine addMeeting(RecordRef ref, Meeting m) {
        return writes.write(ref.inspectionId(), ref.actor(), (h, audit) -> FieldworkLines.addMeeting(h, audit, ref, m));
    }

    @Override
    public MeetingLine updateMeeting(RecordRef ref, long id, Meeting m, boolean removed) {
        return writes.write(ref.inspectionId(), ref.actor(), (h, audit) -> FieldworkLines.MEETING.update(h, audit, ref,
                id, new AuditLog.Scope(null, m.standardNumber()), FieldworkLines.values(m, removed)));
    }

    private static KeyDataRecord keyData(Handle h, long inspectionId) {
        return h.createQuery("select * from key_data where inspection_id = :i").bind("i", inspectionId)
                .map((rs, c) -> OrganisationRows.keyData(rs)).findOne()
                .orElse(new KeyDataRecord(KeyData.NONE, 0, null, null));
    }
}
