package org.yjinspect.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Ethnicity;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.problem.Problem;

class ReplacementPolicyTest {
    private final ReplacementPolicy policy = new ReplacementPolicy();
    private final CaseRecord out = court("OUT-1", Gender.FEMALE, DisposalType.REFERRAL_ORDER, RiskLevel.HIGH);

    @Test
    void aCaseFromTheSameStratumIsPreferred() {
        CaseRecord same = court("SAME-1", Gender.FEMALE, DisposalType.REFERRAL_ORDER, RiskLevel.HIGH);
        CaseRecord other = court("OTHER-1", Gender.MALE, DisposalType.REFERRAL_ORDER, RiskLevel.HIGH);
        Replacement r = policy.choose(out, List.of(out, same, other), Set.of("OUT-1"), new SplittableRandom(1));
        assertThat(r.replacement()).isEqualTo(same);
        assertThat(r.matchReason()).startsWith("same stratum");
    }

    @Test
    void withoutOneTheNearestKeepsGenderBeforeDisposalTypeBeforeRisk() {
        CaseRecord keepsGender = court("G-1", Gender.FEMALE, DisposalType.YOUTH_REHABILITATION_ORDER, RiskLevel.HIGH);
        CaseRecord keepsTypeAndRisk = court("T-1", Gender.MALE, DisposalType.REFERRAL_ORDER, RiskLevel.HIGH);
        Replacement r = policy.choose(out, List.of(keepsGender, keepsTypeAndRisk), Set.of("OUT-1"),
                new SplittableRandom(1));
        assertThat(r.replacement()).isEqualTo(keepsGender);
        assertThat(r.matchReason()).contains("no unsampled case left", "Disposal type Youth rehabilitation order instead of Referral order");
    }

    @Test
    void aCaseSampledBeforeOrOfAnotherTypeIsNeverChosen() {
        CaseRecord sampledBefore = court("S-1", Gender.FEMALE, DisposalType.REFERRAL_ORDER, RiskLevel.HIGH);
        CaseRecord outOfCourt = new CaseRecord("O-1", CaseType.OUT_OF_COURT_DISPOSAL, DisposalType.YOUTH_CAUTION,
                LocalDate.of(2024, 6, 1), null, Gender.FEMALE, Ethnicity.WHITE, null, 15, RiskLevel.HIGH,
                RiskLevel.LOW, "CM1");
        assertThatThrownBy(() -> policy.choose(out, List.of(sampledBefore, outOfCourt), Set.of("OUT-1", "S-1"),
                new SplittableRandom(1))).isInstanceOf(Problem.class).hasMessageContaining("no eligible case");
    }

    @Test
    void theSameRandomStreamGivesTheSameReplacement() {
        List<CaseRecord> pool = List.of(court("A-1", Gender.FEMALE, DisposalType.REFERRAL_ORDER, RiskLevel.HIGH),
                court("A-2", Gender.FEMALE, DisposalType.REFERRAL_ORDER, RiskLevel.HIGH),
                court("A-3", Gender.FEMALE, DisposalType.REFERRAL_ORDER, RiskLevel.HIGH));
        assertThat(policy.choose(out, pool, Set.of(), new SplittableRandom(42)).replacement())
                .isEqualTo(policy.choose(out, List.of(pool.get(2), pool.get(0), pool.get(1)), Set.of(),
                        new SplittableRandom(42)).replacement());
    }

    private static CaseRecord court(String reference, Gender gender, DisposalType type, RiskLevel rosh) {
        return new CaseRecord(reference, CaseType.COURT_DISPOSAL, type, LocalDate.of(2024, 3, 1), null, gender,
                Ethnicity.WHITE, null, 15, rosh, RiskLevel.LOW, "CM1");
    }
}
