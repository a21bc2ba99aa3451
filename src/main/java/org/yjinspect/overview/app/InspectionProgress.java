package org.yjinspect.overview.app;

import java.util.List;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.overview.domain.InspectionStage;
import org.yjinspect.overview.domain.InspectionStagePolicy;
import org.yjinspect.panel.app.PanelService;
import org.yjinspect.rules.Ruling;

/**
 * Use case: how far an inspection has got, for the list of inspections: its stage and how many
 * of the cases to assess (those of a rated case type, still in the sample) are assessed, that
 * is submitted or accepted. Read from the records each time.
 */
public final class InspectionProgress {
    private final AssessmentService assessments;
    private final PanelService panel;

    public InspectionProgress(AssessmentService assessments, PanelService panel) {
        this.assessments = assessments;
        this.panel = panel;
    }

    /** One inspection's stage, and its cases assessed out of the cases to assess. */
    public record Line(Inspection inspection, Ruling<InspectionStage> stage, int casesAssessed, int casesToAssess) {
        /** The whole number of per cent assessed, for a progress bar's text. */
        public int percent() {
            return casesToAssess == 0 ? 0 : casesAssessed * 100 / casesToAssess;
        }
    }

    public Line of(Inspection inspection) {
        return of(inspection, inSample(inspection.id()));
    }

    /** The same, from the case list already read (the overview reads it once for both). */
    public Line of(Inspection inspection, List<CaseViews.CaseSummary> inSample) {
        List<CaseViews.CaseSummary> toAssess = inSample.stream().filter(CaseViews.CaseSummary::assessed).toList();
        int assessed = (int) toAssess.stream().filter(InspectionProgress::assessed).count();
        int begun = (int) inSample.stream().filter(InspectionProgress::begun).count();
        boolean published = panel.state(inspection.id()).publishedAt() != null;
        Ruling<InspectionStage> stage = InspectionStagePolicy.decide(new InspectionStagePolicy.Facts(published,
                inspection.caseloadRevision(), inSample.size(), begun));
        return new Line(inspection, stage, assessed, toAssess.size());
    }

    /** The cases now in the sample (a replaced case is no longer in it). */
    public List<CaseViews.CaseSummary> inSample(long inspectionId) {
        return assessments.list(inspectionId).stream().filter(c -> c.assessedCase().selected()).toList();
    }

    static boolean assessed(CaseViews.CaseSummary c) {
        AssessmentStatus status = c.status().status();
        return status == AssessmentStatus.SUBMITTED || status == AssessmentStatus.ACCEPTED;
    }

    private static boolean begun(CaseViews.CaseSummary c) {
        return c.status().status() != AssessmentStatus.NOT_STARTED || c.keyQuestionsAnswered() > 0;
    }
}
