package org.yjinspect.inspection.app;

import java.util.List;
import org.yjinspect.inspection.domain.DeletedInspection;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/** Setting up inspections, finding them again, and deleting one that was never published. */
public final class InspectionService {
    private final Inspections inspections;

    public InspectionService(Inspections inspections) {
        this.inspections = inspections;
    }

    public Inspection create(CreateInspectionCommand command) {
        return inspections.add(command.details(), command.actor(), command.lead());
    }

    /** The inspection, or not found (saying so, with who and why, if it was deleted). */
    public Inspection get(long id) {
        return inspections.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * The inspection, for a write: not found first, then the publication lock, so that every
     * write to a published inspection is refused as locked before any rule of its own is asked.
     */
    public Inspection writable(long id, Actor actor) {
        Inspection inspection = get(id);
        inspections.mustBeWritable(id, actor);
        return inspection;
    }

    /** Passes for an inspection that exists or was deleted: its audit trail can still be read. */
    public void requireKnown(long id) {
        if (inspections.find(id).isEmpty() && inspections.deleted(id).isEmpty()) {
            throw notFound(id);
        }
    }

    public List<Inspection> all() {
        return inspections.all();
    }

    public InspectionDeleted delete(DeleteInspectionCommand command) {
        Inspection inspection = writable(command.inspectionId(), command.actor());
        return inspections.delete(inspection, command.reason(), command.actor());
    }

    private Problem notFound(long id) {
        return Problem.notFound(inspections.deleted(id).map(DeletedInspection::explanation)
                .orElse("there is no inspection " + id));
    }
}
