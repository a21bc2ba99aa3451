package org.yjinspect.context.app;

import org.yjinspect.context.domain.FigureWording;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/** Enter a national or local figure beside the caseload's profile: what it is, its value, where it comes from. */
public record AddFigureCommand(long inspectionId, String label, String value, String source, Actor actor) {
    public AddFigureCommand {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        Problem.require(actor != null, "who is making this change is required");
        label = FigureWording.label(label);
        value = FigureWording.value(value);
        source = FigureWording.source(source);
    }
}
