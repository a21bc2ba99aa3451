package org.yjinspect.published.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromptReconciliationPolicyTest {
    private static PublishedKeyQuestion question(CaseFigure figure, CaseFigure... prompts) {
        List<PromptFigure> figures = java.util.Arrays.stream(prompts).map(p -> new PromptFigure(null, "Does it?", p)).toList();
        return new PublishedKeyQuestion("Does the key question hold?", figure, figures);
    }

    @Test
    void aKeyQuestionWithinItsPromptsReconciles() {
        assertThat(PromptReconciliationPolicy.check(question(CaseFigure.printed(75), CaseFigure.printed(50),
                CaseFigure.printed(100))).value()).isTrue();
    }

    @Test
    void aKeyQuestionAboveEveryPromptDoesNotReconcile() {
        var ruling = PromptReconciliationPolicy.check(question(CaseFigure.printed(100), CaseFigure.printed(50),
                CaseFigure.printed(50)));

        assertThat(ruling.value()).isFalse();
        assertThat(ruling.reason()).contains("100%", "above every one of its prompts (50%)");
    }

    @Test
    void aKeyQuestionBelowEveryPromptDoesNotReconcile() {
        assertThat(PromptReconciliationPolicy.check(question(CaseFigure.printed(63), CaseFigure.printed(75),
                CaseFigure.printed(88))).value()).isFalse();
    }

    @Test
    void aPromptWithMoreRelevantCasesThanItsKeyQuestionDoesNotReconcile() {
        var ruling = PromptReconciliationPolicy.check(question(CaseFigure.counted(4, 6), CaseFigure.counted(4, 7)));

        assertThat(ruling.value()).isFalse();
        assertThat(ruling.reason()).contains("7 relevant cases");
    }

    @Test
    void withoutPromptFiguresThereIsNothingToCompare() {
        assertThat(PromptReconciliationPolicy.check(question(CaseFigure.printed(75), CaseFigure.yesOnly(3))).value())
                .isNull();
    }
}
