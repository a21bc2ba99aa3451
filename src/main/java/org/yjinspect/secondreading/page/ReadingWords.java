package org.yjinspect.secondreading.page;

import java.util.Locale;
import org.yjinspect.agreement.domain.Estimate;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.secondreading.domain.ReadingState;

/** The words the second-reading pages use for answers, readings and agreement figures, as inspectors say them. */
public final class ReadingWords {
    private ReadingWords() {
    }

    /** An answer's category ("NOT_RELEVANT", "VERY_HIGH", "NONE") in words ("Not relevant to this case"). */
    public static String answer(String category) {
        if (category == null || category.isBlank() || category.equalsIgnoreCase("NONE")) {
            return "No answer";
        }
        return switch (category.toUpperCase(Locale.ROOT)) {
            case "YES" -> "Yes";
            case "NO" -> "No";
            case "NOT_APPLICABLE" -> "Not applicable";
            case "NOT_RELEVANT" -> "Not relevant to this case";
            default -> capitalised(category.toLowerCase(Locale.ROOT).replace('_', ' '));
        };
    }

    /** A category as the forms send it ("NOT_RELEVANT" is "not_relevant"). */
    public static String value(String category) {
        return category == null || category.equalsIgnoreCase("NONE") ? "" : category.toLowerCase(Locale.ROOT);
    }

    public static String state(ReadingState state) {
        return switch (state) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case SUBMITTED -> "Submitted";
        };
    }

    /** The GOV.UK tag colour of a reading's state. */
    public static String stateTag(ReadingState state) {
        return switch (state) {
            case NOT_STARTED -> "govuk-tag--grey";
            case IN_PROGRESS -> "govuk-tag--light-blue";
            case SUBMITTED -> "govuk-tag--purple";
        };
    }

    public static String level(SecondReadItem.Level level) {
        return switch (level) {
            case PROMPT -> "Prompt";
            case KEY_QUESTION -> "Key question";
            case CLASSIFICATION -> "Classification";
        };
    }

    /** A proportion as a percentage ("83%"), or a dash when there is none. */
    public static String percent(Double proportion) {
        return proportion == null ? "–" : String.format(Locale.ROOT, "%.0f%%", proportion * 100);
    }

    /** A coefficient with two decimals ("0.49", "−0.02"), or a dash when there is none. */
    public static String coefficient(Double value) {
        if (value == null) {
            return "–";
        }
        // Rounded first, so that a value a hair below nought is not printed as "−0.00".
        double shown = Math.round(value * 100) / 100.0;
        return String.format(Locale.ROOT, "%.2f", shown == 0 ? 0.0 : shown).replace('-', '−');
    }

    /** An observed agreement with its interval: "83% (60% to 94%)". */
    public static String observed(Estimate e) {
        return !e.computed() ? "–" : percent(e.value()) + (e.hasInterval() ? " (" + percent(e.lower()) + " to "
                + percent(e.upper()) + ")" : "");
    }

    /** A kappa or AC1 with its interval: "0.49 (0.12 to 0.86)". */
    public static String figure(Estimate e) {
        return !e.computed() ? "–" : coefficient(e.value()) + (e.hasInterval() ? " (" + coefficient(e.lower()) + " to "
                + coefficient(e.upper()) + ")" : "");
    }

    public static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
