package org.yjinspect.assessment.page;

import java.util.List;
import java.util.Set;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.domain.AssessmentStatus;

/**
 * The sampled cases one person may see, in the sample's order, and the way between them:
 * previous, next, and the next case with a key question still unanswered.
 */
public record CaseList(List<CaseViews.CaseSummary> cases) {
    /** {@code only}: the cases a local assessor holds, or null for all of them. */
    static CaseList of(List<CaseViews.CaseSummary> all, Set<Long> only) {
        return new CaseList(only == null ? all
                : all.stream().filter(c -> only.contains(c.assessedCase().sampleCaseId())).toList());
    }

    /** Where one case sits among the others. Each neighbour is null when there is none. */
    public record Place(int position, int of, CaseViews.CaseSummary previous, CaseViews.CaseSummary next,
                        CaseViews.CaseSummary nextUnanswered) {
    }

    public static boolean unanswered(CaseViews.CaseSummary c) {
        AssessmentStatus s = c.status().status();
        boolean open = s == AssessmentStatus.NOT_STARTED || s == AssessmentStatus.IN_PROGRESS
                || s == AssessmentStatus.RETURNED_FOR_REWORK;
        return c.assessed() && open && c.keyQuestionsAnswered() < c.keyQuestions();
    }

    /** The first case, in order, with a key question unanswered; null when none is left. */
    public CaseViews.CaseSummary firstUnanswered() {
        return cases.stream().filter(CaseList::unanswered).findFirst().orElse(null);
    }

    public Place placeOf(long sampleCaseId) {
        int at = -1;
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).assessedCase().sampleCaseId() == sampleCaseId) {
                at = i;
            }
        }
        if (at < 0) {
            return new Place(0, cases.size(), null, null, firstUnanswered());
        }
        CaseViews.CaseSummary after = null;
        for (int step = 1; step < cases.size() && after == null; step++) {
            CaseViews.CaseSummary candidate = cases.get((at + step) % cases.size());
            after = unanswered(candidate) ? candidate : null;
        }
        return new Place(at + 1, cases.size(), at > 0 ? cases.get(at - 1) : null,
                at + 1 < cases.size() ? cases.get(at + 1) : null, after);
    }

    public int answeredCases() {
        return (int) cases.stream().filter(c -> !unanswered(c)).count();
    }
}
