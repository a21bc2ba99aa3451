package org.yjinspect.sampling.domain;

import org.yjinspect.inspection.domain.EligibilityWindow;
import org.yjinspect.inspection.domain.EligibilityWindows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Ethnicity;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.problem.Problem;

class EligibilityPolicyTest {
    private static final LocalDate ANNOUNCED = LocalDate.of(2024, 10, 15);
    private final EligibilityPolicy policy = new EligibilityPolicy(ANNOUNCED, EligibilityWindows.DEFAULTS);

    @Test
    void courtCasesCountFromSixToNineMonthsBeforeTheAnnouncementBothEndsIncluded() {
        assertThat(policy.assess(court(LocalDate.of(2024, 1, 15))).eligible()).isTrue();
        assertThat(policy.assess(court(LocalDate.of(2024, 4, 15))).eligible()).isTrue();
        assertThat(policy.assess(court(LocalDate.of(2024, 1, 14))).eligible()).isFalse();
        assertThat(policy.assess(court(LocalDate.of(2024, 4, 16))).eligible()).isFalse();
    }

    @Test
    void theReasonNamesTheWindowAndItsDates() {
        assertThat(policy.assess(court(LocalDate.of(2024, 6, 1))).reason())
                .contains("outside", "6 to 9 months", "2024-01-15 to 2024-04-15");
    }

    @Test
    void aResettlementCaseCountsIfSentencedOrReleasedInTheWindow() {
        CaseRecord sentencedLongAgo = new CaseRecord("R-1", CaseType.RESETTLEMENT,
                DisposalType.DETENTION_AND_TRAINING_ORDER, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 3, 1),
                Gender.MALE, Ethnicity.WHITE, null, 16, RiskLevel.HIGH, RiskLevel.HIGH, "CM1");
        assertThat(policy.assess(sentencedLongAgo).eligible()).isTrue();
        assertThat(policy.assess(sentencedLongAgo).reason()).contains("released 2024-03-01");
    }

    @Test
    void windowsAreReadAsNearestDashFurthestMonths() {
        assertThat(EligibilityWindow.parse("3-5")).isEqualTo(new EligibilityWindow(3, 5));
        assertThatThrownBy(() -> EligibilityWindow.parse("9-6")).isInstanceOf(Problem.class);
        assertThatThrownBy(() -> EligibilityWindow.parse("six")).isInstanceOf(Problem.class);
    }

    private static CaseRecord court(LocalDate start) {
        return new CaseRecord("C-1", CaseType.COURT_DISPOSAL, DisposalType.REFERRAL_ORDER, start, null,
                Gender.FEMALE, Ethnicity.MIXED, null, 15, RiskLevel.LOW, RiskLevel.MEDIUM, "CM1");
    }
}
