package org.yjinspect.framework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedWordingTest {

    @Test
    void markupFootnotesAndLettersAreRemoved() {
        assertThat(PrintedWording.normalise("Does planning focus sufficiently on keeping the child safe? <sup>8</sup>"))
                .isEqualTo("Does planning focus sufficiently on keeping the child safe?");
        assertThat(PrintedWording.normalise("### **Does the oversight of work support delivery?**"))
                .isEqualTo("Does the oversight of work support delivery?");
        assertThat(PrintedWording.normalise("<b>Of the 7 cases:</b>")).isEqualTo("Of the 7 cases:");
        assertThat(PrintedWording.normalise("c) Does assessment utilise information held by other agencies?"))
                .isEqualTo("Does assessment utilise information held by other agencies?");
        assertThat(PrintedWording.normalise("Our rating\u00b2\u00b3 for assessment")).isEqualTo("Our rating for assessment");
        assertThat(PrintedWording.normalise("Is the rationale recorded?15")).isEqualTo("Is the rationale recorded?");
    }

    @Test
    void whitespaceAndQuotesAreUnified() {
        assertThat(PrintedWording.normalise("  Does the YOT\u2019s  delivery\tenvironment \u201cwork\u201d? "))
                .isEqualTo("Does the YOT's delivery environment \"work\"?");
    }

    @Test
    void aChangedWordIsADifferentWording() {
        assertThat(PrintedWording.matches("Does planning focus on supporting the child's desistance?",
                "Does planning focus sufficiently on supporting the child's desistance?", List.of())).isFalse();
        assertThat(PrintedWording.matches("In cases where it is required, are enforcement actions taken?",
                "In cases when it is required, are enforcement actions taken?", List.of())).isFalse();
    }

    @Test
    void aPrintedVariantMatchesAsWellAsTheText() {
        Prompt prompt = new Prompt("2.3.desistance.g", "In cases when it is required, are enforcement actions taken?",
                true, List.of("In cases where it is required, are enforcement actions taken?"));

        assertThat(prompt.isPrintedAs("In cases where it is required, are enforcement actions taken?")).isTrue();
        assertThat(prompt.isPrintedAs("a) In cases when it is required, are enforcement actions taken?")).isTrue();
        assertThat(prompt.isPrintedAs("Are enforcement actions taken when appropriate?")).isFalse();
    }

    @Test
    void oneWordingUnderTwoKeyQuestionsIsFoundPerKeyQuestion() {
        String contingency = "Does planning set out necessary and effective contingency arrangements?";
        KeyQuestion child = new KeyQuestion("2.2.child-safety", KeyQuestionFocus.KEEPING_THE_CHILD_SAFE,
                "Does planning focus sufficiently on keeping the child safe?", Applicability.SAFETY_AND_WELLBEING_FACTORS,
                List.of(new Prompt("2.2.child-safety.d", contingency, false, List.of())), List.of());
        KeyQuestion others = new KeyQuestion("2.2.others-safety", KeyQuestionFocus.KEEPING_OTHER_PEOPLE_SAFE,
                "Does planning focus sufficiently on keeping other people safe?", Applicability.RISK_OF_SERIOUS_HARM_NOT_LOW,
                List.of(new Prompt("2.2.others-safety.e", contingency, false, List.of())), List.of());

        assertThat(child.promptPrintedAs(contingency)).map(Prompt::id).contains("2.2.child-safety.d");
        assertThat(others.promptPrintedAs(contingency)).map(Prompt::id).contains("2.2.others-safety.e");
    }
}
