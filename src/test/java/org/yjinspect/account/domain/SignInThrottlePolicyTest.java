package org.yjinspect.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.yjinspect.account.domain.SignInThrottlePolicy.Failures;

class SignInThrottlePolicyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private final SignInThrottlePolicy policy = new SignInThrottlePolicy();

    @Test
    void theFirstFiveFailuresForAnAccountCostNothing() {
        assertThat(policy.check(new Failures(4, NOW), Failures.NONE, NOW).value()).isZero();
        assertThat(policy.check(new Failures(5, NOW), Failures.NONE, NOW).value()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theWaitDoublesAndNeverPassesFiveMinutes() {
        assertThat(SignInThrottlePolicy.wait(6, 5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottlePolicy.wait(9, 5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(SignInThrottlePolicy.wait(14, 5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(SignInThrottlePolicy.wait(10_000, 5)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theWaitCountsFromTheLatestFailure() {
        Failures nine = new Failures(9, NOW.minusSeconds(10));
        assertThat(policy.check(nine, Failures.NONE, NOW).value()).isEqualTo(Duration.ofSeconds(6));
        assertThat(policy.check(nine, Failures.NONE, NOW.plusSeconds(6)).value()).isZero();
    }

    @Test
    void anAddressMayFailTwentyTimesAcrossAccountsBeforeItIsSlowed() {
        assertThat(policy.check(Failures.NONE, new Failures(19, NOW), NOW).value()).isZero();
        var slowed = policy.check(Failures.NONE, new Failures(20, NOW), NOW);
        assertThat(slowed.value()).isEqualTo(Duration.ofSeconds(1));
        assertThat(slowed.reason()).contains("from this address");
    }
}
