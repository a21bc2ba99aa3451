package org.yjinspect.secondreading.app;

import org.yjinspect.agreement.domain.SecondReadItem;

/**
 * One item the two readings of a case answered differently: where it sits, its wording, both answers
 * as category names (YES, NO, NOT_APPLICABLE, NOT_RELEVANT, a classification level, NONE for one not
 * given), and its settlement once settled (null until then).
 */
public record Disagreement(SecondReadItem.Level level, String standardNumber, String keyQuestionId, String itemId,
                           String wording, String first, String second, Settlement settled) {
    public boolean open() {
        return settled == null;
    }
}
