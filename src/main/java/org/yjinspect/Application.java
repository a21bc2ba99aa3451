package org.yjinspect;

import io.javalin.Javalin;
import java.util.List;
import org.yjinspect.caseload.app.CaseloadService;
import org.yjinspect.caseload.db.JdbiCaseloads;
import org.yjinspect.caseload.web.CaseloadRoutes;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.inspection.db.JdbiInspections;
import org.yjinspect.inspection.web.InspectionRoutes;
import org.yjinspect.platform.db.Database;
import org.yjinspect.platform.db.DatabaseConfig;
import org.yjinspect.platform.web.AccessCheck;
import org.yjinspect.platform.web.WebApp;
import org.yjinspect.sampling.app.SampleService;
import org.yjinspect.sampling.db.JdbiSamples;
import org.yjinspect.sampling.web.SampleRoutes;

/**
 * The one place where yjinspect is wired together, by hand: database (embedded or external),
 * migrations, JDBI, repositories, use cases, and the web routes. The command line and the web
 * server both start here, so both use the same use cases.
 */
public final class Application implements AutoCloseable {
    private final Database database;
    private final InspectionService inspections;
    private final CaseloadService caseloads;
    private final SampleService samples;

    private Application(Database database) {
        this.database = database;
        this.inspections = new InspectionService(new JdbiInspections(database.jdbi()));
        this.caseloads = new CaseloadService(inspections, new JdbiCaseloads(database.jdbi()));
        this.samples = new SampleService(inspections, caseloads, new JdbiSamples(database.jdbi()));
    }

    public static Application open(DatabaseConfig config) {
        return new Application(Database.open(config));
    }

    public InspectionService inspections() {
        return inspections;
    }

    public CaseloadService caseloads() {
        return caseloads;
    }

    public SampleService samples() {
        return samples;
    }

    public Database database() {
        return database;
    }

    /** The JSON API, not yet started. Every route passes through {@code access} first. */
    public Javalin web(AccessCheck access) {
        return WebApp.create(access, List.of(new InspectionRoutes(inspections), new CaseloadRoutes(caseloads),
                new SampleRoutes(samples)));
    }

    @Override
    public void close() {
        database.close();
    }
}
