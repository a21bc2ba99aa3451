package org.yjinspect.inspection.app;

import java.util.List;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.problem.Problem;

/** Setting up inspections and finding them again. */
public final class InspectionService {
    private final Inspections inspections;

    public InspectionService(Inspections inspections) {
        this.inspections = inspections;
    }

    public Inspection create(CreateInspectionCommand command) {
        return inspections.add(command.details());
    }

    public Inspection get(long id) {
        return inspections.find(id).orElseThrow(() -> Problem.notFound("there is no inspection " + id));
    }

    public List<Inspection> all() {
        return inspections.all();
    }
}
