package org.yjinspect.published.domain;

import java.util.Objects;

/** One prompt under a key question, with its letter where printed ("a)") and its figure. */
public record PromptFigure(String letter, String text, CaseFigure figure) {
    public PromptFigure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(figure, "figure");
    }
}
