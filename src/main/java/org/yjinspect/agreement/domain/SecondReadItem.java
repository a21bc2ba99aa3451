package org.yjinspect.agreement.domain;

import java.util.Objects;

/**
 * One answer given in both readings of a second-read case, with where it sits, so that agreement
 * can be broken down per standard, key question, prompt and pair of readers.
 *
 * @param level         what was answered: a prompt, a key question (what drives ratings) or a classification
 * @param itemId        the prompt's, key question's or classification's id
 * @param keyQuestionId the key question it belongs to (the item itself for a key question; null for a classification)
 * @param caseReference the sampled case (its reference, never a name)
 */
public record SecondReadItem(Level level, String standardNumber, String keyQuestionId, String itemId,
                             String caseReference, String firstReader, String secondReader, PairedAnswer answers) {
    public enum Level { PROMPT, KEY_QUESTION, CLASSIFICATION }

    public SecondReadItem {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(firstReader, "firstReader");
        Objects.requireNonNull(secondReader, "secondReader");
        Objects.requireNonNull(answers, "answers");
    }
}
