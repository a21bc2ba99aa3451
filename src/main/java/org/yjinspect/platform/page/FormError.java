package org.yjinspect.platform.page;

import java.util.List;
import org.yjinspect.platform.problem.Problem;

/**
 * One thing wrong with a submitted form, for the GOV.UK error summary and the field's own error
 * message: the field it is about (the id of the element to go to, or a name that {@link #anchor}
 * turns into one), and what is wrong and how to put it right, as a sentence. Every feature's
 * pages use this one type, and {@code platform/errorSummary.jte} lists them.
 */
public record FormError(String field, String message) {
    public FormError {
        message = sentence(message);
    }

    /** The refusal of a use case as the error of {@code field}. */
    public static List<FormError> of(String field, Problem problem) {
        return List.of(new FormError(field, problem.getMessage()));
    }

    /** Errors kept by field (in the summary's order) as the summary's list. */
    public static List<FormError> all(java.util.Map<String, String> byField) {
        return byField.entrySet().stream().map(e -> new FormError(e.getKey(), e.getValue())).toList();
    }

    /** The message of the first error about {@code field}, or null (templates show it beside the field). */
    public static String about(List<FormError> errors, String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FormError::message).findFirst().orElse(null);
    }

    /** The link of the summary's line: the field's element on the same page. */
    public String href() {
        return "#" + anchor(field);
    }

    /** A field's name as an element id: anything but letters and digits becomes a hyphen ("j:rosh" is "j-rosh"). */
    public static String anchor(String field) {
        return field.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** A message as a sentence: a capital first letter and a closing full stop. */
    public static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Something is wrong with what was sent; check the form and send it again.";
        }
        String first = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return first.endsWith(".") || first.endsWith("?") || first.endsWith("!") ? first : first + ".";
    }
}
