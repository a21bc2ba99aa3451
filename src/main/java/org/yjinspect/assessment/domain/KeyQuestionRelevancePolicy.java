package org.yjinspect.assessment.domain;

import org.yjinspect.rules.Verdict;
import org.yjinspect.rules.Ruling;
import java.util.Optional;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.Applicability;
import org.yjinspect.framework.domain.KeyQuestion;

/**
 * Whether a key question is relevant to a case, where the case's facts settle it. A key question
 * for youth conditional cautions only is a matter of record (the disposal type): on any other
 * case it must be "not relevant", and on a youth conditional caution it must be judged. Whether
 * risk of serious harm is low is the inspector's own classification, which may be entered after
 * the key question is answered, so a mismatch there is only a warning.
 */
public final class KeyQuestionRelevancePolicy {
    public static final String RULE = "Key question relevant to the case";

    private KeyQuestionRelevancePolicy() {
    }

    public static Ruling<Verdict> check(KeyQuestion keyQuestion, KeyQuestionAnswer answer, boolean youthConditionalCaution) {
        if (keyQuestion.appliesTo() != Applicability.YOUTH_CONDITIONAL_CAUTIONS || answer == null) {
            return Ruling.allow(RULE, "key question " + keyQuestion.id() + " may be judged for this case");
        }
        if (!youthConditionalCaution && answer != KeyQuestionAnswer.NOT_RELEVANT) {
            return Ruling.refuse(RULE, "key question " + keyQuestion.id() + " applies to youth conditional cautions only"
                    + " and this case is not one; answer not relevant");
        }
        if (youthConditionalCaution && answer == KeyQuestionAnswer.NOT_RELEVANT) {
            return Ruling.refuse(RULE, "key question " + keyQuestion.id() + " applies to every youth conditional"
                    + " caution, and this case is one; answer Yes or No");
        }
        return Ruling.allow(RULE, "key question " + keyQuestion.id() + " answered " + answer);
    }

    /** A warning when the answer sits oddly with the inspector's own risk of serious harm classification. */
    public static Optional<String> warning(KeyQuestion keyQuestion, KeyQuestionAnswer answer,
                                           Optional<RiskLevel> inspectorsRiskOfSeriousHarm) {
        if (keyQuestion.appliesTo() != Applicability.RISK_OF_SERIOUS_HARM_NOT_LOW || answer == null
                || inspectorsRiskOfSeriousHarm.isEmpty()) {
            return Optional.empty();
        }
        boolean low = inspectorsRiskOfSeriousHarm.get() == RiskLevel.LOW;
        if (low && answer != KeyQuestionAnswer.NOT_RELEVANT) {
            return Optional.of("judged " + words(answer) + ", but you classified risk of serious harm as low, so this"
                    + " key question is usually not relevant to the case");
        }
        if (!low && answer == KeyQuestionAnswer.NOT_RELEVANT) {
            return Optional.of("judged not relevant, but you classified risk of serious harm as "
                    + inspectorsRiskOfSeriousHarm.get().label().toLowerCase(java.util.Locale.ROOT)
                    + ", so this key question applies to the case");
        }
        return Optional.empty();
    }

    private static String words(KeyQuestionAnswer answer) {
        return answer == KeyQuestionAnswer.YES ? "Yes" : "No";
    }
}
