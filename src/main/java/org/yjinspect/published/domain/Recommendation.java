package org.yjinspect.published.domain;

import java.util.Objects;

/** A recommendation and whom it is addressed to (board, service or a named partner). */
public record Recommendation(String addressee, String text) {
    public Recommendation {
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(text, "text");
    }
}
