package org.yjinspect.assessment.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.CaseType;

class CaseListTest {
    private static CaseViews.CaseSummary summary(long id, AssessmentStatus status, int answered) {
        AssessedCase c = new AssessedCase(id, 1, "YJ-" + id, CaseType.COURT_DISPOSAL, DisposalType.REFERRAL_ORDER,
                RiskLevel.LOW, RiskLevel.LOW, true);
        return new CaseViews.CaseSummary(c, true, new CaseRecords.CaseStatus(id, status, null, 1, "ceri", null),
                answered, 12);
    }

    private static final List<CaseViews.CaseSummary> CASES = List.of(
            summary(1, AssessmentStatus.IN_PROGRESS, 3), summary(2, AssessmentStatus.ACCEPTED, 12),
            summary(3, AssessmentStatus.SUBMITTED, 12), summary(4, AssessmentStatus.NOT_STARTED, 0));

    @Test
    void theNextUnansweredCaseIsTheFirstOpenOneAfterThisWrappingRound() {
        CaseList list = CaseList.of(CASES, null);
        assertThat(list.placeOf(1).nextUnanswered().assessedCase().sampleCaseId()).isEqualTo(4);
        assertThat(list.placeOf(4).nextUnanswered().assessedCase().sampleCaseId()).isEqualTo(1);
        assertThat(list.placeOf(2).nextUnanswered().assessedCase().sampleCaseId()).isEqualTo(4);
        assertThat(list.firstUnanswered().assessedCase().sampleCaseId()).isEqualTo(1);
        assertThat(list.answeredCases()).isEqualTo(2);
    }

    @Test
    void theFirstCaseHasNoPreviousAndTheLastNoNext() {
        CaseList.Place first = CaseList.of(CASES, null).placeOf(1);
        assertThat(first.previous()).isNull();
        assertThat(first.next().assessedCase().sampleCaseId()).isEqualTo(2);
        assertThat(first.position()).isEqualTo(1);
        CaseList.Place last = CaseList.of(CASES, null).placeOf(4);
        assertThat(last.next()).isNull();
        assertThat(last.previous().assessedCase().sampleCaseId()).isEqualTo(3);
        assertThat(last.of()).isEqualTo(4);
    }

    @Test
    void aLocalAssessorsListHoldsOnlyTheirCasesAndTheirNeighboursAreTheirs() {
        CaseList theirs = CaseList.of(CASES, Set.of(1L, 4L));
        assertThat(theirs.cases()).extracting(c -> c.assessedCase().sampleCaseId()).containsExactly(1L, 4L);
        assertThat(theirs.placeOf(1).next().assessedCase().sampleCaseId()).isEqualTo(4);
    }

    @Test
    void aCaseEveryoneHasFinishedLeavesNoUnansweredCase() {
        List<CaseViews.CaseSummary> done = IntStream.rangeClosed(1, 3)
                .mapToObj(i -> summary(i, AssessmentStatus.IN_PROGRESS, 12)).toList();
        CaseList list = CaseList.of(done, null);
        assertThat(list.firstUnanswered()).isNull();
        assertThat(list.placeOf(2).nextUnanswered()).isNull();
    }
}
