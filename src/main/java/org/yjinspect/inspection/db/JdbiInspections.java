package org.yjinspect.inspection.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.app.InspectionDeleted;
import org.yjinspect.inspection.app.Inspections;
import org.yjinspect.inspection.domain.DeletedInspection;
import org.yjinspect.inspection.domain.EligibilityWindow;
import org.yjinspect.inspection.domain.EligibilityWindows;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.inspection.domain.InspectionDetails;
import org.yjinspect.inspection.domain.InspectionKind;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.InspectionWrites;
import org.yjinspect.records.domain.Actor;

/**
 * Inspections in PostgreSQL: table {@code inspection}, and {@code deleted_inspection} for what is
 * kept of a deleted one. Creation and deletion go through the write kernel, so each is in the
 * inspection's audit trail with its actor, in the same transaction.
 */
public final class JdbiInspections implements Inspections {
    private static final String COLUMNS = "id, service_name, kind, framework_version, announcement_date,"
            + " fieldwork_start, fieldwork_end, court_window_nearest, court_window_furthest,"
            + " out_of_court_window_nearest, out_of_court_window_furthest, resettlement_window_nearest,"
            + " resettlement_window_furthest, revision, caseload_revision, created_at";
    private static final String ENTITY = "inspection";
    private final Jdbi jdbi;
    private final InspectionWrites writes;

    public JdbiInspections(Jdbi jdbi, InspectionWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    @Override
    public Inspection add(InspectionDetails d, Actor actor, String lead) {
        // The row must exist before the write kernel can lock it and append to its trail; both in one transaction.
        return jdbi.inTransaction(h -> {
            Inspection created = insert(h, d);
            return writes.write(created.id(), actor, (tx, audit) -> {
                recordCreation(audit, created);
                if (lead != null) {
                    appointLead(tx, audit, created.id(), lead);
                }
                return created;
            });
        });
    }

    /** Whoever sets an inspection up runs it: they become its lead inspector (docs/access.md). */
    private static void appointLead(Handle h, AuditLog audit, long inspectionId, String lead) {
        int rows = h.createUpdate("insert into inspection_member (inspection_id, user_id, role, added_by)"
                        + " select :i, id, 'LEAD_INSPECTOR', :by from user_account where username = :u and active")
                .bind("i", inspectionId).bind("u", lead).bind("by", audit.actor().name()).execute();
        if (rows != 1) {
            throw Problem.invalid("there is no active account " + SafeText.shown(lead) + " to lead the inspection");
        }
        audit.record(AuditLog.Scope.INSPECTION, "team member", lead, "role", null, "LEAD_INSPECTOR");
    }

    private static Inspection insert(Handle h, InspectionDetails d) {
        EligibilityWindows w = d.windows();
        return h.createUpdate("insert into inspection (service_name, kind, framework_version,"
                        + " announcement_date, fieldwork_start, fieldwork_end, court_window_nearest,"
                        + " court_window_furthest, out_of_court_window_nearest, out_of_court_window_furthest,"
                        + " resettlement_window_nearest, resettlement_window_furthest) values (:service, :kind,"
                        + " :version, :announced, :start, :end, :cn, :cf, :on, :of, :rn, :rf)")
                .bind("service", d.serviceName()).bind("kind", d.kind().name())
                .bind("version", d.frameworkVersion().label()).bind("announced", d.announcementDate())
                .bind("start", d.fieldworkStart()).bind("end", d.fieldworkEnd())
                .bind("cn", w.court().nearestMonths()).bind("cf", w.court().furthestMonths())
                .bind("on", w.outOfCourt().nearestMonths()).bind("of", w.outOfCourt().furthestMonths())
                .bind("rn", w.resettlement().nearestMonths()).bind("rf", w.resettlement().furthestMonths())
                .executeAndReturnGeneratedKeys(COLUMNS.split(",\\s*")).map(JdbiInspections::map).one();
    }

    private static void recordCreation(AuditLog audit, Inspection created) {
        InspectionDetails d = created.details();
        String record = String.valueOf(created.id());
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("service_name", d.serviceName());
        fields.put("kind", d.kind().label());
        fields.put("framework_version", d.frameworkVersion().label());
        fields.put("announcement_date", d.announcementDate());
        fields.put("fieldwork_start", d.fieldworkStart());
        fields.put("fieldwork_end", d.fieldworkEnd());
        fields.put("court_window", d.windows().court());
        fields.put("out_of_court_window", d.windows().outOfCourt());
        fields.put("resettlement_window", d.windows().resettlement());
        fields.forEach((field, value) -> audit.record(AuditLog.Scope.INSPECTION, ENTITY, record, field, null, value));
    }

    @Override
    public Optional<Inspection> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from inspection where id = :id")
                .bind("id", id).map(JdbiInspections::map).findOne());
    }

    @Override
    public List<Inspection> all() {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from inspection order by id")
                .map(JdbiInspections::map).list());
    }

    @Override
    public Optional<DeletedInspection> deleted(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from deleted_inspection where id = :id").bind("id", id)
                .map((rs, ctx) -> new DeletedInspection(rs.getLong("id"), rs.getString("service_name"),
                        rs.getObject("deleted_at", OffsetDateTime.class).toInstant(), rs.getString("deleted_by"),
                        rs.getString("reason"))).findOne());
    }

    @Override
    public void mustBeWritable(long id, Actor actor) {
        writes.refuseIfLocked(id);
    }

    @Override
    public InspectionDeleted delete(Inspection inspection, String reason, Actor actor) {
        long id = inspection.id();
        return writes.write(id, actor, (h, audit) -> InspectionRemoval.delete(h, audit, inspection, reason));
    }

    static Inspection map(ResultSet rs, StatementContext ctx) throws SQLException {
        EligibilityWindows windows = new EligibilityWindows(
                new EligibilityWindow(rs.getInt("court_window_nearest"), rs.getInt("court_window_furthest")),
                new EligibilityWindow(rs.getInt("out_of_court_window_nearest"), rs.getInt("out_of_court_window_furthest")),
                new EligibilityWindow(rs.getInt("resettlement_window_nearest"), rs.getInt("resettlement_window_furthest")));
        InspectionDetails details = new InspectionDetails(rs.getString("service_name"),
                InspectionKind.valueOf(rs.getString("kind")),
                FrameworkVersion.fromLabel(rs.getString("framework_version")).orElseThrow(),
                rs.getObject("announcement_date", LocalDate.class),
                rs.getObject("fieldwork_start", LocalDate.class),
                rs.getObject("fieldwork_end", LocalDate.class), windows);
        return new Inspection(rs.getLong("id"), details, rs.getInt("revision"), rs.getInt("caseload_revision"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
