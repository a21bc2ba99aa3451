package org.yjinspect.context.app;

import java.util.List;
import org.yjinspect.context.domain.EnteredFigure;
import org.yjinspect.records.domain.Actor;

/** Where the figures entered beside the caseload's profile are kept; writes audited, behind the publication lock. */
public interface FigureRecords {
    /** The figures not removed, in the order they were entered. */
    List<EnteredFigure> current(long inspectionId);

    EnteredFigure add(long inspectionId, Actor actor, String label, String value, String source);

    /** Marks one removed (it stays, with its words); not found when it is not a current figure of the inspection. */
    void remove(long inspectionId, Actor actor, long figureId);
}
