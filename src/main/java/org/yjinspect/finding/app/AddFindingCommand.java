package org.yjinspect.finding.app;

import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.finding.domain.FindingWording;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/**
 * Add a strength or an area for improvement to a domain; it goes last of that domain's list of
 * its kind. Whether the inspection's framework has the domain is the use case's check.
 */
public record AddFindingCommand(long inspectionId, int domain, FindingKind kind, String text, Actor actor) {
    public AddFindingCommand {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        Problem.require(domain >= 1 && domain <= 9, "the domain is the framework's domain number, 1 to 4 (got "
                + domain + ")");
        Problem.require(kind != null, "the kind is required: strength or area (for improvement)");
        Problem.require(actor != null, "who is making this change is required");
        text = FindingWording.text(text);
    }
}
