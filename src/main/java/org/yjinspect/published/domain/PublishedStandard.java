package org.yjinspect.published.domain;

import java.util.List;
import java.util.Objects;
import org.yjinspect.rating.domain.Rating;

/**
 * A standard as the report publishes it: number, name, published rating, the key questions
 * with their figures, and the rating computed from them by the rating engine.
 * {@code keyQuestionsComplete} is false when the report's key questions do not match the
 * standard's key questions in the framework (then they are kept for reading, not for rating).
 */
public record PublishedStandard(String number, String name, Rating rating, Rating computedRating,
                                List<PublishedKeyQuestion> keyQuestions, boolean keyQuestionsComplete,
                                RecordedPanelDecision panel) {
    public PublishedStandard {
        Objects.requireNonNull(number, "number");
        name = name == null ? "" : name;
        keyQuestions = keyQuestions == null ? List.of() : List.copyOf(keyQuestions);
    }

    public static PublishedStandard printed(String number, String name, Rating rating) {
        return new PublishedStandard(number, name, rating, null, List.of(), true, null);
    }

    public int domain() {
        return Character.digit(number.charAt(0), 10);
    }

    public PublishedStandard withName(String newName) {
        return new PublishedStandard(number, newName, rating, computedRating, keyQuestions, keyQuestionsComplete, panel);
    }

    public PublishedStandard withRating(Rating newRating) {
        return new PublishedStandard(number, name, newRating, computedRating, keyQuestions, keyQuestionsComplete, panel);
    }

    public PublishedStandard withKeyQuestions(List<PublishedKeyQuestion> questions, boolean complete) {
        return new PublishedStandard(number, name, rating, computedRating, questions, complete, panel);
    }

    public PublishedStandard withComputedRating(Rating computed) {
        return new PublishedStandard(number, name, rating, computed, keyQuestions, keyQuestionsComplete, panel);
    }

    public PublishedStandard withPanel(RecordedPanelDecision decision) {
        return new PublishedStandard(number, name, rating, computedRating, keyQuestions, keyQuestionsComplete, decision);
    }

    /** Key questions fit for the rating engine: complete, and every one with a figure. */
    public boolean rateable() {
        return keyQuestionsComplete && !keyQuestions.isEmpty()
                && keyQuestions.stream().allMatch(PublishedKeyQuestion::rateable);
    }
}
