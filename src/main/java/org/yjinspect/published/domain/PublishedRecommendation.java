package org.yjinspect.published.domain;

import java.util.Objects;

/** A recommendation and whom it is addressed to (board, service or a named partner). */
public record PublishedRecommendation(String addressee, String text) {
    public PublishedRecommendation {
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(text, "text");
    }
}
