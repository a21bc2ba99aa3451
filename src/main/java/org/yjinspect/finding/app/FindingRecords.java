package org.yjinspect.finding.app;

import java.util.List;
import org.yjinspect.finding.domain.Finding;
import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.records.domain.Actor;

/**
 * Where an inspection's strengths and areas for improvement are kept. The writes run inside a use
 * case's transaction ({@link org.yjinspect.records.app.RecordWrites}) and append the audit trail in it.
 */
public interface FindingRecords {
    /** The findings not removed, in no particular order. */
    List<FindingLine> current(long inspectionId);

    /** The same, for a change: no other change to the inspection's findings runs until the transaction ends. */
    List<FindingLine> currentForChange(long inspectionId);

    /** Adds one at {@code position} of its list; returns its id. */
    long insert(long inspectionId, Actor actor, int domain, FindingKind kind, String text, int position);

    /** Changes the words, only from the revision it is at (else {@link org.yjinspect.records.app.StaleRecord}). */
    void change(long inspectionId, Actor actor, long id, int baseRevision, String text);

    /** Marks one removed (it keeps its words, loses its position). */
    void remove(long inspectionId, Actor actor, long id);

    /** Stores the positions of renumbered findings, auditing each one that moved. */
    void renumber(long inspectionId, Actor actor, List<Finding> numbered);
}
