package org.yjinspect.panel.app;

import java.util.Map;
import org.yjinspect.assessment.app.SampleJudgements;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.organisation.app.OrganisationRecords;
import org.yjinspect.rating.app.InspectionRating;

/**
 * An inspection's ratings as they stand at this moment, computed from the stored records: the
 * engine's ratings page, the decisions and proposals it was given, and any panel decision the
 * engine refused for the current figures (left out of the rating, with the engine's reason).
 */
public record LiveRating(Inspection inspection, InspectionRating rating, SampleJudgements judgements,
                         Map<String, OrganisationRecords.ProposedRating> proposed,
                         Map<String, PanelDecisions.Decision> decisions, Map<String, String> refusedDecisions) {
    public LiveRating {
        proposed = Map.copyOf(proposed);
        decisions = Map.copyOf(decisions);
        refusedDecisions = Map.copyOf(refusedDecisions);
    }
}
