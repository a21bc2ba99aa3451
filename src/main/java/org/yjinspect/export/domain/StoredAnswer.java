package org.yjinspect.export.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored answer of a case: to a key question ({@code itemId} is the key question's id) or to
 * a prompt (its id, under {@code keyQuestionId}); {@code answer} in the export's lower-case
 * words ("yes", "not_applicable"); who saved it last and when.
 */
public record StoredAnswer(String standardNumber, String itemId, String keyQuestionId, boolean keyQuestion,
                           String answer, String answeredBy, Instant answeredAt) {
    public StoredAnswer {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(answer, "answer");
    }
}
