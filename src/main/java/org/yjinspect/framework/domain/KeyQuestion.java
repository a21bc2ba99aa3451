package org.yjinspect.framework.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * The prompt a report printed in {@code printed} under this key question. Looked up per key
     * question because one wording can sit under two key questions of a standard (the contingency
     * prompt of 2.2 is printed under both keeping the child safe and keeping other people safe).
     */
    public Optional<Prompt> promptPrintedAs(String printed) {
        return prompts.stream().filter(p -> p.isPrintedAs(printed)).findFirst();
    }

    /** True when a report printed this key question in {@code printed} (see {@link PrintedWording}). */
    public boolean isPrintedAs(String printed) {
        return PrintedWording.matches(printed, text, printedVariants);
    }
}
