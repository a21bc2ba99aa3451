package org.yjinspect.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yjinspect.framework.domain.FrameworkVersion;

class ResettlementPolicyTest {
    @Test
    void allEligibleCasesAreTakenUpToTheCap() {
        ResettlementPolicy policy = new ResettlementPolicy(3);
        assertThat(policy.size(FrameworkVersion.V2021, 2).n()).isEqualTo(2);
        assertThat(policy.size(FrameworkVersion.V2021, 9).n()).isEqualTo(3);
        assertThat(policy.size(FrameworkVersion.V2021, 9).working()).contains("capped at 3");
    }

    @Test
    void the2018FrameworkSamplesNoResettlementCases() {
        assertThat(new ResettlementPolicy(3).size(FrameworkVersion.V2018, 9).n()).isZero();
    }
}
