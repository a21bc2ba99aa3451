package org.yjinspect.secondreading.app;

import java.time.Instant;
import org.yjinspect.agreement.domain.SecondReadItem;

/**
 * A difference settled: the item, both readings' answers as they were, the agreed answer (now the
 * case's live answer), who settled it, when and why.
 */
public record Settlement(SecondReadItem.Level level, String itemId, String standardNumber, String keyQuestionId,
                         String firstAnswer, String secondAnswer, String agreedAnswer, String reason, String settledBy,
                         Instant settledAt) {
}
