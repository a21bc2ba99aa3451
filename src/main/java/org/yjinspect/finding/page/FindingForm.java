package org.yjinspect.finding.page;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a refused form held, to show it again: which form ("new" or a finding's id), what was
 * chosen and typed, and the errors by field id, in the order of the error summary.
 */
public record FindingForm(String form, String domain, String kind, String text, Map<String, String> errors) {
    public static final String NEW = "new";
    public static final FindingForm NONE = new FindingForm("", "", "", "", Map.of());

    public FindingForm {
        errors = new LinkedHashMap<>(errors);
    }

    public boolean is(String which) {
        return form.equals(which);
    }

    public boolean is(long id) {
        return form.equals(String.valueOf(id));
    }

    public String error(String field) {
        return errors.get(field);
    }
}
