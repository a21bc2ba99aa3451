package org.yjinspect.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Ethnicity;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.domain.EligibilityWindows;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

class EligibleCasesPolicyTest {
    private static final LocalDate ANNOUNCED = LocalDate.of(2024, 10, 14);
    private final EligibilityPolicy eligibility = new EligibilityPolicy(ANNOUNCED, EligibilityWindows.DEFAULTS);

    private static CaseRecord court(String reference, LocalDate start) {
        return new CaseRecord(reference, CaseType.COURT_DISPOSAL, DisposalType.REFERRAL_ORDER, start, null,
                Gender.MALE, Ethnicity.WHITE, null, 15, RiskLevel.LOW, RiskLevel.LOW, "CM1");
    }

    private static SamplePlan plan(FrameworkVersion version, int court, int outOfCourt, int resettlement) {
        return SamplePlan.of(version, SamplingRules.DEFAULTS, Map.of(CaseType.COURT_DISPOSAL, court,
                CaseType.OUT_OF_COURT_DISPOSAL, outOfCourt, CaseType.RESETTLEMENT, resettlement));
    }

    @Test
    void aCaseloadDatedAfterTheAnnouncementIsRefusedWithEachWindowAsDatesAndTheCaseloadsOwnDates() {
        List<CaseRecord> caseload = List.of(court("YJ-1", LocalDate.of(2024, 11, 2)),
                court("YJ-2", LocalDate.of(2025, 3, 30)));
        Ruling<Verdict> ruling = EligibleCasesPolicy.check(plan(FrameworkVersion.V2021, 0, 0, 0), eligibility, caseload);

        assertThat(ruling.allowed()).isFalse();
        assertThat(ruling.rule()).isEqualTo(EligibleCasesPolicy.RULE);
        assertThat(ruling.reason()).contains("no case in the caseload of 2 cases can be sampled",
                "announcement on 2024-10-14", "court disposal 2024-01-14 to 2024-04-14 (6-9 months; 0 eligible)",
                "out-of-court disposal 2024-05-14 to 2024-07-14 (3-5 months; 0 eligible)",
                "resettlement 2023-10-14 to 2024-06-14 (4-12 months; 0 eligible)",
                "disposals started between 2024-11-02 and 2025-03-30", "import it again");
    }

    @Test
    void theWindowsAreGivenAsDatesWithEligibleAndPlannedCasesPerCaseType() {
        List<WindowCount> windows = EligibleCasesPolicy.windows(plan(FrameworkVersion.V2021, 40, 0, 0), eligibility);
        assertThat(windows).extracting(WindowCount::caseType).containsExactly(CaseType.values());
        WindowCount court = windows.get(0);
        assertThat(court.from()).isEqualTo(LocalDate.of(2024, 1, 14));
        assertThat(court.to()).isEqualTo(LocalDate.of(2024, 4, 14));
        assertThat(court.months()).isEqualTo("6-9");
        assertThat(court.eligible()).isEqualTo(40);
        assertThat(court.planned()).isPositive();
    }

    @Test
    void anyCaseToSampleIsEnough() {
        Ruling<Verdict> ruling = EligibleCasesPolicy.check(plan(FrameworkVersion.V2021, 0, 5, 0), eligibility,
                List.of(court("YJ-1", LocalDate.of(2024, 6, 1))));
        assertThat(ruling.allowed()).isTrue();
        assertThat(ruling.reason()).startsWith("the plan takes ");
    }

    @Test
    void resettlementCasesAloneDoNotMakeASampleUnderThe2018Framework() {
        Ruling<Verdict> ruling = EligibleCasesPolicy.check(plan(FrameworkVersion.V2018, 0, 0, 4), eligibility,
                List.of(court("YJ-1", LocalDate.of(2024, 6, 1))));
        assertThat(ruling.allowed()).isFalse();
        assertThat(ruling.reason()).contains("4 eligible, none taken under this framework");
    }
}
