package org.yjinspect.context.app;

import java.util.List;
import org.yjinspect.caseload.app.CaseloadService;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.context.domain.CaseloadProfile;
import org.yjinspect.context.domain.ContextualFactsView;
import org.yjinspect.context.domain.EnteredFigure;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.app.RecordWrites;
import org.yjinspect.records.domain.Actor;

/**
 * The report's contextual facts: the profile of the caseload as imported (computed each time, so
 * it is always the caseload the sample was drawn from) beside the figures the lead inspector entered.
 */
public final class ContextualFacts {
    private final InspectionService inspections;
    private final CaseloadService caseloads;
    private final FigureRecords figures;
    private final RecordWrites writes;

    public ContextualFacts(InspectionService inspections, CaseloadService caseloads, FigureRecords figures,
                           RecordWrites writes) {
        this.inspections = inspections;
        this.caseloads = caseloads;
        this.figures = figures;
        this.writes = writes;
    }

    public ContextualFactsView of(long inspectionId) {
        List<CaseRecord> caseload = caseloads.caseload(inspectionId).records();
        return new ContextualFactsView(caseload.size(), CaseloadProfile.of(caseload), figures.current(inspectionId));
    }

    public EnteredFigure addFigure(AddFigureCommand c) {
        inspections.get(c.inspectionId());
        return writes.write(c.inspectionId(), c.actor(), () -> figures.add(c.inspectionId(), c.actor(), c.label(),
                c.value(), c.source()));
    }

    /** Removes one figure; returns the figures as they now stand. */
    public List<EnteredFigure> removeFigure(long inspectionId, long figureId, Actor actor) {
        Problem.require(actor != null, "who is making this change is required");
        inspections.get(inspectionId);
        writes.write(inspectionId, actor, () -> {
            figures.remove(inspectionId, actor, figureId);
            return null;
        });
        return figures.current(inspectionId);
    }
}
