package org.yjinspect.panel.app;

import java.util.List;
import org.yjinspect.panel.domain.PublicationPolicy;
import org.yjinspect.rating.domain.Rating;

/**
 * What the ratings panel works from: for each standard the computed (or proposed) rating and its
 * triggers, the decision recorded and whether it still holds, and the final rating; the live
 * ratings page; the inspection's revision (the base for publishing) and what is outstanding.
 */
public record PanelView(LiveRating live, List<StandardLine> standards, PanelDecisions.InspectionState state,
                        PublicationPolicy.Readiness readiness) {
    /** One standard before the panel. {@code decision} has revision 0 when none is recorded. */
    public record StandardLine(String number, String name, boolean caseBased, boolean scored, Rating computedRating,
                               String computedReason, List<String> triggers, Rating proposedRating,
                               PanelDecisions.Decision decision, String decisionRefused, Rating finalRating,
                               String finalReason) {
    }
}
