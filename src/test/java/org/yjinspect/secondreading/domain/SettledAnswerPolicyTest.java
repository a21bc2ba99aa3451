package org.yjinspect.secondreading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yjinspect.assessment.domain.AssessmentStatus;

/** Only a difference between two submitted readings is settled; a settlement may change any case's live answer. */
class SettledAnswerPolicyTest {
    @Test
    void aDifferenceIsSettledOnlyOnceBothAreSubmittedAndOnlyWhereTheyDiffer() {
        assertThat(SettledAnswerPolicy.check("YJ-1", "2.1.desistance", false, "YES", "NO").allowed()).isFalse();
        assertThat(SettledAnswerPolicy.check("YJ-1", "2.1.desistance", true, "YES", "YES").reason())
                .contains("nothing to settle");
        assertThat(SettledAnswerPolicy.check("YJ-1", "2.1.desistance", true, "YES", "NO").allowed()).isTrue();
    }

    @Test
    void theExceptionOpensSubmittedAndAcceptedCasesToASettlementOnly() {
        assertThat(SettledAnswerPolicy.openForSettlement()).contains(AssessmentStatus.SUBMITTED, AssessmentStatus.ACCEPTED);
    }
}
