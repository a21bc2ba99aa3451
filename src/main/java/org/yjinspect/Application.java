package org.yjinspect;

import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.yjinspect.account.app.AccountAdministration;
import org.yjinspect.account.app.PersonalTokens;
import org.yjinspect.account.app.SignIn;
import org.yjinspect.account.db.JdbiAccessTokens;
import org.yjinspect.account.db.JdbiAccountAudit;
import org.yjinspect.account.db.JdbiAccounts;
import org.yjinspect.account.db.JdbiSessions;
import org.yjinspect.account.db.JdbiSignInFailures;
import org.yjinspect.account.domain.CommonPasswords;
import org.yjinspect.account.domain.PasswordHasher;
import org.yjinspect.account.domain.PasswordPolicy;
import org.yjinspect.account.domain.SessionSettings;
import org.yjinspect.account.web.AccountRoutes;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.account.web.TokenRoutes;
import io.javalin.http.Context;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.app.InspectionTeam;
import org.yjinspect.access.db.JdbiAccessFacts;
import org.yjinspect.access.web.AccessGate;
import org.yjinspect.account.web.SignedInActor;
import org.yjinspect.account.web.Audience;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.page.AccountPages;
import org.yjinspect.account.page.SetUpPages;
import org.yjinspect.account.page.SignInPages;
import org.yjinspect.account.page.UserPages;
import org.yjinspect.access.page.PagePermissions;
import org.yjinspect.access.page.TeamPages;
import org.yjinspect.caseload.page.CaseloadPages;
import org.yjinspect.sampling.page.AllocationPages;
import org.yjinspect.sampling.page.SamplePages;
import org.yjinspect.inspection.page.InspectionPages;
import org.yjinspect.assessment.page.CasePages;
import org.yjinspect.overview.app.InspectionOverview;
import org.yjinspect.overview.app.InspectionProgress;
import org.yjinspect.overview.page.OverviewPages;
import org.yjinspect.audit.page.HistoryPages;
import org.yjinspect.platform.page.GovukAssets;
import org.yjinspect.platform.page.HtmlErrorPages;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.access.db.JdbiTeamRecords;
import org.yjinspect.access.web.TeamRoutes;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.db.JdbiCaseAssessments;
import org.yjinspect.assessment.web.AssessmentRoutes;
import org.yjinspect.assessment.web.CaseStatusAccess;
import org.yjinspect.audit.app.AuditService;
import org.yjinspect.records.app.ConsistentReads;
import org.yjinspect.records.db.InspectionWrites;
import org.yjinspect.audit.db.JdbiAuditTrail;
import org.yjinspect.records.db.JdbiConsistentReads;
import org.yjinspect.audit.web.AuditRoutes;
import org.yjinspect.records.web.RequestActor;
import org.yjinspect.records.web.WriteRefusals;
import org.yjinspect.caseload.app.CaseloadService;
import org.yjinspect.caseload.db.JdbiCaseloads;
import org.yjinspect.caseload.web.CaseloadRoutes;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.inspection.db.JdbiInspections;
import org.yjinspect.inspection.web.InspectionRoutes;
import org.yjinspect.organisation.app.OrganisationService;
import org.yjinspect.organisation.db.JdbiOrganisationRecords;
import org.yjinspect.organisation.page.OrganisationPage;
import org.yjinspect.organisation.page.OrganisationPages;
import org.yjinspect.organisation.web.OrganisationRoutes;
import org.yjinspect.panel.app.LiveRatings;
import org.yjinspect.panel.app.PanelService;
import org.yjinspect.panel.db.JdbiPanelDecisions;
import org.yjinspect.panel.page.PanelPages;
import org.yjinspect.published.app.PublishedInspections;
import org.yjinspect.published.app.ReadPublishedReport;
import org.yjinspect.published.page.PublishedPages;
import org.yjinspect.panel.web.PanelRoutes;
import org.yjinspect.platform.db.Database;
import org.yjinspect.platform.db.DatabaseConfig;
import org.yjinspect.platform.web.AccessCheck;
import org.yjinspect.platform.web.WebApp;
import org.yjinspect.sampling.app.SampleService;
import org.yjinspect.sampling.db.JdbiSamples;
import org.yjinspect.sampling.web.SampleRoutes;
import org.yjinspect.report.app.FeatureInputs;
import org.yjinspect.report.app.ReportService;
import org.yjinspect.report.page.ReportPages;
import org.yjinspect.report.render.ReportRenderer;
import org.yjinspect.report.web.ReportDownloads;
import org.yjinspect.report.web.ReportRoutes;
import org.yjinspect.recommendation.app.Recommendations;
import org.yjinspect.recommendation.db.JdbiRecommendationRecords;
import org.yjinspect.recommendation.web.RecommendationRoutes;
import org.yjinspect.context.web.ContextRoutes;
import org.yjinspect.recommendation.page.RecommendationPages;
import org.yjinspect.context.page.ContextPages;
import org.yjinspect.context.app.ContextualFacts;
import org.yjinspect.context.db.JdbiFigureRecords;

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
    private final AuditService audit;
    private final AssessmentService assessments;
    private final OrganisationService organisation;
    private final LiveRatings ratings;
    private final PanelService panel;
    private final AccountAdministration accounts;
    private final SignIn signIn;
    private final PersonalTokens tokens;
    private final InspectionTeam team;
    private final InspectionAccess access;
    private final JdbiAccountAudit accountAudit;
    private final ReportService reports;
    private final Recommendations recommendations;
    private final ContextualFacts contextualFacts;
    private final org.yjinspect.finding.app.Findings findings;
    private final org.yjinspect.transfer.app.InspectionTransfer transfer;
    private final org.yjinspect.secondreading.app.SecondReadingService secondReading;
    private final org.yjinspect.library.app.Library library;
    private final org.yjinspect.comparison.app.Comparisons comparisons;

    private Application(Database database) {
        this.database = database;
        SecureRandom random = new SecureRandom();
        PasswordHasher hasher = new PasswordHasher(random);
        JdbiAccounts accountStore = new JdbiAccounts(database.jdbi());
        this.accounts = new AccountAdministration(accountStore, hasher, new PasswordPolicy(CommonPasswords.load()),
                random, Clock.systemUTC());
        // Secure cookies for a server reached over TLS: docs/accounts.md.
        SessionSettings sessions = SessionSettings.defaults("true".equalsIgnoreCase(System.getenv("YJINSPECT_SECURE_COOKIES")));
        this.accountAudit = new JdbiAccountAudit(database.jdbi());
        this.signIn = new SignIn(accountStore, new JdbiSessions(database.jdbi()), new JdbiSignInFailures(database.jdbi()),
                accountAudit, hasher, sessions, random, Clock.systemUTC());
        this.tokens = new PersonalTokens(new JdbiAccessTokens(database.jdbi()), random, Clock.systemUTC());
        InspectionWrites writes = new InspectionWrites(database.jdbi());
        this.inspections = new InspectionService(new JdbiInspections(database.jdbi(), writes));
        this.caseloads = new CaseloadService(inspections, new JdbiCaseloads(database.jdbi(), writes));
        this.samples = new SampleService(inspections, caseloads, new JdbiSamples(database.jdbi(), writes));
        ConsistentReads reads = new JdbiConsistentReads(database.jdbi());
        this.audit = new AuditService(inspections, new JdbiAuditTrail(database.jdbi()));
        this.assessments = new AssessmentService(inspections, FrameworkCatalogue::load,
                new JdbiCaseAssessments(database.jdbi(), database.dataSource(), writes), reads, writes);
        this.organisation = new OrganisationService(inspections, FrameworkCatalogue::load,
                new JdbiOrganisationRecords(database.jdbi(), writes), reads);
        JdbiPanelDecisions decisions = new JdbiPanelDecisions(database.jdbi(), writes);
        this.ratings = new LiveRatings(inspections, FrameworkCatalogue::load, assessments, organisation, decisions, reads);
        this.panel = new PanelService(ratings, assessments, decisions, writes);
        this.team = new InspectionTeam(new JdbiTeamRecords(database.jdbi(), writes));
        this.access = new InspectionAccess(new JdbiAccessFacts(database.jdbi()));
        this.secondReading = new org.yjinspect.secondreading.app.SecondReadings(inspections, FrameworkCatalogue::load,
                assessments, new JdbiCaseAssessments(database.jdbi(), database.dataSource(), writes), team,
                new org.yjinspect.secondreading.db.JdbiSecondReadingRecords(database.jdbi(), writes), reads);
        this.recommendations = new Recommendations(inspections, new JdbiRecommendationRecords(database.jdbi(), writes),
                writes);
        this.contextualFacts = new ContextualFacts(inspections, caseloads, new JdbiFigureRecords(database.jdbi(), writes),
                writes);
        this.findings = new org.yjinspect.finding.app.Findings(inspections, FrameworkCatalogue::load,
                new org.yjinspect.finding.db.JdbiFindingRecords(database.jdbi(), writes), writes);
        this.transfer = new org.yjinspect.transfer.app.InspectionTransfer(inspections, FrameworkCatalogue::load,
                new org.yjinspect.transfer.db.JdbiTransferStore(database.jdbi()), Clock.systemUTC());
        this.library = new org.yjinspect.library.app.Library(new org.yjinspect.library.db.JdbiLibrary(database.jdbi()));
        this.comparisons = new org.yjinspect.comparison.app.Comparisons(library, new org.yjinspect.comparison.app
                .EngineLiveFigures(ratings), FrameworkCatalogue::load, new org.yjinspect.comparison.json.MappingFile(
                FrameworkCatalogue::load).load());
        this.reports = new ReportService(panel, assessments, organisation, samples, FrameworkCatalogue::load,
                new FeatureInputs(recommendations, contextualFacts, findings), id -> wholeInspectionReader(id)
                .map(who -> secondReading.agreement(id, who).result().orElse(null)).orElse(null));
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

    public AuditService audit() {
        return audit;
    }

    public AssessmentService assessments() {
        return assessments;
    }

    public OrganisationService organisation() {
        return organisation;
    }

    public LiveRatings ratings() {
        return ratings;
    }

    public PanelService panel() {
        return panel;
    }

    public ReportService reports() {
        return reports;
    }

    public AccountAdministration accounts() {
        return accounts;
    }

    public InspectionTeam team() {
        return team;
    }

    public PersonalTokens tokens() {
        return tokens;
    }

    public InspectionAccess access() {
        return access;
    }

    public Recommendations recommendations() {
        return recommendations;
    }

    public ContextualFacts contextualFacts() {
        return contextualFacts;
    }

    public org.yjinspect.finding.app.Findings findings() {
        return findings;
    }

    /** The data exports (docs/exports.md): built on each call, they hold nothing but the stores they read. */
    public org.yjinspect.export.app.Exports exports() {
        return new org.yjinspect.export.app.Exports(new org.yjinspect.export.app.CaseExports(inspections,
                FrameworkCatalogue::load, new org.yjinspect.export.db.JdbiExportedCases(database.jdbi())),
                new org.yjinspect.export.app.AuditExport(inspections, audit, new JdbiConsistentReads(database.jdbi())));
    }

    /** The library of published inspections (docs/library.md); also what the comparisons read. */
    public org.yjinspect.library.app.Library library() {
        return library;
    }

    /** The comparisons with the library (docs/comparisons.md). */
    public org.yjinspect.comparison.app.Comparisons comparisons() {
        return comparisons;
    }

    /** Reading report files and held figures into the library's form. */
    public org.yjinspect.library.app.LibraryReports libraryReports() {
        return new org.yjinspect.library.app.LibraryReports(Application::catalogue);
    }

    /** The library's export, one row per inspection (CSV or XLSX). */
    public org.yjinspect.library.app.LibraryExport libraryExport() {
        return new org.yjinspect.library.app.LibraryExport(library, Application::catalogue);
    }

    /** Both readings of the second-read cases (docs/second-reading-pages.md), for the route and the command line. */
    public org.yjinspect.export.app.SecondReadingExport secondReadingExport() {
        return new org.yjinspect.export.app.SecondReadingExport(inspections, FrameworkCatalogue::load, id ->
                wholeInspectionReader(id).map(who -> secondReading.bothReadings(id, who)).orElse(java.util.List.of()));
    }

    /**
     * The report and the export of both readings have no reader of their own: they show the cases whose two
     * readings are both submitted (so the blind rule holds whoever reads them) as the inspection's lead sees them.
     */
    private java.util.Optional<org.yjinspect.secondreading.app.Who> wholeInspectionReader(long inspectionId) {
        return team.team(inspectionId).stream().filter(m -> m.role() == org.yjinspect.access.domain.Role.LEAD_INSPECTOR)
                .findFirst().map(m -> org.yjinspect.secondreading.app.Who.signedIn(m.username()));
    }

    public org.yjinspect.transfer.app.InspectionTransfer transfer() {
        return transfer;
    }

    /** Second reading and moderation (docs/second-reading.md). */
    public org.yjinspect.secondreading.app.SecondReadingService secondReading() {
        return secondReading;
    }

    public SignIn signIn() {
        return signIn;
    }

    public Database database() {
        return database;
    }

    /**
     * The JSON API, not yet started. Before every request its principal (bearer token or session
     * cookie) is put on it; before every route, the access gate checks what the route names. A
     * route that names no access rule stops the server from being built.
     */
    public Javalin web() {
        PrincipalResolver principals = new PrincipalResolver(signIn, tokens);
        AccessGate gate = new AccessGate(access, accountAudit);
        AccessCheck check = new AccessCheck() {
            @Override
            public void identify(Context ctx) {
                principals.attach(ctx);
            }

            @Override
            public void check(Context ctx) {
                gate.check(ctx);
            }
        };
        RequestActor actors = new SignedInActor();
        Pages pages = new Pages();
        InspectionProgress progress = new InspectionProgress(assessments, panel);
        HtmlErrorPages errorPages = new HtmlErrorPages(pages, Frames::ofError);
        ReportDownloads reportDownloads = new ReportDownloads(new ReportRenderer());
        Javalin web = WebApp.create(check, errorPages, List.of(
                // The browser's pages (docs/pages.md), one per line.
                new GovukAssets(Audience.ANYONE),
                new SignInPages(signIn, pages),
                new SetUpPages(accounts, signIn, pages),
                new AccountPages(accounts, tokens, pages),
                new UserPages(accounts, pages),
                // Before the overview: /inspections/new is not an inspection's id.
                new InspectionPages(inspections, pages),
                new OverviewPages(inspections, progress, new InspectionOverview(inspections, progress, panel, team),
                        access, pages),
                new HistoryPages(audit, inspections, pages),
                new CasePages(assessments, access, actors, pages, new org.yjinspect.secondreading.page.SecondReaderEntries(secondReading)),
                new OrganisationPages(organisation, new OrganisationPage(organisation, inspections, access, pages),
                        actors),
                new TeamPages(team, new PagePermissions(access), pages),
                new CaseloadPages(caseloads, new PagePermissions(access), pages),
                new SamplePages(samples, new PagePermissions(access), pages),
                new AllocationPages(samples, team, new PagePermissions(access), pages),
                new PanelPages(panel, access, pages),
                // Before the library's pages: /library/compare is not a library id.
                new org.yjinspect.comparison.page.ComparisonPages(comparisons, FrameworkCatalogue::load, pages),
                new org.yjinspect.secondreading.page.SecondReadingPages(secondReading, assessments, team, inspections, FrameworkCatalogue::load, access, pages),
                new PublishedPages(new ReadPublishedReport(Application::catalogue), new PublishedInspections(
                        PublishedInspections.HELD, FrameworkCatalogue::load), FrameworkCatalogue::load, pages),
                new ReportPages(reports, reportDownloads, inspections, access, pages),
                new RecommendationPages(recommendations, panel, new PagePermissions(access), actors, pages),
                new ContextPages(contextualFacts, panel, new PagePermissions(access), actors, pages),
                new org.yjinspect.finding.page.FindingPages(findings, panel, new PagePermissions(access), actors, pages),
                new org.yjinspect.library.page.LibraryPages(library, libraryReports(), pages),
                // The JSON API (docs/api.md).
                new AccountRoutes(accounts, signIn),
                new TokenRoutes(tokens),
                new InspectionRoutes(inspections, actors, access),
                new CaseloadRoutes(caseloads, actors),
                new SampleRoutes(samples, actors),
                new WriteRefusals(errorPages),
                new AssessmentRoutes(assessments, actors, new CaseStatusAccess(access)),
                new OrganisationRoutes(organisation, actors),
                new PanelRoutes(ratings, panel, actors),
                new org.yjinspect.comparison.web.ComparisonRoutes(comparisons, FrameworkCatalogue::load),
                new AuditRoutes(audit),
                new TeamRoutes(team, actors),
                new ReportRoutes(reports, reportDownloads),
                new RecommendationRoutes(recommendations, actors),
                new ContextRoutes(contextualFacts, actors),
                new org.yjinspect.finding.web.FindingRoutes(findings, actors),
                new org.yjinspect.export.web.ExportRoutes(new org.yjinspect.export.file.ExportFiles(exports())),
                new org.yjinspect.export.web.SecondReadingExportRoutes(new org.yjinspect.export.file.SecondReadingFile(secondReadingExport())),
                new org.yjinspect.transfer.web.TransferRoutes(transfer, actors),
                new org.yjinspect.secondreading.web.SecondReadingRoutes(secondReading, actors),
                new org.yjinspect.library.web.LibraryRoutes(library, libraryReports(), libraryExport(), actors)));
        AccessGate.requireEveryRouteNamesItsAccess(web);
        gate.answersHeadAsGet(web);
        return web;
    }

    /** A framework's catalogue for reading a published report, or empty when it is not held. */
    private static java.util.Optional<org.yjinspect.framework.domain.Framework> catalogue(
            org.yjinspect.framework.domain.FrameworkVersion version) {
        try {
            return java.util.Optional.of(FrameworkCatalogue.load(version));
        } catch (IllegalArgumentException | IllegalStateException notHeld) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
