package org.yjinspect.inspection.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.app.Inspections;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.inspection.domain.InspectionDetails;
import org.yjinspect.inspection.domain.InspectionKind;
import org.yjinspect.inspection.domain.EligibilityWindow;
import org.yjinspect.inspection.domain.EligibilityWindows;

/** Inspections in PostgreSQL, table {@code inspection}. */
public final class JdbiInspections implements Inspections {
    private static final String COLUMNS = "id, service_name, kind, framework_version, announcement_date,"
            + " fieldwork_start, fieldwork_end, court_window_nearest, court_window_furthest,"
            + " out_of_court_window_nearest, out_of_court_window_furthest, resettlement_window_nearest,"
            + " resettlement_window_furthest, revision, caseload_revision, created_at";
    private final Jdbi jdbi;

    public JdbiInspections(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Inspection add(InspectionDetails d) {
        EligibilityWindows w = d.windows();
        return jdbi.withHandle(h -> h.createUpdate("insert into inspection (service_name, kind, framework_version,"
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
                .executeAndReturnGeneratedKeys(COLUMNS.split(",\\s*")).map(JdbiInspections::map).one());
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

    static Inspection map(ResultSet rs, StatementContext ctx) throws SQLException {
        EligibilityWindows windows = new EligibilityWindows(
                new EligibilityWindow(rs.getInt("court_window_nearest"), rs.getInt("court_window_furthest")),
                new EligibilityWindow(rs.getInt("out_of_court_window_nearest"), rs.getInt("out_of_court_window_furthest")),
                new EligibilityWindow(rs.getInt("resettlement_window_nearest"), rs.getInt("resettlement_window_furthest")));
        InspectionDetails details = new InspectionDetails(rs.getString("service_name"),
                InspectionKind.valueOf(rs.getString("kind")),
                FrameworkVersion.fromLabel(rs.getString("framework_version")).orElseThrow(),
                rs.getObject("announcement_date", java.time.LocalDate.class),
                rs.getObject("fieldwork_start", java.time.LocalDate.class),
                rs.getObject("fieldwork_end", java.time.LocalDate.class), windows);
        return new Inspection(rs.getLong("id"), details, rs.getInt("revision"), rs.getInt("caseload_revision"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
    }
}
