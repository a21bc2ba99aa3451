package org.yjinspect.overview.app;

import java.util.List;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.rating.domain.Rating;

/**
 * What the inspection overview shows one person: the set-up facts and stage for everyone on the
 * inspection; the cases they may see ({@code casesShown} false when they may see none); and,
 * for those who may read the ratings, the live ratings, progress per standard and what stands
 * in the way of publication ({@code panel} null otherwise).
 */
public record OverviewView(Inspection inspection, InspectionProgress.Line progress, List<String> leadInspectors,
                           boolean casesShown, List<CaseLine> cases, PanelView panel, List<StandardProgress> standards) {
    public OverviewView {
        leadInspectors = List.copyOf(leadInspectors);
        cases = List.copyOf(cases);
        standards = List.copyOf(standards);
    }

    public boolean ratingsShown() {
        return panel != null;
    }

    /** One sampled case: its reference (never a name), type, status, key questions judged, and who has it. */
    public record CaseLine(long sampleCaseId, String reference, CaseType caseType, AssessmentStatus status,
                           int keyQuestionsAnswered, int keyQuestions, List<String> allocatedTo) {
        public CaseLine {
            allocatedTo = List.copyOf(allocatedTo);
        }
    }

    /**
     * One standard's progress: for a case-based standard the key question judgements given out of
     * those to give (each sampled case of its type, each key question); for a qualitative one
     * whether the lead inspector has proposed a rating.
     */
    public record StandardProgress(String number, String name, boolean caseBased, int judgementsGiven,
                                   int judgementsToGive, Rating proposedRating) {
    }
}
