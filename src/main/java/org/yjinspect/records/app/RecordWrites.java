package org.yjinspect.records.app;

import java.util.function.Supplier;
import org.yjinspect.records.domain.Actor;

/**
 * The transaction a use case's write runs in, when the use case must read, decide and write in
 * one go (a status move decided on the answers as they stand). The publication lock is checked
 * first, before any other rule; the actor is the one every audit entry of the write names.
 */
public interface RecordWrites {
    <T> T write(long inspectionId, Actor actor, Supplier<T> work);

    /**
     * A write that must see everything written before it and nothing during it (publishing): every
     * other write to the inspection waits until it has finished.
     */
    <T> T exclusively(long inspectionId, Actor actor, Supplier<T> work);

    /** Refuses (as {@link InspectionLocked}) when the inspection is published: the lock comes before any other rule. */
    void refuseIfLocked(long inspectionId);
}
