package org.yjinspect.audit.db;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.app.AuditTrail;
import org.yjinspect.audit.domain.AuditEntry;

/** Reads table {@code audit_entry}, oldest first, with the case reference of case entries. */
public final class JdbiAuditTrail implements AuditTrail {
    private final Jdbi jdbi;

    public JdbiAuditTrail(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<AuditEntry> find(AuditQuery q) {
        return jdbi.withHandle(h -> h.createQuery("select a.*, c.case_reference from audit_entry a"
                        + " left join sample_case s on s.id = a.sample_case_id"
                        + " left join caseload_case c on c.id = s.case_id"
                        + " where a.inspection_id = :inspection and a.id > :after"
                        + (q.caseReference() != null ? " and c.case_reference = :reference" : "")
                        + (q.standardNumber() != null ? " and a.standard_number = :standard" : "")
                        + " order by a.id limit :limit")
                .bind("inspection", q.inspectionId()).bind("after", q.afterId()).bind("limit", q.limit())
                .bind("reference", q.caseReference()).bind("standard", q.standardNumber())
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getLong("inspection_id"),
                        (Long) rs.getObject("sample_case_id"), rs.getString("case_reference"),
                        rs.getString("standard_number"), rs.getString("entity"), rs.getString("record"),
                        rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
                        rs.getString("actor"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list());
    }
}
