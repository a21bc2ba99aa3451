package org.yjinspect.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yjinspect.access.domain.AccessPolicy;
import org.yjinspect.access.domain.Role;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * Quality assurance of case assessments: the assessor submits; someone else, the lead
 * inspector, accepts or returns for rework, and not a case they assessed themselves. Decided on
 * the access policy's own facts and on who assessed the case.
 */
class QualityAssurancePolicyTest {
    private static final boolean ALLOCATED = true;

    @Test
    void anInspectorAllocatedTheCaseSubmitsItButMayNotAcceptOrReturnIt() {
        AccessPolicy.Facts inspector = new AccessPolicy.Facts(false, Set.of(Role.INSPECTOR), false, ALLOCATED);

        assertThat(move(inspector, AssessmentStatus.SUBMITTED).allowed()).isTrue();
        Ruling<Verdict> accept = move(inspector, AssessmentStatus.ACCEPTED);
        assertThat(accept.allowed()).isFalse();
        assertThat(accept.rule()).isEqualTo(QualityAssurancePolicy.RULE);
        assertThat(accept.reason()).isEqualTo("an inspector submits the case assessments they make; the lead inspector"
                + " accepts them or returns them for rework");
        assertThat(move(inspector, AssessmentStatus.RETURNED_FOR_REWORK).allowed()).isFalse();
    }

    @Test
    void aLocalAssessorLikewiseSubmitsOnly() {
        AccessPolicy.Facts local = new AccessPolicy.Facts(false, Set.of(Role.LOCAL_ASSESSOR), false, ALLOCATED);

        assertThat(move(local, AssessmentStatus.SUBMITTED).allowed()).isTrue();
        assertThat(move(local, AssessmentStatus.ACCEPTED).allowed()).isFalse();
        assertThat(move(local, AssessmentStatus.RETURNED_FOR_REWORK).reason()).contains("the lead inspector accepts");
    }

    @Test
    void theLeadInspectorAcceptsAndReturnsAnyCase() {
        AccessPolicy.Facts lead = new AccessPolicy.Facts(false, Set.of(Role.LEAD_INSPECTOR), false, false);

        Ruling<Verdict> accept = move(lead, AssessmentStatus.ACCEPTED);
        assertThat(accept.allowed()).isTrue();
        assertThat(accept.reason()).startsWith("the lead inspector accepts a case assessment or returns it for rework");
        assertThat(move(lead, AssessmentStatus.RETURNED_FOR_REWORK).allowed()).isTrue();
    }

    @Test
    void aLeadInspectorDoesNotDecideACaseTheyAssessedThemselves() {
        AccessPolicy.Facts lead = new AccessPolicy.Facts(false, Set.of(Role.LEAD_INSPECTOR), false, ALLOCATED);

        for (AssessmentStatus decision : new AssessmentStatus[] {AssessmentStatus.ACCEPTED,
                AssessmentStatus.RETURNED_FOR_REWORK}) {
            Ruling<Verdict> own = move(lead, decision, "lowri", "lowri");
            assertThat(own.allowed()).as(decision.name()).isFalse();
            assertThat(own.rule()).isEqualTo(QualityAssurancePolicy.RULE);
            assertThat(own.reason()).isEqualTo("someone other than the case's assessor decides it (lowri assessed this"
                    + " case)");
            assertThat(move(lead, decision, "lowri", "ifan").allowed()).as("another's case").isTrue();
            assertThat(move(lead, decision, "lowri", null).allowed()).as("nobody assessed it yet").isTrue();
        }
        assertThat(move(lead, AssessmentStatus.SUBMITTED, "lowri", "lowri").allowed()).as("submitting one's own")
                .isTrue();
    }

    @Test
    void aPanelMemberOrAnAdministratorNeitherSubmitsNorAccepts() {
        for (AccessPolicy.Facts facts : new AccessPolicy.Facts[] {
                new AccessPolicy.Facts(false, Set.of(Role.PANEL_MEMBER), false, false),
                new AccessPolicy.Facts(true, Set.of(), false, false)}) {
            assertThat(move(facts, AssessmentStatus.SUBMITTED).allowed()).isFalse();
            assertThat(move(facts, AssessmentStatus.ACCEPTED).allowed()).isFalse();
        }
    }

    @Test
    void onlyAcceptingAndReturningAreQualityAssurance() {
        for (AssessmentStatus status : AssessmentStatus.values()) {
            assertThat(QualityAssurancePolicy.assures(status)).as(status.name())
                    .isEqualTo(status == AssessmentStatus.ACCEPTED || status == AssessmentStatus.RETURNED_FOR_REWORK);
        }
    }

    private static Ruling<Verdict> move(AccessPolicy.Facts facts, AssessmentStatus to) {
        return move(facts, to, "asker", "someone else");
    }

    private static Ruling<Verdict> move(AccessPolicy.Facts facts, AssessmentStatus to, String asker, String assessor) {
        return QualityAssurancePolicy.mayMove(to, new QualityAssurancePolicy.Facts(
                AccessPolicy.decide(facts, QualityAssurancePolicy.actionFor(to)), asker, assessor));
    }
}
