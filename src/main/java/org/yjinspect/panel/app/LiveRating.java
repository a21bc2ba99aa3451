package org.yjinspect.panel.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.assessment.app.SampleJudgements;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.organisation.app.OrganisationRecords;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.StandardResult;

/**
 * An inspection's ratings as they stand at this moment, computed from the stored records: the
 * engine's ratings page, and the decisions and proposals it was given. A panel decision the
 * engine refused for the current figures is on its standard in the ratings page (the computed
 * rating stands there); {@link #refusedDecisions()} lists those with the engine's reason.
 */
public record LiveRating(Inspection inspection, InspectionRating rating, SampleJudgements judgements,
                         Map<String, OrganisationRecords.ProposedRating> proposed,
                         Map<String, PanelDecisions.Decision> decisions) {
    public LiveRating {
        proposed = Map.copyOf(proposed);
        decisions = Map.copyOf(decisions);
    }

    /** Standard number to why its recorded panel decision no longer holds, in standard order. */
    public Map<String, String> refusedDecisions() {
        Map<String, String> refused = new LinkedHashMap<>();
        for (StandardResult standard : rating.refusedPanelDecisions()) {
            refused.put(standard.number(), standard.panelRefusal().orElseThrow());
        }
        return refused;
    }
}
