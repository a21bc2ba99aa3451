package org.yjinspect.published.domain;

import java.util.List;
import java.util.Objects;

/**
 * A key question of a case-based standard as printed: its text, its figure (null when the row
 * could not be read) and its prompts in printed order.
 */
public record PublishedKeyQuestion(String text, CaseFigure figure, List<PromptFigure> prompts) {
    public PublishedKeyQuestion {
        Objects.requireNonNull(text, "text");
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
    }

    public PublishedKeyQuestion withPrompts(List<PromptFigure> newPrompts) {
        return new PublishedKeyQuestion(text, figure, newPrompts);
    }

    public boolean rateable() {
        return figure != null && figure.rateable();
    }
}
