package org.yjinspect.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.records.domain.Actor;

/** The aggregate decides each change by its named rules before anything is written; no database. */
class CaseAssessmentTest {
    private static final Framework FRAMEWORK = FrameworkCatalogue.load(FrameworkVersion.V2021);
    private static final Actor ALICE = new Actor("Alice");

    private static CaseAssessment courtCase() {
        return CaseAssessment.of(new AssessedCase(7, 1, "YJ-7", CaseType.COURT_DISPOSAL, DisposalType.REFERRAL_ORDER,
                RiskLevel.LOW, RiskLevel.MEDIUM, true), FRAMEWORK);
    }

    @Test
    void anAnswerLandsOnItsStandardAndKeyQuestionWithTheRevisionItIsBasedOn() {
        var decision = courtCase().answerPrompt("2.1.desistance.a", PromptAnswer.YES, 3, ALICE);

        assertThat(decision).isInstanceOf(Decision.Accepted.class);
        CaseChange.Answer change = ((Decision.Accepted<CaseChange.Answer>) decision).change();
        assertThat(change.standardNumber()).isEqualTo("2.1");
        assertThat(change.keyQuestionId()).isEqualTo("2.1.desistance");
        assertThat(change.baseRevision()).isEqualTo(3);
        assertThat(change.answerName()).isEqualTo("YES");
    }

    @Test
    void aPromptOutsideTheCasesStandardsIsRefusedAsNotInTheFormNamingTheStandardsAssessed() {
        var decision = courtCase().answerPrompt("3.1.desistance.a", PromptAnswer.YES, 0, ALICE);

        assertThat(decision).isInstanceOf(Decision.Refused.class);
        var refused = (Decision.Refused<CaseChange.Answer>) decision;
        assertThat(refused.kind()).isEqualTo(Decision.Refusal.NOT_IN_FORM);
        assertThat(refused.ruling().rule()).isEqualTo(CaseAssessment.FORM_RULE);
        assertThat(refused.ruling().reason()).contains("3.1.desistance.a").contains("2.1, 2.2, 2.3, 2.4");
    }

    @Test
    void notApplicableIsRefusedWhereTheCatalogueDoesNotAllowItAndTheRuleIsNamed() {
        var decision = courtCase().answerPrompt("2.1.desistance.a", PromptAnswer.NOT_APPLICABLE, 0, ALICE);

        var refused = (Decision.Refused<CaseChange.Answer>) decision;
        assertThat(refused.kind()).isEqualTo(Decision.Refusal.INVALID_ANSWER);
        assertThat(refused.ruling().rule()).isEqualTo(AnswerPolicy.RULE);
    }

    @Test
    void answersMayChangeOnlyWhileTheCaseIsOpen() {
        assertThat(CaseAssessment.openForAnswers()).containsExactlyInAnyOrder(AssessmentStatus.NOT_STARTED,
                AssessmentStatus.IN_PROGRESS, AssessmentStatus.RETURNED_FOR_REWORK);
        assertThat(CaseAssessment.closedBecause(AssessmentStatus.SUBMITTED).reason()).contains("return it for rework");
    }

    @Test
    void anIncompleteCaseCannotBeSubmittedAndTheRefusalSaysWhatIsMissing() {
        CaseAnswers none = new CaseAnswers(new CaseRecords.CaseStatus(7, AssessmentStatus.IN_PROGRESS, null, 2, "Alice",
                Instant.now()), CaseRecords.Judgement.none(7), Map.of(), Map.of(), Map.of());

        var decision = courtCase().moveStatus(none, AssessmentStatus.SUBMITTED, null, 2, ALICE);

        var refused = (Decision.Refused<CaseChange.StatusMove>) decision;
        assertThat(refused.kind()).isEqualTo(Decision.Refusal.NOT_ALLOWED_NOW);
        assertThat(refused.ruling().rule()).isEqualTo(SubmissionPolicy.RULE);
        assertThat(refused.ruling().reason()).startsWith("case YJ-7: ").contains("answers are missing");
    }

    @Test
    void returningForReworkKeepsTheReasonAndAcceptingClearsIt() {
        CaseAnswers submitted = new CaseAnswers(new CaseRecords.CaseStatus(7, AssessmentStatus.SUBMITTED, "old", 4,
                "Alice", Instant.now()), CaseRecords.Judgement.none(7), Map.of(), Map.of(), Map.of());

        var back = (Decision.Accepted<CaseChange.StatusMove>) courtCase().moveStatus(submitted,
                AssessmentStatus.RETURNED_FOR_REWORK, "evidence thin", 4, ALICE);
        var accepted = (Decision.Accepted<CaseChange.StatusMove>) courtCase().moveStatus(submitted,
                AssessmentStatus.ACCEPTED, null, 4, ALICE);

        assertThat(back.change().reworkReason()).isEqualTo("evidence thin");
        assertThat(accepted.change().reworkReason()).isNull();
    }
}
