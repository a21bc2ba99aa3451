package org.yjinspect.secondreading.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yjinspect.access.domain.Role;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.CaseAssessment;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.secondreading.domain.BlindReadingPolicy;
import org.yjinspect.secondreading.domain.ReadingState;

/**
 * One inspection's second reading as it stands, read in one consistent snapshot: its sampled cases
 * with their first readings' status, who each is allocated to, the team's roles, and the stored
 * second readings. Everything a use case decides on, so that it decides on one moment.
 */
record ReadingContext(long inspectionId, Framework framework, Map<Long, CaseViews.CaseSummary> sampled,
                      Map<String, String> allocations, Map<String, Set<Role>> members,
                      Map<Long, SecondReadingRecords.StoredCase> stored) {
    /** A sampled case still in the sample, or a Problem naming it. */
    AssessedCase sampledCase(long sampleCaseId) {
        CaseViews.CaseSummary summary = sampled.get(sampleCaseId);
        if (summary == null || !summary.assessedCase().selected()) {
            throw Problem.notFound("there is no sampled case " + sampleCaseId + " in inspection " + inspectionId);
        }
        return summary.assessedCase();
    }

    Optional<AssessedCase> byReference(String reference) {
        return sampled.values().stream().map(CaseViews.CaseSummary::assessedCase)
                .filter(c -> c.selected() && c.reference().equals(reference)).findFirst();
    }

    /** A chosen case, or a Problem saying it is not chosen. */
    SecondReadingRecords.StoredCase chosen(long sampleCaseId) {
        AssessedCase c = sampledCase(sampleCaseId);
        SecondReadingRecords.StoredCase s = stored.get(sampleCaseId);
        if (s == null) {
            throw Problem.notFound("case " + c.reference() + " is not chosen for second reading in inspection "
                    + inspectionId);
        }
        return s;
    }

    CaseAssessment assessment(long sampleCaseId) {
        return CaseAssessment.of(sampledCase(sampleCaseId), framework);
    }

    Set<Role> roles(String username) {
        return members.getOrDefault(username, Set.of());
    }

    String firstReader(long sampleCaseId) {
        SecondReadingRecords.StoredCase s = stored.get(sampleCaseId);
        return s != null && s.revealed() && s.firstReader() != null ? s.firstReader()
                : allocations.get(sampledCase(sampleCaseId).reference());
    }

    ReadingState firstState(long sampleCaseId) {
        SecondReadingRecords.StoredCase s = stored.get(sampleCaseId);
        AssessmentStatus status = sampled.get(sampleCaseId).status().status();
        if (s != null && s.revealed() || status == AssessmentStatus.SUBMITTED || status == AssessmentStatus.ACCEPTED) {
            return ReadingState.SUBMITTED;
        }
        return status == AssessmentStatus.NOT_STARTED ? ReadingState.NOT_STARTED : ReadingState.IN_PROGRESS;
    }

    ChosenCase view(long sampleCaseId) {
        SecondReadingRecords.StoredCase s = chosen(sampleCaseId);
        return new ChosenCase(sampleCaseId, sampledCase(sampleCaseId).reference(), firstReader(sampleCaseId),
                s.secondReader() != null ? s.secondReader() : s.secondReaderName(), s.drawn(), firstState(sampleCaseId), s.state(), s.revealed(), s.revision(),
                s.chosenBy(), s.chosenAt());
    }

    /** The chosen cases still in the sample, in reference order. */
    List<ChosenCase> views() {
        return stored.keySet().stream().filter(id -> sampled.containsKey(id) && sampled.get(id).assessedCase().selected())
                .map(this::view).sorted(java.util.Comparator.comparing(ChosenCase::caseReference)).toList();
    }

    /** What the blind rule decides on for this person and case; once revealed both readings count as submitted. */
    BlindReadingPolicy.Facts blindFacts(long sampleCaseId, String username) {
        SecondReadingRecords.StoredCase s = chosen(sampleCaseId);
        boolean revealed = s.revealed();
        return new BlindReadingPolicy.Facts(sampledCase(sampleCaseId).reference(), roles(username),
                username.equals(firstReader(sampleCaseId)), username.equals(s.secondReader()),
                revealed || firstState(sampleCaseId).submitted(), revealed || s.state().submitted());
    }

    static Map<Long, CaseViews.CaseSummary> byId(List<CaseViews.CaseSummary> cases) {
        Map<Long, CaseViews.CaseSummary> byId = new LinkedHashMap<>();
        cases.forEach(c -> byId.put(c.assessedCase().sampleCaseId(), c));
        return byId;
    }
}
