package org.yjinspect.framework.domain;

import java.util.List;
import java.util.Objects;

/**
 * One prompt under a key question. {@code id} is stable across releases of the catalogue
 * (answers are stored against it); {@code printedVariants} are other wordings the published
 * reports print for the same prompt.
 */
public record Prompt(String id, String text, boolean notApplicableAllowed, List<String> printedVariants) {
    public Prompt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        printedVariants = printedVariants == null ? List.of() : List.copyOf(printedVariants);
    }

    /** True when a report printed this prompt in {@code printed} (see {@link PrintedWording}). */
    public boolean isPrintedAs(String printed) {
        return PrintedWording.matches(printed, text, printedVariants);
    }
}
