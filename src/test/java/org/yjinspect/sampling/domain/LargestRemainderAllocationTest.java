package org.yjinspect.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.platform.problem.Problem;

class LargestRemainderAllocationTest {
    private static final Stratum BOYS_RO = new Stratum(Gender.MALE, DisposalType.REFERRAL_ORDER, RiskLevel.LOW, RiskLevel.LOW);
    private static final Stratum BOYS_YRO = new Stratum(Gender.MALE, DisposalType.YOUTH_REHABILITATION_ORDER,
            RiskLevel.MEDIUM, RiskLevel.LOW);
    private static final Stratum GIRLS_RO = new Stratum(Gender.FEMALE, DisposalType.REFERRAL_ORDER, RiskLevel.LOW,
            RiskLevel.MEDIUM);
    private final LargestRemainderAllocation allocation = new LargestRemainderAllocation();

    @Test
    void sharesAreRoundedDownAndTheLeftOverGoesToTheLargestRemainders() {
        // 10 of 27: shares 5.93, 2.96, 1.11 -> floors 5, 2, 1 (8); the 2 left over go to .93 and .96.
        Allocation a = allocation.allocate(Map.of(BOYS_RO, 16, BOYS_YRO, 8, GIRLS_RO, 3), 10);
        assertThat(a.allocated()).containsEntry(BOYS_RO, 6).containsEntry(BOYS_YRO, 3).containsEntry(GIRLS_RO, 1);
        assertThat(a.working()).contains("n = 10 of N = 27", "in 3 strata", "(8 cases)", "the 2 left over");
        assertThat(a.margins().allWithinOneCase()).isTrue();
    }

    @Test
    void takingEveryCaseTakesEveryStratumWhole() {
        Allocation a = allocation.allocate(Map.of(BOYS_RO, 4, GIRLS_RO, 3), 7);
        assertThat(a.allocated()).containsEntry(BOYS_RO, 4).containsEntry(GIRLS_RO, 3);
    }

    @Test
    void moreCasesThanEligibleCannotBeAllocated() {
        assertThatThrownBy(() -> allocation.allocate(Map.of(BOYS_RO, 4), 5)).isInstanceOf(Problem.class);
    }
}
