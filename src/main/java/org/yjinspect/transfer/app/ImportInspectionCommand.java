package org.yjinspect.transfer.app;

import java.util.Objects;
import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.transfer.domain.InspectionDocument;

/**
 * Import a document as a new inspection.
 *
 * @param source the file it was read from (its name only), as the audit entry names it
 * @param actor  who imports it, as the audit trail records it
 * @param lead   the importer's username: they lead the new inspection
 */
public record ImportInspectionCommand(InspectionDocument document, String source, Actor actor, String lead) {
    public static final int LONGEST_SOURCE = 200;

    public ImportInspectionCommand {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(actor, "actor");
        source = TextRule.NAME.checked("the file's name", source, LONGEST_SOURCE, true);
        Problem.require(lead != null && !lead.isBlank(), "the importer's account is required: they lead the new"
                + " inspection (sign in on the API; --as USER on the command line)");
    }
}
