package org.yjinspect.organisation.app;

import java.util.List;

/** An inspection's qualitative standards with their questions, notes and proposed ratings, and the other evidence. */
public record OrganisationView(long inspectionId, List<QualitativeStandard> standards,
                               OrganisationRecords.KeyDataRecord keyData, List<OrganisationRecords.SurveyLine> staffSurvey,
                               List<OrganisationRecords.MeetingLine> meetings) {
    /** One qualitative standard: its questions, each with its evidence note, and the proposed rating. */
    public record QualitativeStandard(String number, String name, String statement, boolean scored,
                                      List<Question> questions, OrganisationRecords.ProposedRating proposedRating) {
    }

    /** A question the inspectors take into account, numbered from 1, with its note (revision 0 when none yet). */
    public record Question(int number, String text, OrganisationRecords.EvidenceNote evidence) {
    }
}
