package org.yjinspect.overview.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.page.Words;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.domain.EligibilityWindow;
import org.yjinspect.overview.domain.InspectionStage;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.KeyQuestionResult;
import org.yjinspect.rating.app.StandardResult;
import org.yjinspect.rating.domain.Rating;

/** The words and GOV.UK tag colours the overview pages show for the records' values. */
public final class OverviewWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private OverviewWords() {
    }

    /** The text with its first letter a capital, for a value shown at the start of a cell or line. */
    public static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String shortDate(LocalDate date) {
        return SHORT.format(date);
    }

    /** Two dates as a range, the month and year said once when they share them: "4 to 8 November 2024". */
    public static String range(LocalDate from, LocalDate to) {
        if (from.getYear() != to.getYear()) {
            return date(from) + " to " + date(to);
        }
        String start = from.getMonth() == to.getMonth() ? String.valueOf(from.getDayOfMonth())
                : DateTimeFormatter.ofPattern("d MMMM", Locale.UK).format(from);
        return start + " to " + date(to);
    }

    /** An eligibility window in words, with the dates it runs between for this announcement. */
    public static String window(EligibilityWindow window, LocalDate announced) {
        return window.nearestMonths() + " to " + window.furthestMonths() + " months before the announcement ("
                + range(window.earliest(announced), window.latest(announced)) + ")";
    }

    public static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    // The case's words are the case pages' own, so a case reads the same on every page.
    public static String caseType(CaseType type) {
        return Words.caseType(type);
    }

    public static String status(AssessmentStatus status) {
        return Words.status(status);
    }

    /** The GOV.UK tag class for a case status (colour is never the only sign: the words are there). */
    public static String statusTag(AssessmentStatus status) {
        return "govuk-tag " + Words.statusTag(status);
    }

    public static String stageTag(InspectionStage stage) {
        return switch (stage) {
            case SET_UP -> "govuk-tag govuk-tag--grey";
            case CASELOAD_IMPORTED -> "govuk-tag govuk-tag--light-blue";
            case SAMPLE_DRAWN -> "govuk-tag govuk-tag--blue";
            case FIELDWORK -> "govuk-tag govuk-tag--yellow";
            case PUBLISHED -> "govuk-tag govuk-tag--green";
        };
    }

    /** A rating's tag, coloured as the reports' ratings pages colour them. */
    public static String ratingTag(Rating rating) {
        if (rating == null) {
            return "govuk-tag govuk-tag--grey";
        }
        return switch (rating) {
            case INADEQUATE -> "govuk-tag govuk-tag--red";
            case REQUIRES_IMPROVEMENT -> "govuk-tag govuk-tag--orange";
            case GOOD -> "govuk-tag govuk-tag--green";
            case OUTSTANDING -> "govuk-tag govuk-tag--turquoise";
        };
    }

    /** A report's ratings page groups its standards by domain, in order. */
    public static Map<Integer, List<StandardResult>> byDomain(InspectionRating rating) {
        Map<Integer, List<StandardResult>> domains = new LinkedHashMap<>();
        rating.allStandards().forEach(s -> domains.computeIfAbsent(s.standard().domainNumber(), d -> new ArrayList<>())
                .add(s));
        return domains;
    }

    public static String domain(int number) {
        return switch (number) {
            case 1 -> "1. Organisational delivery";
            case 2 -> "2. Court disposals";
            case 3 -> "3. Out-of-court disposals";
            case 4 -> "4. Resettlement";
            default -> "Domain " + number;
        };
    }

    /** A key question's figure as a report prints it: "62% (13 of 21 cases)", or "no relevant cases". */
    public static String figure(KeyQuestionResult kq) {
        if (!kq.figure().hasRelevantCases()) {
            return "no relevant cases yet";
        }
        return kq.figure().displayPercent() + "%" + (kq.figure().hasCounts() ? " (" + kq.figure().yes() + " of "
                + kq.figure().relevant() + " cases)" : "");
    }

    public static String rating(Rating rating) {
        return rating == null ? "Not rated" : rating.label();
    }
}
