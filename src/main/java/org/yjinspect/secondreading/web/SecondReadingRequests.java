package org.yjinspect.secondreading.web;

import java.util.List;
import java.util.Locale;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.platform.web.BadRequest;

/** The bodies the second-reading routes take. */
final class SecondReadingRequests {
    private SecondReadingRequests() {
    }

    /** POST .../cases: the references of the sampled cases to read a second time. */
    record Choose(List<String> caseReferences) {
    }

    /** POST .../draw: the share of the sample (1 to 100 percent) and, to reproduce a draw, its seed. */
    record Draw(Integer sharePercent, Long seed) {
    }

    /** POST .../allocations: the case and the username of its second reader. */
    record Allocate(String caseReference, String secondReader) {
    }

    /** PUT .../answers/prompts/{promptId} and .../key-questions/{keyQuestionId}: the answer (null clears it). */
    record Answer(String answer, Integer baseRevision) {
    }

    /** PUT .../answers/classification: the second reader's own classifications. */
    record Classification(String riskOfSeriousHarm, Boolean riskOfSeriousHarmAgreesWithService,
                          String safetyWellbeing, Boolean safetyWellbeingAgreesWithService, Integer baseRevision) {
    }

    /** POST .../submit. */
    record Submit(Integer baseRevision) {
    }

    /** POST .../settlements: which item (level prompt, key_question or classification), the agreed answer and why. */
    record Settle(String level, String itemId, String agreedAnswer, String reason) {
    }

    static SecondReadItem.Level level(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequest("level is required: prompt, key_question or classification");
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (SecondReadItem.Level level : SecondReadItem.Level.values()) {
            if (level.name().equals(key)) {
                return level;
            }
        }
        throw new BadRequest("level must be prompt, key_question or classification (got \"" + SafeText.shown(text)
                + "\")");
    }

    static int required(Integer value, String name, String what) {
        if (value == null) {
            throw new BadRequest(name + " is required: " + what);
        }
        return value;
    }
}
