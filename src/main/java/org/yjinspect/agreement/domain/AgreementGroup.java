package org.yjinspect.agreement.domain;

import java.util.Comparator;
import java.util.Objects;
import org.yjinspect.agreement.domain.SecondReadItem.Level;

/**
 * The agreement figures of one group of answers: the whole inspection, one level, one standard,
 * one key question, one prompt or classification, or one pair of readers. The fields that do not
 * name the group are null (a standard's group has no item id; the inspection's has nothing).
 *
 * @param scope          how the answers were grouped
 * @param level          the level of every answer in the group; null only for the inspection (all levels)
 * @param standardNumber the standard, for a standard's, key question's or item's group
 * @param keyQuestionId  the key question, for a key question's or prompt's group
 * @param itemId         the prompt or classification, for an item's group
 * @param readers        the pair of readers, for a readers' group
 */
public record AgreementGroup(Scope scope, Level level, String standardNumber, String keyQuestionId, String itemId,
                             ReaderPair readers, AgreementFigures figures) {
    /** How answers are grouped, in the order the breakdown lists them. */
    public enum Scope { INSPECTION, LEVEL, STANDARD, KEY_QUESTION, ITEM, READERS }

    /** Scope, level, standard number, key question, item, then readers; numbers in framework order. */
    static final Comparator<AgreementGroup> ORDER = Comparator.comparing(AgreementGroup::scope)
            .thenComparing(AgreementGroup::level, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AgreementGroup::standardNumber, FrameworkOrder.BY_NUMBER)
            .thenComparing(AgreementGroup::keyQuestionId, FrameworkOrder.BY_NUMBER)
            .thenComparing(AgreementGroup::itemId, FrameworkOrder.BY_NUMBER)
            .thenComparing(AgreementGroup::readers, Comparator.nullsFirst(Comparator.naturalOrder()));

    public AgreementGroup {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(figures, "figures");
    }

    /** How many answers the group holds. */
    public int n() {
        return figures.n();
    }

    /** What the group is, in words: "Standard 2.1, key questions", "Prompt 2.1.assessment.b" ... */
    public String label() {
        return switch (scope) {
            case INSPECTION -> "The whole inspection, every answer";
            case LEVEL -> levelWords(level, true);
            case STANDARD -> "Standard " + standardNumber + ", " + levelWords(level, false);
            case KEY_QUESTION -> level == Level.KEY_QUESTION ? "Key question " + keyQuestionId
                    : "Prompts of key question " + keyQuestionId;
            case ITEM -> (level == Level.CLASSIFICATION ? "Classification " : "Prompt ") + itemId;
            case READERS -> readers.firstReader() + " read first, " + readers.secondReader() + " second ("
                    + levelWords(level, false) + ")";
        };
    }

    private static String levelWords(Level level, boolean capital) {
        String words = switch (level) {
            case KEY_QUESTION -> "key questions";
            case PROMPT -> "prompts";
            case CLASSIFICATION -> "classifications";
        };
        return capital ? Character.toUpperCase(words.charAt(0)) + words.substring(1) : words;
    }
}
