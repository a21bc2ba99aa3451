package org.yjinspect.panel.app;

import org.yjinspect.records.domain.Actor;
import org.yjinspect.platform.problem.Problem;

/** Publish an inspection's final ratings, based on the inspection revision the panel looked at. */
public record PublishCommand(long inspectionId, int baseRevision, Actor actor) {
    public PublishCommand {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        Problem.require(baseRevision > 0, "publishing is based on the inspection's revision (1 or more)");
        Problem.require(actor != null, "who is publishing is required");
    }
}
