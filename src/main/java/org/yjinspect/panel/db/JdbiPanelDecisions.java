package org.yjinspect.panel.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.InspectionWrites;
import org.yjinspect.records.db.VersionedRow;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.panel.app.PanelDecisions;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.rating.domain.Rating;

/**
 * Panel decisions, versioned and audited like every record; publishing through
 * {@link InspectionWrites#exclusively}, so it waits for writes in flight, sees them all, and
 * every later write is refused by the publication lock.
 */
public final class JdbiPanelDecisions implements PanelDecisions {
    private static final VersionedRow DECISION = new VersionedRow("panel_decision",
            List.of("inspection_id", "standard_number"), List.of(), List.of("rating", "rationale"));
    private final Jdbi jdbi;
    private final InspectionWrites writes;

    public JdbiPanelDecisions(Jdbi jdbi, InspectionWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    @Override
    public Map<String, Decision> decisions(long inspectionId) {
        Map<String, Decision> decisions = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("select * from panel_decision where inspection_id = :i order by standard_number")
                .bind("i", inspectionId).map((rs, c) -> decision(rs)).forEach(d -> decisions.put(d.standardNumber(), d)));
        return decisions;
    }

    @Override
    public Decision decide(long inspectionId, int baseRevision, Actor actor, String standardNumber, Rating rating,
                           String rationale) {
        return writes.write(inspectionId, actor, (h, audit) -> {
            var key = VersionedRow.values("inspection_id", inspectionId, "standard_number", standardNumber);
            var saved = DECISION.save(h, key, Map.of(), VersionedRow.values("rating", rating, "rationale", rationale),
                    baseRevision, actor.name(), (rs, c) -> decision(rs));
            Decision now = saved.row();
            if (saved.stale()) {
                throw new StaleRecord(StaleRecord.message("the panel decision for standard " + standardNumber,
                        baseRevision, saved.revision(), now == null ? null : now.updatedBy()), now);
            }
            if (saved.changed()) {
                AuditLog.Scope scope = new AuditLog.Scope(null, standardNumber);
                audit.record(scope, "panel_decision", standardNumber, "rating", saved.before("rating"), rating);
                audit.record(scope, "panel_decision", standardNumber, "rationale", saved.before("rationale"), rationale);
            }
            return now;
        });
    }

    @Override
    public InspectionState state(long inspectionId) {
        return jdbi.withHandle(h -> state(h, inspectionId));
    }

    @Override
    public Publication markPublished(long inspectionId, Actor actor, String finalRatings) {
        return jdbi.withHandle(h -> {
            h.createUpdate("update inspection set published_at = now(), published_by = :by, revision = revision + 1,"
                    + " updated_at = now() where id = :id").bind("by", actor.name()).bind("id", inspectionId).execute();
            InspectionState after = state(h, inspectionId);
            AuditLog audit = AuditLog.of(h, inspectionId, actor);
            audit.record(AuditLog.Scope.INSPECTION, "inspection", String.valueOf(inspectionId), "published_at", null,
                    after.publishedAt());
            audit.record(AuditLog.Scope.INSPECTION, "inspection", String.valueOf(inspectionId), "final_ratings", null,
                    finalRatings);
            return new Publication(inspectionId, after.publishedAt(), after.publishedBy(), after.revision(),
                    finalRatings);
        });
    }

    @Override
    public Optional<Publication> publication(long inspectionId) {
        return jdbi.withHandle(h -> {
            InspectionState s = state(h, inspectionId);
            if (s.publishedAt() == null) {
                return Optional.empty();
            }
            String summary = h.createQuery("select new_value from audit_entry where inspection_id = :i and entity ="
                            + " 'inspection' and field = 'final_ratings' order by id desc limit 1")
                    .bind("i", inspectionId).mapTo(String.class).findOne().orElse("");
            return Optional.of(new Publication(inspectionId, s.publishedAt(), s.publishedBy(), s.revision(), summary));
        });
    }

    private static InspectionState state(Handle h, long inspectionId) {
        return h.createQuery("select id, revision, published_at, published_by from inspection where id = :id")
                .bind("id", inspectionId).map((rs, c) -> new InspectionState(rs.getLong("id"), rs.getInt("revision"),
                        Optional.ofNullable(rs.getObject("published_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant).orElse(null), rs.getString("published_by")))
                .findOne().orElseThrow(() -> Problem.notFound("there is no inspection " + inspectionId));
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        return new Decision(rs.getString("standard_number"), Rating.valueOf(rs.getString("rating")),
                rs.getString("rationale"), rs.getInt("revision"), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
