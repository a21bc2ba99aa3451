package org.yjinspect.access.page;

import java.util.List;
import org.yjinspect.platform.problem.Problem;

/**
 * One thing wrong with a submitted form, for the GOV.UK error summary and the field's own error
 * message: the id of the field to go to, and what is wrong and how to put it right, as a sentence.
 */
public record FormError(String field, String message) {
    public FormError {
        message = sentence(message);
    }

    /** The refusal of a use case as the error of {@code field}. */
    public static List<FormError> of(String field, Problem problem) {
        return List.of(new FormError(field, problem.getMessage()));
    }

    /** The message of the first error about {@code field}, or null (templates show it beside the field). */
    public static String about(List<FormError> errors, String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FormError::message).findFirst().orElse(null);
    }

    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Something is wrong with what was sent; check the form and send it again.";
        }
        String first = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
