package org.yjinspect.transfer.db;

import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.transfer.app.ImportInspectionCommand;
import org.yjinspect.transfer.domain.InspectionDocument;

/**
 * What the import itself adds after the source's history: the importer as the inspection's lead
 * (usernames of one server mean nothing on another, so the source's team is not carried over as
 * members), and the audit entries saying where it came from, who the source team was, which
 * allocations were left behind, and that it arrived published.
 */
final class ImportEntries {
    static final String ENTITY = "inspection";

    private ImportEntries() {
    }

    static void imported(Handle h, long id, ImportInspectionCommand command) {
        AuditLog audit = AuditLog.of(h, id, command.actor());
        InspectionDocument document = command.document();
        String record = String.valueOf(id);
        audit.record(AuditLog.Scope.INSPECTION, ENTITY, record, "imported_from", null, "file " + command.source()
                + " (" + document.header().origin() + ") by " + command.actor().name());
        appointLead(h, audit, id, command.lead());
        audit.record(AuditLog.Scope.INSPECTION, ENTITY, record, "source_team", null, document.rows("sourceTeam").isEmpty()
                ? "none" : document.rows("sourceTeam").stream().map(row -> InspectionDocument.value("sourceTeam", row,
                "member") + " " + InspectionDocument.value("sourceTeam", row, "username") + " ("
                + InspectionDocument.value("sourceTeam", row, "role") + ")").collect(Collectors.joining(", ")));
        int allocations = document.rows("allocations").size();
        if (allocations > 0) {
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, record, "allocations_not_carried", null, allocations
                    + " case allocations on the source server were not carried over (its accounts are not this"
                    + " server's): allocate the cases again");
        }
        document.one("publication").ifPresent(row -> audit.record(AuditLog.Scope.INSPECTION, ENTITY, record,
                "imported_as_published", null, "published on the source at " + InspectionDocument.value("publication",
                        row, "publishedAt") + " by " + InspectionDocument.value("publication", row, "publishedBy")
                        + "; imported published and locked"));
    }

    private static void appointLead(Handle h, AuditLog audit, long id, String lead) {
        int rows = h.createUpdate("insert into inspection_member (inspection_id, user_id, role, added_by)"
                        + " select :i, id, 'LEAD_INSPECTOR', :by from user_account where username = :u and active")
                .bind("i", id).bind("u", lead).bind("by", audit.actor().name()).execute();
        if (rows != 1) {
            throw Problem.invalid("there is no active account " + SafeText.shown(lead) + " to lead the imported"
                    + " inspection; nothing was imported");
        }
        audit.record(AuditLog.Scope.INSPECTION, "team member", lead, "role", null, "LEAD_INSPECTOR");
    }
}
