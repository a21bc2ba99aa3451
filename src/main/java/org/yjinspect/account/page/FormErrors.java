package org.yjinspect.account.page;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a form, field by field (the field's id, then the message), in the order the
 * fields come on the page: the error summary lists them and links to each field.
 */
public final class FormErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Adds a message for the field (the first one given for a field stays), written as a sentence. */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, sentence(message));
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public Map<String, String> map() {
        return Collections.unmodifiableMap(byField);
    }

    /** A message as a sentence: a capital first letter and a full stop. */
    public static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Something is wrong here.";
        }
        String first = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
