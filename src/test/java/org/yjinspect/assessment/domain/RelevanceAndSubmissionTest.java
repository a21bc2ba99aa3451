package org.yjinspect.assessment.domain;

import org.yjinspect.rules.Verdict;
import org.yjinspect.rules.Ruling;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.Applicability;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.KeyQuestionFocus;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.framework.domain.StandardKind;

class RelevanceAndSubmissionTest {
    private static final KeyQuestion CAUTIONS_ONLY = new KeyQuestion("3.4.joint-implementation",
            KeyQuestionFocus.JOINT_IMPLEMENTATION, "joint?", Applicability.YOUTH_CONDITIONAL_CAUTIONS, List.of(), List.of());
    private static final KeyQuestion OTHERS_SAFE = new KeyQuestion("2.2.others-safety",
            KeyQuestionFocus.KEEPING_OTHER_PEOPLE_SAFE, "others safe?", Applicability.RISK_OF_SERIOUS_HARM_NOT_LOW,
            List.of(new Prompt("2.2.others-safety.a", "a?", false, List.of())), List.of());

    @Test
    void aKeyQuestionForYouthConditionalCautionsIsJudgedOnThoseAndNotRelevantToEveryOtherCase() {
        assertThat(KeyQuestionRelevancePolicy.check(CAUTIONS_ONLY, KeyQuestionAnswer.YES, true).allowed()).isTrue();
        assertThat(KeyQuestionRelevancePolicy.check(CAUTIONS_ONLY, KeyQuestionAnswer.NOT_RELEVANT, true).allowed()).isFalse();
        assertThat(KeyQuestionRelevancePolicy.check(CAUTIONS_ONLY, KeyQuestionAnswer.NO, false).reason())
                .contains("youth conditional cautions only");
        assertThat(KeyQuestionRelevancePolicy.check(CAUTIONS_ONLY, KeyQuestionAnswer.NOT_RELEVANT, false).allowed()).isTrue();
        assertThat(KeyQuestionRelevancePolicy.check(OTHERS_SAFE, KeyQuestionAnswer.NOT_RELEVANT, false).allowed()).isTrue();
    }

    @Test
    void theInspectorsOwnRiskClassificationOnlyWarns() {
        assertThat(KeyQuestionRelevancePolicy.warning(OTHERS_SAFE, KeyQuestionAnswer.YES, Optional.of(RiskLevel.LOW)))
                .hasValueSatisfying(w -> assertThat(w).contains("classified risk of serious harm as low"));
        assertThat(KeyQuestionRelevancePolicy.warning(OTHERS_SAFE, KeyQuestionAnswer.NOT_RELEVANT,
                Optional.of(RiskLevel.HIGH))).hasValueSatisfying(w -> assertThat(w).contains("as high"));
        assertThat(KeyQuestionRelevancePolicy.warning(OTHERS_SAFE, KeyQuestionAnswer.NOT_RELEVANT,
                Optional.of(RiskLevel.LOW))).isEmpty();
        assertThat(KeyQuestionRelevancePolicy.warning(OTHERS_SAFE, KeyQuestionAnswer.YES, Optional.empty())).isEmpty();
    }

    @Test
    void aCaseIsSubmittedOnlyWithEveryPromptAndKeyQuestionAnswered() {
        Standard standard = new Standard("2.2", "Planning", "", StandardKind.CASE_BASED, true, CaseType.COURT_DISPOSAL,
                List.of(OTHERS_SAFE), List.of());
        Ruling<Verdict> missing = SubmissionPolicy.check(List.of(standard), Map.of(), Map.of("2.2.others-safety",
                KeyQuestionAnswer.NOT_RELEVANT));
        assertThat(missing.allowed()).isFalse();
        assertThat(missing.reason()).contains("1 answers are missing").contains("prompt 2.2.others-safety.a");
        assertThat(SubmissionPolicy.check(List.of(standard), Map.of("2.2.others-safety.a", PromptAnswer.NOT_APPLICABLE),
                Map.of("2.2.others-safety", KeyQuestionAnswer.NOT_RELEVANT)).allowed()).isTrue();
    }
}
