package org.yjinspect.context.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Ethnicity;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.caseload.synthetic.SyntheticCaseload;
import org.yjinspect.framework.domain.CaseType;

/** The caseload's profile: every category, its count and share, what is not recorded as such, and no names. */
class CaseloadProfileTest {
    private static final LocalDate START = LocalDate.of(2024, 6, 1);

    private static CaseRecord child(String reference, CaseType type, DisposalType disposal, Gender gender,
                                    Ethnicity ethnicity, LocalDate birth, Integer age) {
        return new CaseRecord(reference, type, disposal, START, null, gender, ethnicity, birth, age, RiskLevel.LOW,
                RiskLevel.MEDIUM, "Casey Manager");
    }

    private static ProfileTable table(List<ProfileTable> profile, String heading) {
        return profile.stream().filter(t -> t.heading().equals(heading)).findFirst().orElseThrow();
    }

    private static ProfileRow row(ProfileTable table, String category) {
        return table.rows().stream().filter(r -> r.category().equals(category)).findFirst().orElseThrow();
    }

    @Test
    void countsAndSharesEveryCategoryWithNoughtsAndNotRecorded() {
        List<ProfileTable> profile = CaseloadProfile.of(List.of(
                child("YJ-1", CaseType.COURT_DISPOSAL, DisposalType.REFERRAL_ORDER, Gender.MALE, Ethnicity.WHITE,
                        LocalDate.of(2010, 6, 2), null),
                child("YJ-2", CaseType.COURT_DISPOSAL, DisposalType.YOUTH_REHABILITATION_ORDER, Gender.FEMALE,
                        Ethnicity.NOT_KNOWN, LocalDate.of(2009, 6, 1), null),
                child("YJ-3", CaseType.OUT_OF_COURT_DISPOSAL, DisposalType.YOUTH_CAUTION, Gender.NOT_KNOWN,
                        Ethnicity.BLACK, null, 17),
                child("YJ-4", CaseType.OUT_OF_COURT_DISPOSAL, DisposalType.COMMUNITY_RESOLUTION, Gender.MALE,
                        Ethnicity.WHITE, null, 18)));
        assertThat(profile).extracting(ProfileTable::heading)
                .containsExactly("Case type", "Disposal type", "Gender", "Ethnicity", "Age band");
        ProfileTable types = table(profile, "Case type");
        assertThat(types.rows()).extracting(ProfileRow::category)
                .containsExactly("Court disposal", "Out-of-court disposal", "Resettlement");
        assertThat(row(types, "Resettlement").count()).isZero();
        assertThat(row(types, "Court disposal").percent()).isEqualTo(50.0);
        assertThat(table(profile, "Disposal type").rows()).hasSize(DisposalType.values().length);
        assertThat(row(table(profile, "Gender"), "Male").count()).isEqualTo(2);
        assertThat(row(table(profile, "Gender"), "Not recorded").percent()).isEqualTo(25.0);
        assertThat(row(table(profile, "Ethnicity"), "Not recorded").count()).isEqualTo(1);
        // 13 (one day short of 14) and 15 from the dates of birth at the start; 17 and 18 as given.
        ProfileTable ages = table(profile, "Age band");
        assertThat(ages.rows()).extracting(ProfileRow::count).containsExactly(1L, 2L, 1L);
        assertThat(profile).allSatisfy(t -> assertThat(t.rows()).noneMatch(r -> r.category().contains("Casey")
                || r.category().startsWith("YJ-")));
    }

    @Test
    void anEmptyCaseloadHasNoProfileRatherThanTablesOfNoughts() {
        assertThat(CaseloadProfile.of(List.of())).isEmpty();
    }

    @Test
    void ageBandsFollowThePublishedReportsBands() {
        assertThat(AgeBand.of(10)).isEqualTo(AgeBand.TEN_TO_FOURTEEN);
        assertThat(AgeBand.of(14)).isEqualTo(AgeBand.TEN_TO_FOURTEEN);
        assertThat(AgeBand.of(15)).isEqualTo(AgeBand.FIFTEEN_TO_SEVENTEEN);
        assertThat(AgeBand.of(17)).isEqualTo(AgeBand.FIFTEEN_TO_SEVENTEEN);
        assertThat(AgeBand.of(18).label()).isEqualTo("18 years and over");
    }

    @Test
    void everyTableOfAnyCaseloadCountsEveryCaseOnceAndItsSharesAddUpToOneHundred() {
        long seed = System.nanoTime();
        System.out.println("CaseloadProfileTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 20; round++) {
            List<CaseRecord> caseload = new ArrayList<>(new SyntheticCaseload(random.nextLong(), START)
                    .cases(1 + random.nextInt(400)));
            for (ProfileTable table : CaseloadProfile.of(caseload)) {
                assertThat(table.rows().stream().mapToLong(ProfileRow::count).sum()).as("seed " + seed + " " + table.heading())
                        .isEqualTo(caseload.size());
                assertThat(table.rows().stream().mapToDouble(ProfileRow::percent).sum()).as("seed " + seed)
                        .isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }
}
