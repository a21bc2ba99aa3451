package org.yjinspect.recommendation.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.recommendation.app.RecommendationLine;
import org.yjinspect.recommendation.app.RecommendationRecords;
import org.yjinspect.recommendation.domain.Recommendation;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.InspectionWrites;
import org.yjinspect.records.domain.Actor;

/**
 * Recommendations in PostgreSQL. Each write joins the use case's transaction through
 * {@link InspectionWrites} (the publication lock first) and audits every field it changes under
 * entity {@code recommendation}, record = the recommendation's id.
 */
public final class JdbiRecommendationRecords implements RecommendationRecords {
    private static final String ENTITY = "recommendation";
    /** Advisory lock key (with the inspection id) serialising changes to one inspection's list. */
    private static final int LIST_LOCK = 5953;
    private final Jdbi jdbi;
    private final InspectionWrites writes;

    public JdbiRecommendationRecords(Jdbi jdbi, InspectionWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    @Override
    public List<RecommendationLine> current(long inspectionId) {
        return jdbi.withHandle(h -> select(h, inspectionId));
    }

    @Override
    public List<RecommendationLine> currentForChange(long inspectionId) {
        return jdbi.withHandle(h -> {
            h.createQuery("select pg_advisory_xact_lock(:key, cast(:id as int))").bind("key", LIST_LOCK)
                    .bind("id", inspectionId).mapTo(String.class).one();
            return select(h, inspectionId);
        });
    }

    @Override
    public long insert(long inspectionId, Actor actor, String addressee, String text, int position) {
        return writes.write(inspectionId, actor, (h, audit) -> {
            long id = h.createUpdate("insert into report_recommendation (inspection_id, addressee, text, position,"
                            + " revision, updated_by) values (:i, :a, :t, :p, 1, :by)")
                    .bind("i", inspectionId).bind("a", addressee).bind("t", text).bind("p", position)
                    .bind("by", actor.name()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, String.valueOf(id), "addressee", null, addressee);
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, String.valueOf(id), "text", null, text);
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, String.valueOf(id), "position", null, position);
            return id;
        });
    }

    @Override
    public void change(long inspectionId, Actor actor, long id, int baseRevision, String addressee, String text) {
        writes.write(inspectionId, actor, (h, audit) -> {
            RecommendationLine old = line(h, inspectionId, id);
            if (old.revision() != baseRevision) {
                throw new StaleRecord(StaleRecord.message("recommendation " + id, baseRevision, old.revision(),
                        old.updatedBy()), old);
            }
            String oldAddressee = old.recommendation().addressee();
            String oldText = old.recommendation().text();
            if (oldAddressee.equals(addressee) && oldText.equals(text)) {
                return null;
            }
            h.createUpdate("update report_recommendation set addressee = :a, text = :t, revision = revision + 1,"
                            + " updated_by = :by, updated_at = now() where id = :id")
                    .bind("a", addressee).bind("t", text).bind("by", actor.name()).bind("id", id).execute();
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, String.valueOf(id), "addressee", oldAddressee, addressee);
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, String.valueOf(id), "text", oldText, text);
            return null;
        });
    }

    @Override
    public void remove(long inspectionId, Actor actor, long id) {
        writes.write(inspectionId, actor, (h, audit) -> {
            RecommendationLine old = line(h, inspectionId, id);
            h.createUpdate("update report_recommendation set removed = true, position = null,"
                            + " revision = revision + 1, updated_by = :by, updated_at = now() where id = :id")
                    .bind("by", actor.name()).bind("id", id).execute();
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, String.valueOf(id), "removed", false, true);
            audit.record(AuditLog.Scope.INSPECTION, ENTITY, String.valueOf(id), "position",
                    old.recommendation().position(), null);
            return null;
        });
    }

    @Override
    public void renumber(long inspectionId, Actor actor, List<Recommendation> numbered) {
        writes.write(inspectionId, actor, (h, audit) -> {
            Map<Long, Integer> stored = select(h, inspectionId).stream().map(RecommendationLine::recommendation)
                    .collect(Collectors.toMap(Recommendation::id, Recommendation::position));
            for (Recommendation r : numbered) {
                Integer before = stored.get(r.id());
                if (before != null && before != r.position()) {
                    h.createUpdate("update report_recommendation set position = :p where id = :id")
                            .bind("p", r.position()).bind("id", r.id()).execute();
                    audit.record(AuditLog.Scope.INSPECTION, ENTITY, String.valueOf(r.id()), "position", before,
                            r.position());
                }
            }
            return null;
        });
    }

    private static RecommendationLine line(Handle h, long inspectionId, long id) {
        return h.createQuery("select * from report_recommendation where id = :id and inspection_id = :i and not removed")
                .bind("id", id).bind("i", inspectionId).map((rs, c) -> row(rs)).findOne()
                .orElseThrow(() -> Problem.notFound("there is no recommendation " + id + " in inspection "
                        + inspectionId));
    }

    private static List<RecommendationLine> select(Handle h, long inspectionId) {
        return h.createQuery("select * from report_recommendation where inspection_id = :i and not removed"
                + " order by position, id").bind("i", inspectionId).map((rs, c) -> row(rs)).list();
    }

    private static RecommendationLine row(ResultSet rs) throws SQLException {
        return new RecommendationLine(new Recommendation(rs.getLong("id"), rs.getString("addressee"),
                rs.getInt("position"), rs.getString("text")), rs.getInt("revision"), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
