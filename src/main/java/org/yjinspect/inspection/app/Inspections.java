package org.yjinspect.inspection.app;

import java.util.List;
import java.util.Optional;
import org.yjinspect.inspection.domain.DeletedInspection;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.inspection.domain.InspectionDetails;
import org.yjinspect.records.domain.Actor;

/** Where inspections are kept. */
public interface Inspections {
    /** Stores a new inspection and records its creation, by {@code actor}, in its audit trail. */
    /** Adds the inspection and, when {@code lead} names an account, makes it the lead inspector: one transaction. */
    Inspection add(InspectionDetails details, Actor actor, String lead);

    /** An inspection that exists (a deleted one does not). */
    Optional<Inspection> find(long id);

    List<Inspection> all();

    /** The record kept of an inspection that was deleted. */
    Optional<DeletedInspection> deleted(long id);

    /**
     * Refuses (as locked) when the inspection is published, and (as not found) when it does not
     * exist: the publication lock, asked before any other rule of a write.
     */
    void mustBeWritable(long id, Actor actor);

    /**
     * Removes the inspection and every record that belongs to it, keeping its audit trail and a
     * record of the deletion, in one transaction that waits for writes in flight. Refused (as
     * locked) when the inspection is published.
     */
    InspectionDeleted delete(Inspection inspection, String reason, Actor actor);
}
