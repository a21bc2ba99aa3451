package org.yjinspect.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.framework.domain.Applicability;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.KeyQuestionFocus;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.rating.TestFrameworks;
import org.yjinspect.rating.domain.KeyQuestionFigure;

class AssessmentRulesTest {
    private static final Prompt VICTIMS = new Prompt("2.1.desistance.h", "victims?", true, List.of());
    private static final Prompt OFFENDING = new Prompt("2.1.desistance.a", "offending?", false, List.of());
    private static final KeyQuestion DESISTANCE = new KeyQuestion("2.2.desistance", KeyQuestionFocus.DESISTANCE,
            "desistance?", Applicability.ALL_CASES, List.of(), List.of());
    private static final KeyQuestion CHILD_SAFETY = new KeyQuestion("2.2.child-safety",
            KeyQuestionFocus.KEEPING_THE_CHILD_SAFE, "child safe?", Applicability.SAFETY_AND_WELLBEING_FACTORS,
            List.of(), List.of());

    @Test
    void notApplicableIsAllowedOnlyWhereTheCatalogueAllowsIt() {
        assertThat(AnswerPolicy.check(VICTIMS, PromptAnswer.NOT_APPLICABLE).allowed()).isTrue();
        assertThat(AnswerPolicy.check(OFFENDING, PromptAnswer.NOT_APPLICABLE).reason())
                .isEqualTo("prompt 2.1.desistance.a applies to every case; answer Yes or No");
    }

    @Test
    void notRelevantIsAllowedOnlyForKeyQuestionsAnsweredOnASubSample() {
        assertThat(AnswerPolicy.check(CHILD_SAFETY, KeyQuestionAnswer.NOT_RELEVANT).allowed()).isTrue();
        assertThat(AnswerPolicy.check(DESISTANCE, KeyQuestionAnswer.NOT_RELEVANT).allowed()).isFalse();
        assertThat(AnswerPolicy.check(DESISTANCE, KeyQuestionAnswer.NO).allowed()).isTrue();
    }

    @Test
    void aYesWithMostPromptsNoIsFlaggedButNotRefused() {
        assertThat(KeyQuestionConsistencyPolicy.warning(KeyQuestionAnswer.YES,
                List.of(PromptAnswer.NO, PromptAnswer.NO, PromptAnswer.YES, PromptAnswer.NOT_APPLICABLE)))
                .contains("judged Yes, but 2 of its 3 answered prompts are No");
        assertThat(KeyQuestionConsistencyPolicy.warning(KeyQuestionAnswer.NO, List.of(PromptAnswer.YES, PromptAnswer.YES)))
                .contains("judged No, but all 2 answered prompts are Yes");
        assertThat(KeyQuestionConsistencyPolicy.warning(KeyQuestionAnswer.YES, List.of(PromptAnswer.YES, PromptAnswer.NO)))
                .isEmpty();
    }

    @Test
    void notRelevantAndUnansweredCasesLeaveTheDenominator() {
        KeyQuestionFigure figure = KeyQuestionTally.tally("kq", List.of(KeyQuestionAnswer.YES, KeyQuestionAnswer.NO,
                KeyQuestionAnswer.NOT_RELEVANT, KeyQuestionAnswer.YES));

        assertThat(figure.yes()).isEqualTo(2);
        assertThat(figure.relevant()).isEqualTo(3);
    }

    @Test
    void courtCasesAreAssessedOnTheCourtStandardsAndOutOfCourtCasesOnJointWorkingIn2018() {
        assertThat(StandardsForCasePolicy.standards(TestFrameworks.of(FrameworkVersion.V2021), CaseType.COURT_DISPOSAL))
                .extracting(s -> s.number()).containsExactly("2.1", "2.2", "2.3", "2.4");
        assertThat(StandardsForCasePolicy.standards(TestFrameworks.of(FrameworkVersion.V2018), CaseType.OUT_OF_COURT_DISPOSAL))
                .extracting(s -> s.number()).containsExactly("3.1", "3.2", "3.3", "3.4");
        assertThat(StandardsForCasePolicy.standards(TestFrameworks.of(FrameworkVersion.V2021), CaseType.OUT_OF_COURT_DISPOSAL))
                .extracting(s -> s.number()).containsExactly("3.1", "3.2", "3.3");
        assertThat(StandardsForCasePolicy.standards(TestFrameworks.of(FrameworkVersion.V2021), CaseType.RESETTLEMENT)).isEmpty();
    }

    @Test
    void anAssessmentIsSubmittedThenAcceptedOrReturnedWithAReason() {
        assertThat(AssessmentStatusPolicy.move(AssessmentStatus.IN_PROGRESS, AssessmentStatus.SUBMITTED, null).allowed()).isTrue();
        assertThat(AssessmentStatusPolicy.move(AssessmentStatus.SUBMITTED, AssessmentStatus.RETURNED_FOR_REWORK, " ").reason())
                .isEqualTo("returning a case assessment for rework needs a reason");
        assertThat(AssessmentStatusPolicy.move(AssessmentStatus.SUBMITTED, AssessmentStatus.RETURNED_FOR_REWORK, "evidence thin")
                .allowed()).isTrue();
        assertThat(AssessmentStatusPolicy.move(AssessmentStatus.NOT_STARTED, AssessmentStatus.ACCEPTED, null).allowed()).isFalse();
        assertThat(AssessmentStatusPolicy.answersMayChange(AssessmentStatus.ACCEPTED).allowed()).isFalse();
    }
}
