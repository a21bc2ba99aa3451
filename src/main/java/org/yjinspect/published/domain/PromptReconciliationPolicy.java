package org.yjinspect.published.domain;

import java.util.List;
import org.yjinspect.rules.Ruling;

/**
 * A key question is a holistic judgement informed by its prompts, so its figure need not equal
 * any prompt's; but a key question judged 'Yes' more often than every one of its prompts, or
 * less often than every one of them, or a prompt with more relevant cases than its key
 * question, does not reconcile and is worth a second look.
 */
public final class PromptReconciliationPolicy {
    public static final String RULE = "Prompt figures reconcile with their key question";

    private PromptReconciliationPolicy() {
    }

    public static Ruling<Boolean> check(PublishedKeyQuestion question) {
        CaseFigure kq = question.figure();
        List<PromptFigure> prompts = question.prompts().stream().filter(p -> p.figure().percent() != null).toList();
        if (kq == null || kq.percent() == null || prompts.isEmpty()) {
            return new Ruling<>(null, RULE, "No key question and prompt percentages to compare.");
        }
        if (kq.relevant() != null) {
            for (PromptFigure prompt : question.prompts()) {
                Integer relevant = prompt.figure().relevant();
                if (relevant != null && relevant > kq.relevant()) {
                    return new Ruling<>(false, RULE, "a prompt has " + relevant + " relevant cases, more than its key "
                            + "question's " + kq.relevant());
                }
            }
        }
        int min = prompts.stream().mapToInt(p -> p.figure().percent()).min().orElseThrow();
        int max = prompts.stream().mapToInt(p -> p.figure().percent()).max().orElseThrow();
        String range = min == max ? min + "%" : min + "%-" + max + "%";
        if (kq.percent() > max) {
            return new Ruling<>(false, RULE, "the key question's " + kq.percent()
                    + "% is above every one of its prompts (" + range + ")");
        }
        if (kq.percent() < min) {
            return new Ruling<>(false, RULE, "the key question's " + kq.percent()
                    + "% is below every one of its prompts (" + range + ")");
        }
        return new Ruling<>(true, RULE, "the key question's " + kq.percent() + "% lies within its prompts' " + range);
    }
}
