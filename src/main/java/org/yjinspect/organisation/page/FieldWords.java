package org.yjinspect.organisation.page;

import java.util.List;

/**
 * Which field of a form a use case's refusal is about, and its words for a person: the use cases
 * name fields as the API does ("staffHeadcount must be ..."), the page says "the staff headcount".
 */
final class FieldWords {
    private record Field(String token, String name, String words) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("rationale", "rationale", null), new Field("rating", "rating", null),
            new Field("evidence note", "note", null),
            new Field("budgetPounds", "budgetPounds", "the budget in pounds"),
            new Field("staffHeadcount", "staffHeadcount", "the staff headcount"),
            new Field("vacancyRatePercent", "vacancyRatePercent", "the vacancy rate"),
            new Field("averageCaseload", "averageCaseload", "the average caseload"),
            new Field("sicknessDaysPerPerson", "sicknessDaysPerPerson", "the sickness days per person"),
            new Field("survey question", "question", null),
            new Field("percentAgreeing", "percentAgreeing", "the percentage agreeing"),
            new Field("responses", "responses", "the number of responses"),
            new Field("(heldOn) ", "heldOn-day", ""), new Field("the kind", "kind", null),
            new Field("withWhom", "withWhom", "who it was with"),
            new Field("participants", "participants", "the number of people taking part"),
            new Field("standard", "standardNumber", null));

    private FieldWords() {
    }

    /** The field's id on the page ({@code prefix-name}); the form's first field when the message names none. */
    static String field(String prefix, String message, String firstField) {
        return FIELDS.stream().filter(f -> message.contains(f.token())).findFirst()
                .map(f -> prefix + "-" + f.name()).orElse(prefix + "-" + firstField);
    }

    /** The message with the API's field names put in words. */
    static String words(String message) {
        String said = message;
        for (Field f : FIELDS) {
            if (f.words() != null) {
                said = said.replace(f.token(), f.words());
            }
        }
        return said;
    }
}
