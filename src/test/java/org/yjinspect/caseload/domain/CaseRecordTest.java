package org.yjinspect.caseload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yjinspect.framework.domain.CaseType;

class CaseRecordTest {
    private static final LocalDate START = LocalDate.of(2024, 3, 1);

    @Test
    void aReferenceThatLooksLikeANameIsRefused() {
        assertThatThrownBy(() -> record("Jamie", CaseType.COURT_DISPOSAL, DisposalType.REFERRAL_ORDER, null, 15, null))
                .isInstanceOf(InvalidCaseField.class).hasMessageContaining("never a name")
                .extracting(e -> ((InvalidCaseField) e).field()).isEqualTo(CaseField.CASE_REFERENCE);
    }

    @Test
    void aResettlementCaseMustBeACustodialSentence() {
        assertThatThrownBy(() -> record("R-1", CaseType.RESETTLEMENT, DisposalType.REFERRAL_ORDER, null, 15, null))
                .isInstanceOf(InvalidCaseField.class).hasMessageContaining("not a disposal for a resettlement case");
        assertThat(record("R-1", CaseType.RESETTLEMENT, DisposalType.DETENTION_AND_TRAINING_ORDER, null, 15,
                START.plusMonths(4)).releaseDate()).isEqualTo(START.plusMonths(4));
    }

    @Test
    void releaseDatesBelongToCustodyAndFollowTheStart() {
        assertThatThrownBy(() -> record("C-1", CaseType.COURT_DISPOSAL, DisposalType.REFERRAL_ORDER, null, 15, START))
                .hasMessageContaining("only custodial sentences");
        assertThatThrownBy(() -> record("C-1", CaseType.COURT_DISPOSAL, DisposalType.DETENTION_AND_TRAINING_ORDER,
                null, 15, START.minusDays(1))).hasMessageContaining("before the disposal start");
    }

    @Test
    void dateOfBirthOrAgeIsNeededAndMustGiveAYouthJusticeAge() {
        assertThatThrownBy(() -> record("C-1", CaseType.COURT_DISPOSAL, DisposalType.REFERRAL_ORDER, null, null, null))
                .hasMessageContaining("date of birth or age is required");
        assertThatThrownBy(() -> record("C-1", CaseType.COURT_DISPOSAL, DisposalType.REFERRAL_ORDER,
                START.minusYears(8), null, null)).hasMessageContaining("age of 8");
        assertThat(record("C-1", CaseType.COURT_DISPOSAL, DisposalType.REFERRAL_ORDER, START.minusYears(15), null,
                null).dateOfBirth()).isEqualTo(START.minusYears(15));
    }

    @Test
    void codedValuesAcceptCommonSpellingsAndNothingElse() {
        assertThat(Vocabulary.find(RiskLevel.class, " Very-High ")).contains(RiskLevel.VERY_HIGH);
        assertThat(Vocabulary.find(DisposalType.class, "YCC")).contains(DisposalType.YOUTH_CONDITIONAL_CAUTION);
        assertThat(Vocabulary.find(DisposalType.class, "Outcome 22")).contains(DisposalType.DIVERSION);
        assertThat(Vocabulary.find(Gender.class, "Jo")).isEmpty();
    }

    private static CaseRecord record(String reference, CaseType type, DisposalType disposal, LocalDate birth,
                                     Integer age, LocalDate release) {
        return new CaseRecord(reference, type, disposal, START, release, Gender.MALE, Ethnicity.ASIAN, birth, age,
                RiskLevel.LOW, RiskLevel.LOW, "CM1");
    }
}
