package org.yjinspect.organisation.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.yjinspect.organisation.app.OrganisationRecords;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.MeetingKind;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.rating.domain.Rating;

/** Row mappers for the qualitative evidence tables. */
final class OrganisationRows {
    private OrganisationRows() {
    }

    static OrganisationRecords.EvidenceNote note(ResultSet rs) throws SQLException {
        return new OrganisationRecords.EvidenceNote(rs.getString("standard_number"), rs.getInt("question_number"),
                rs.getString("note"), rs.getInt("revision"), rs.getString("updated_by"), at(rs));
    }

    static OrganisationRecords.ProposedRating proposed(ResultSet rs) throws SQLException {
        String rating = rs.getString("rating");
        return new OrganisationRecords.ProposedRating(rs.getString("standard_number"),
                rating == null ? null : Rating.valueOf(rating), rs.getString("rationale"), rs.getInt("revision"),
                rs.getString("updated_by"), at(rs));
    }

    static OrganisationRecords.KeyDataRecord keyData(ResultSet rs) throws SQLException {
        return new OrganisationRecords.KeyDataRecord(new KeyData(rs.getBigDecimal("budget_pounds"),
                (Integer) rs.getObject("staff_headcount"), rs.getBigDecimal("vacancy_rate_percent"),
                rs.getBigDecimal("average_caseload"), rs.getBigDecimal("sickness_days_per_person")),
                rs.getInt("revision"), rs.getString("updated_by"), at(rs));
    }

    static OrganisationRecords.SurveyLine survey(ResultSet rs) throws SQLException {
        return new OrganisationRecords.SurveyLine(rs.getLong("id"), new SurveyResult(rs.getString("question"),
                rs.getInt("responses"), rs.getBigDecimal("percent_agreeing").stripTrailingZeros()),
                rs.getBoolean("removed"), rs.getInt("revision"), rs.getString("updated_by"), at(rs));
    }

    static OrganisationRecords.MeetingLine meeting(ResultSet rs) throws SQLException {
        return new OrganisationRecords.MeetingLine(rs.getLong("id"), new Meeting(rs.getObject("held_on", LocalDate.class),
                MeetingKind.valueOf(rs.getString("kind")), rs.getString("with_whom"), rs.getInt("participants"),
                rs.getString("standard_number")), rs.getBoolean("removed"), rs.getInt("revision"),
                rs.getString("updated_by"), at(rs));
    }

    private static Instant at(ResultSet rs) throws SQLException {
        return rs.getObject("updated_at", OffsetDateTime.class).toInstant();
    }
}
