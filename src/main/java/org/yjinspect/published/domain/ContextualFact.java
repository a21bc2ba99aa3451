package org.yjinspect.published.domain;

import java.util.Objects;

/** One printed contextual fact, such as a first-time entrant rate or a staffing figure, kept as printed. */
public record ContextualFact(String name, String value) {
    public ContextualFact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
