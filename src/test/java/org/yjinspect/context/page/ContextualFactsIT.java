package org.yjinspect.context.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.javalin.Javalin;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * The contextual facts page in real Chromium: the imported caseload's profile tables, a figure
 * entered and removed with JavaScript on (1366) and off (768), a refusal in the error summary, and
 * a panel member reading without the form.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class ContextualFactsIT {
    private static Application app;
    private static Javalin web;
    private static BrowserSession browser;
    private static String base;

    @BeforeAll
    static void start(Application application) {
        app = application;
        web = app.web().start(0);
        base = "http://localhost:" + web.port();
        browser = new BrowserSession();
        TestUsers.account(app, "Lowri");
    }

    @AfterAll
    static void stop() {
        browser.close();
        web.stop();
    }

    private static long inspection(List<CaseRecord> caseload) {
        CreateInspectionCommand c = Fixtures.inspection("2021");
        long id = app.inspections().create(new CreateInspectionCommand("Bro Taf YJS", c.kind(), c.frameworkVersion(),
                c.announcementDate(), c.fieldworkStart(), c.fieldworkEnd(), null, null, null, new Actor("lowri"),
                "lowri")).id();
        if (!caseload.isEmpty()) {
            Fixtures.importCsv(app, id, Fixtures.csv(caseload), false);
        }
        TestUsers.join(app, id, "Pat", Role.PANEL_MEMBER);
        return id;
    }

    @Test
    void withJavaScriptALeadSeesTheCaseloadsProfileAndEntersAFigure() {
        List<CaseRecord> caseload = Fixtures.caseload(11, 200);
        long id = inspection(caseload);
        Page page = browser.newPage(BrowserSession.DESKTOP_WIDTH, true);
        ContextualFactsPage facts = ContextualFactsPage.open(page, base, id, "lowri", TestUsers.PASSWORD);
        assertThat(facts.heading()).isEqualTo("Contextual facts");
        long court = caseload.stream().filter(c -> c.caseType().name().equals("COURT_DISPOSAL")).count();
        assertThat(facts.table("Case type")).first().asString()
                .isEqualTo(String.format(java.util.Locale.UK, "Court disposal %d %.1f%%", court, court * 100.0 / 200));
        assertThat(facts.table("Age band")).hasSize(3);
        assertThat(facts.text()).doesNotContain(caseload.get(0).reference()).doesNotContain(caseload.get(0).caseManager());
        facts.addFigure("Reoffending rate (national)", "", "MoJ proven reoffending, January 2022");
        assertThat(facts.errorSummary()).contains("The figure's value is required");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "contextual-facts-refused-1366");
        facts.addFigure("Reoffending rate (national)", "34.9%", "MoJ proven reoffending, January 2022");
        facts.addFigure("First-time entrants per 100,000 <local>", "223", "YJB, 2020");
        assertThat(facts.figures()).containsExactly("Reoffending rate (national)", "First-time entrants per 100,000 <local>");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "contextual-facts-1366");
        page.context().close();
    }

    @Test
    void withoutJavaScriptALeadEntersAndRemovesAFigureAtTabletWidth() {
        long id = inspection(List.of());
        ContextualFactsPage facts = ContextualFactsPage.open(browser.newPage(BrowserSession.TABLET_WIDTH, false), base,
                id, "lowri", TestUsers.PASSWORD);
        assertThat(facts.text()).contains("Not recorded: no caseload has been imported");
        facts.addFigure("Reoffending rate (local)", "31.1%", "MoJ proven reoffending, January 2022");
        assertThat(facts.figures()).containsExactly("Reoffending rate (local)");
        BrowserSession.screenshot(facts.page(), "contextual-facts-768-no-js");
        facts.remove("Reoffending rate (local)");
        assertThat(facts.figures()).isEmpty();
        assertThat(app.contextualFacts().of(id).figures()).isEmpty();
        facts.page().context().close();
    }

    @Test
    void aPanelMemberReadsTheFactsWithoutTheForm() {
        long id = inspection(Fixtures.caseload(12, 60));
        Page page = browser.newPage(BrowserSession.TABLET_WIDTH, true);
        ContextualFactsPage facts = ContextualFactsPage.open(page, base, id, "pat", TestUsers.PASSWORD);
        assertThat(facts.table("Gender")).isNotEmpty();
        assertThat(facts.hasForm()).isFalse();
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "contextual-facts-panel-768");
        page.context().close();
    }
}
