package org.yjinspect.caseload.app;

import java.util.Objects;
import org.yjinspect.caseload.domain.ParsedCaseload;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/**
 * Import a checked caseload export into an inspection, by {@code actor}. Without
 * {@code skipInvalid} a single invalid row stops the whole import; with it, the valid rows are
 * imported and the rest listed.
 */
public record ImportCaseloadCommand(long inspectionId, ParsedCaseload parsed, boolean skipInvalid, Actor actor) {
    public ImportCaseloadCommand {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(actor, "actor");
    }
}
