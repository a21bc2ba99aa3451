package org.yjinspect.report.app;

import org.yjinspect.report.domain.ReportInputsView;

/**
 * Where the report finds what the lead inspector entered for it: recommendations by addressee
 * and the contextual facts (owned by the recommendation and context features; the composition
 * root adapts their services to this).
 */
@FunctionalInterface
public interface ReportInputs {
    /** Nothing entered anywhere: the report says so in each section. */
    ReportInputs NONE = inspectionId -> ReportInputsView.NONE;

    ReportInputsView of(long inspectionId);
}
