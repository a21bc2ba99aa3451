package org.yjinspect.recommendation.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * The recommendations editor in real Chromium: a lead inspector adds, changes, reorders and
 * removes recommendations with JavaScript on (1366) and off (768); a refusal is shown in the
 * error summary and on its field; hostile text stays text; an inspector reads them without forms.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class RecommendationsIT {
    private static final String BOARD = "The YJS management board should";
    private static final String HEAD = "The head of service should";
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

    private static long inspection() {
        CreateInspectionCommand c = Fixtures.inspection("2021");
        long id = app.inspections().create(new CreateInspectionCommand("Bro Taf YJS", c.kind(), c.frameworkVersion(),
                c.announcementDate(), c.fieldworkStart(), c.fieldworkEnd(), null, null, null, new Actor("lowri"),
                "lowri")).id();
        TestUsers.join(app, id, "Ifan", Role.INSPECTOR);
        return id;
    }

    @Test
    void withJavaScriptALeadEntersRecommendationsByAddresseeAndReordersThem() {
        long id = inspection();
        Page page = browser.newPage(BrowserSession.DESKTOP_WIDTH, true);
        RecommendationsPage editor = RecommendationsPage.open(page, base, id, "lowri", TestUsers.PASSWORD);
        assertThat(editor.heading()).isEqualTo("Recommendations");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "recommendations-empty-1366");
        editor.add(BOARD, false, "ensure there is sufficient victim staff resource");
        assertThat(editor.banner()).contains("The recommendation has been added.");
        editor.add(HEAD, false, "improve the quality of contingency planning");
        editor.add(BOARD, true, "monitor <b>disproportionate</b> outcomes\nfor black and mixed heritage children");
        assertThat(editor.addressees()).containsExactly(BOARD + ":", HEAD + ":");
        assertThat(editor.texts()).containsExactly("ensure there is sufficient victim staff resource",
                "monitor <b>disproportionate</b> outcomes\nfor black and mixed heritage children",
                "improve the quality of contingency planning");

        editor.add(HEAD, true, " ");
        assertThat(editor.errorSummary()).contains("The recommendation is required");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "recommendations-refused-1366");

        editor.moveGroupUp(HEAD);
        assertThat(editor.addressees()).containsExactly(HEAD + ":", BOARD + ":");
        editor.moveDown(2);
        assertThat(editor.texts()).containsExactly("improve the quality of contingency planning",
                "monitor <b>disproportionate</b> outcomes\nfor black and mixed heritage children",
                "ensure there is sufficient victim staff resource");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "recommendations-1366");
        page.context().close();
    }

    @Test
    void withoutJavaScriptALeadChangesAndRemovesRecommendationsAtTabletWidth() {
        long id = inspection();
        RecommendationsPage editor = RecommendationsPage.open(browser.newPage(BrowserSession.TABLET_WIDTH, false),
                base, id, "lowri", TestUsers.PASSWORD);
        editor.add(" ", false, "x");
        assertThat(editor.errorSummary()).contains("The addressee is required");
        editor.add(BOARD, false, "ensure there is sufficient victim staff resource");
        editor.add(BOARD, true, "review the transition protocol");
        editor.addWithoutChoosing("no addressee chosen");
        assertThat(editor.errorSummary()).contains("Select whom the recommendation is addressed to");
        editor.reload();
        editor.change(1, "ensure there is sufficient victim staff resource across the service");
        assertThat(editor.banner()).contains("changed");
        assertThat(editor.texts()).first().isEqualTo("ensure there is sufficient victim staff resource across the service");
        editor.add(HEAD, false, "improve management oversight");
        BrowserSession.screenshot(editor.page(), "recommendations-768-no-js");
        editor.remove(1);
        assertThat(editor.texts()).containsExactly("review the transition protocol", "improve management oversight");
        assertThat(app.recommendations().of(id)).extracting(r -> r.position()).containsExactly(1, 2);
        editor.page().context().close();
    }

    @Test
    void anInspectorReadsTheRecommendationsWithoutForms() {
        long id = inspection();
        app.recommendations().add(new org.yjinspect.recommendation.app.AddRecommendationCommand(id, BOARD,
                "ensure there is sufficient victim staff resource", new Actor("lowri")));
        Page page = browser.newPage(BrowserSession.TABLET_WIDTH, true);
        RecommendationsPage read = RecommendationsPage.open(page, base, id, "ifan", TestUsers.PASSWORD);
        assertThat(read.texts()).containsExactly("ensure there is sufficient victim staff resource");
        assertThat(read.hasForms()).isFalse();
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "recommendations-inspector-768");
        page.context().close();
    }
}
