package org.yjinspect.organisation.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.rating.domain.Rating;

/**
 * Where the qualitative evidence is kept. Saves refuse a stale base revision with
 * {@link org.yjinspect.records.app.StaleRecord} and append the audit trail in the same transaction.
 */
public interface OrganisationRecords {
    /** An evidence note for one question of a qualitative standard (questions numbered from 1). */
    record EvidenceNote(String standardNumber, int questionNumber, String note, int revision, String updatedBy,
                        Instant updatedAt) {
    }

    /** The lead inspector's proposed rating and rationale for a qualitative standard. */
    record ProposedRating(String standardNumber, Rating rating, String rationale, int revision, String updatedBy,
                          Instant updatedAt) {
    }

    /** The key data, revision 0 until first saved. */
    record KeyDataRecord(KeyData data, int revision, String updatedBy, Instant updatedAt) {
    }

    /** A staff survey line; removed lines stay, marked removed. */
    record SurveyLine(long id, SurveyResult result, boolean removed, int revision, String updatedBy, Instant updatedAt) {
    }

    /** A meeting or interview line; removed lines stay, marked removed. */
    record MeetingLine(long id, Meeting meeting, boolean removed, int revision, String updatedBy, Instant updatedAt) {
    }

    /** Everything recorded for an inspection's qualitative standards. */
    record Evidence(List<EvidenceNote> notes, List<ProposedRating> proposed, KeyDataRecord keyData,
                    List<SurveyLine> survey, List<MeetingLine> meetings) {
    }

    Evidence evidence(long inspectionId);

    Map<String, ProposedRating> proposedRatings(long inspectionId);

    EvidenceNote saveNote(RecordRef ref, String standardNumber, int questionNumber, String note);

    ProposedRating propose(RecordRef ref, String standardNumber, Rating rating, String rationale);

    KeyDataRecord saveKeyData(RecordRef ref, KeyData data);

    SurveyLine addSurveyResult(RecordRef ref, SurveyResult result);

    SurveyLine updateSurveyResult(RecordRef ref, long id, SurveyResult result, boolean removed);

    MeetingLine addMeeting(RecordRef ref, Meeting meeting);

    MeetingLine updateMeeting(RecordRef ref, long id, Meeting meeting, boolean removed);
}
