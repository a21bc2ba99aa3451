package org.yjinspect.published.domain;

import java.util.Objects;
import org.yjinspect.rating.domain.Rating;

/**
 * Where the report says the ratings panel used professional discretion on a standard: the
 * standard, the rating the panel amended it to (null when the text does not say) and the
 * report's sentence.
 */
public record DiscretionStatement(String standard, Rating amendedTo, String statement) {
    public DiscretionStatement {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(statement, "statement");
    }
}
