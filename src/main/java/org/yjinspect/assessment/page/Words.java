package org.yjinspect.assessment.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.caseload.domain.Vocabulary;
import org.yjinspect.framework.domain.CaseType;

/** The words the pages use for the assessment's values, as inspectors say them. */
public final class Words {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private Words() {
    }

    public static String caseType(CaseType type) {
        return switch (type) {
            case COURT_DISPOSAL -> "Court disposal";
            case OUT_OF_COURT_DISPOSAL -> "Out-of-court disposal";
            case RESETTLEMENT -> "Resettlement";
        };
    }

    public static String term(Vocabulary.Term term) {
        return term == null ? "Not recorded" : term.spelling().label();
    }

    public static String status(AssessmentStatus status) {
        return switch (status) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case SUBMITTED -> "Submitted";
            case RETURNED_FOR_REWORK -> "Returned for rework";
            case ACCEPTED -> "Accepted";
        };
    }

    /** The GOV.UK tag colour of a status. */
    public static String statusTag(AssessmentStatus status) {
        return switch (status) {
            case NOT_STARTED -> "govuk-tag--grey";
            case IN_PROGRESS -> "govuk-tag--light-blue";
            case SUBMITTED -> "govuk-tag--purple";
            case RETURNED_FOR_REWORK -> "govuk-tag--orange";
            case ACCEPTED -> "govuk-tag--green";
        };
    }

    /** A stored answer's value as the form sends it ("yes", "no", "not_applicable"), "" for none. */
    public static String value(Enum<?> answer) {
        return answer == null ? "" : answer.name().toLowerCase(Locale.ROOT);
    }

    /** A form value in words: "Yes", "No", "Not applicable", "Not relevant", or "No answer". */
    public static String answer(String value) {
        return switch (value == null ? "" : value) {
            case "yes" -> "Yes";
            case "no" -> "No";
            case "not_applicable" -> "Not applicable";
            case "not_relevant" -> "Not relevant to this case";
            case "" -> "No answer";
            default -> value;
        };
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** An id for HTML made of a field's name (framework ids hold dots). */
    public static String id(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
