package org.yjinspect.recommendation.page;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a refused form held, to show it again: which form ("new" or a recommendation's id), the
 * words typed, and the errors by field id, in the order of the error summary.
 */
public record RecommendationForm(String form, String addressee, String otherAddressee, String text,
                                 Map<String, String> errors) {
    public static final String NEW = "new";
    /** The radio that means "someone not yet addressed". */
    public static final String SOMEONE_ELSE = "someone-else";
    public static final RecommendationForm NONE = new RecommendationForm("", "", "", "", Map.of());

    public RecommendationForm {
        errors = new LinkedHashMap<>(errors);
    }

    /**
     * With addressees to choose from, an addressee left out is the radios' error (the "someone else"
     * box shows only once that radio is chosen), unless someone else was chosen.
     */
    public RecommendationForm pointingAtTheRadios() {
        if (!errors.containsKey("otherAddressee") || SOMEONE_ELSE.equals(addressee)) {
            return this;
        }
        Map<String, String> moved = new LinkedHashMap<>();
        errors.forEach((field, message) -> moved.put(field.equals("otherAddressee") ? "addressee" : field,
                message.replace("The addressee is required", "Select whom the recommendation is addressed to")));
        return new RecommendationForm(form, addressee, otherAddressee, text, moved);
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
