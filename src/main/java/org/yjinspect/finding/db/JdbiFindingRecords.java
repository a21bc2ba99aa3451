package org.yjinspect.finding.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.finding.app.FindingLine;
import org.yjinspect.finding.app.FindingRecords;
import org.yjinspect.finding.domain.Finding;
import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.InspectionWrites;
import org.yjinspect.records.domain.Actor;

/**
 * Findings in PostgreSQL. Each write joins the use case's transaction through
 * {@link InspectionWrites} (the publication lock first) and audits every field it changes under
 * entity {@code finding}, record = the finding's id.
 */
public final class JdbiFindingRecords implements FindingRecords {
    private static final String ENTITY = "finding";
    /** Advisory lock key (with the inspection id) serialising changes to one inspection's findings. */
    private static final int LIST_LOCK = 5954;
    private final Jdbi jdbi;
    private final InspectionWrites writes;

    public JdbiFindingRecords(Jdbi jdbi, InspectionWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    @Override
    public List<FindingLine> current(long inspectionId) {
        return jdbi.withHandle(h -> select(h, inspectionId));
    }

    @Override
    public List<FindingLine> currentForChange(long inspectionId) {
        return jdbi.withHandle(h -> {
            h.createQuery("select pg_advisory_xact_lock(:key, cast(:id as int))").bind("key", LIST_LOCK)
                    .bind("id", inspectionId).mapTo(String.class).one();
            return select(h, inspectionId);
        });
    }

    @Override
    public long insert(long inspectionId, Actor actor, int domain, FindingKind kind, String text, int position) {
        return writes.write(inspectionId, actor, (h, audit) -> {
            long id = h.createUpdate("insert into report_finding (inspection_id, domain_number, kind, text, position,"
                            + " revision, updated_by) values (:i, :d, :k, :t, :p, 1, :by)")
                    .bind("i", inspectionId).bind("d", domain).bind("k", kind.name()).bind("t", text)
                    .bind("p", position).bind("by", actor.name()).executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class).one();
            String record = String.valueOf(id);
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, record, "domain", null, domain);
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, record, "kind", null, kind.name());
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, record, "text", null, text);
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, record, "position", null, position);
            return id;
        });
    }

    @Override
    public void change(long inspectionId, Actor actor, long id, int baseRevision, String text) {
        writes.write(inspectionId, actor, (h, audit) -> {
            FindingLine old = line(h, inspectionId, id);
            if (old.revision() != baseRevision) {
                throw new StaleRecord(StaleRecord.message("finding " + id, baseRevision, old.revision(),
                        old.updatedBy()), old);
            }
            String oldText = old.finding().text();
            if (oldText.equals(text)) {
                return null;
            }
            h.createUpdate("update report_finding set text = :t, revision = revision + 1, updated_by = :by,"
                    + " updated_at = now() where id = :id").bind("t", text).bind("by", actor.name()).bind("id", id)
                    .execute();
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, String.valueOf(id), "text", oldText, text);
            return null;
        });
    }

    @Override
    public void remove(long inspectionId, Actor actor, long id) {
        writes.write(inspectionId, actor, (h, audit) -> {
            FindingLine old = line(h, inspectionId, id);
            h.createUpdate("update report_finding set removed = true, position = null, revision = revision + 1,"
                    + " updated_by = :by, updated_at = now() where id = :id").bind("by", actor.name()).bind("id", id)
                    .execute();
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, String.valueOf(id), "removed", false, true);
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, String.valueOf(id), "position", old.finding().position(),
                    null);
            return null;
        });
    }

    @Override
    public void renumber(long inspectionId, Actor actor, List<Finding> numbered) {
        writes.write(inspectionId, actor, (h, audit) -> {
            Map<Long, Integer> stored = select(h, inspectionId).stream().map(FindingLine::finding)
                    .collect(Collectors.toMap(Finding::id, Finding::position));
            for (Finding f : numbered) {
                Integer before = stored.get(f.id());
                if (before != null && before != f.position()) {
                    h.createUpdate("update report_finding set position = :p where id = :id")
                            .bind("p", f.position()).bind("id", f.id()).execute();
                    audit.record(AuditLog.Scope.INSPECTION, ENTITY, String.valueOf(f.id()), "position", before,
                            f.position());
                }
            }
            return null;
        });
    }

    private static FindingLine line(Handle h, long inspectionId, long id) {
        return h.createQuery("select * from report_finding where id = :id and inspection_id = :i and not removed")
                .bind("id", id).bind("i", inspectionId).map((rs, c) -> row(rs)).findOne()
                .orElseThrow(() -> Problem.notFound("there is no finding " + id + " in inspection " + inspectionId));
    }

    private static List<FindingLine> select(Handle h, long inspectionId) {
        return h.createQuery("select * from report_finding where inspection_id = :i and not removed"
                + " order by domain_number, kind desc, position, id").bind("i", inspectionId)
                .map((rs, c) -> row(rs)).list();
    }

    private static FindingLine row(ResultSet rs) throws SQLException {
        return new FindingLine(new Finding(rs.getLong("id"), rs.getInt("domain_number"),
                FindingKind.valueOf(rs.getString("kind")), rs.getInt("position"), rs.getString("text")),
                rs.getInt("revision"), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
