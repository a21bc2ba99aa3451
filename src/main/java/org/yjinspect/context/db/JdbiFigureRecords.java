package org.yjinspect.context.db;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.context.app.FigureRecords;
import org.yjinspect.context.domain.EnteredFigure;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.InspectionWrites;
import org.yjinspect.records.domain.Actor;

/**
 * Entered figures in PostgreSQL. Writes go through {@link InspectionWrites} (the publication lock
 * first) and audit every field under entity {@code contextual_figure}, record = the figure's id.
 */
public final class JdbiFigureRecords implements FigureRecords {
    private static final String ENTITY = "contextual_figure";
    private final Jdbi jdbi;
    private final InspectionWrites writes;

    public JdbiFigureRecords(Jdbi jdbi, InspectionWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    @Override
    public List<EnteredFigure> current(long inspectionId) {
        return jdbi.withHandle(h -> h.createQuery("select id, label, value, source from contextual_figure"
                        + " where inspection_id = :i and not removed order by id").bind("i", inspectionId)
                .map((rs, c) -> new EnteredFigure(rs.getLong("id"), rs.getString("label"), rs.getString("value"),
                        rs.getString("source"))).list());
    }

    @Override
    public EnteredFigure add(long inspectionId, Actor actor, String label, String value, String source) {
        return writes.write(inspectionId, actor, (h, audit) -> {
            long id = h.createUpdate("insert into contextual_figure (inspection_id, label, value, source, revision,"
                            + " updated_by) values (:i, :l, :v, :s, 1, :by)").bind("i", inspectionId).bind("l", label)
                    .bind("v", value).bind("s", source).bind("by", actor.name())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            String record = String.valueOf(id);
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, record, "label", null, label);
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, record, "value", null, value);
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, record, "source", null, source);
            return new EnteredFigure(id, label, value, source);
        });
    }

    @Override
    public void remove(long inspectionId, Actor actor, long figureId) {
        writes.write(inspectionId, actor, (h, audit) -> {
            int removed = h.createUpdate("update contextual_figure set removed = true, revision = revision + 1,"
                            + " updated_by = :by, updated_at = now() where id = :id and inspection_id = :i and not removed")
                    .bind("by", actor.name()).bind("id", figureId).bind("i", inspectionId).execute();
            if (removed == 0) {
                throw Problem.notFound("there is no figure " + figureId + " in inspection " + inspectionId);
            }
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, String.valueOf(figureId), "removed", false, true);
            return null;
        });
    }
}
