package org.yjinspect.framework.domain;

import java.util.List;
import java.util.Objects;

/** A key question of a standard, with the cases it applies to and its prompts. */
public record KeyQuestion(String id, KeyQuestionFocus focus, String text, Applicability appliesTo,
                          List<Prompt> prompts, List<String> printedVariants) {
    public KeyQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(text, "text");
        appliesTo = appliesTo == null ? Applicability.ALL_CASES : appliesTo;
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        printedVariants = printedVariants == null ? List.of() : List.copyOf(printedVariants);
    }
}
