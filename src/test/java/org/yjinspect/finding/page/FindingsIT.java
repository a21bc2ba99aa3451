package org.yjinspect.finding.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * The findings page (strengths and areas for improvement per domain) in real Chromium: the lead
 * adds one without JavaScript and with it, a missing choice is shown in the error summary and on
 * its field, hostile text stays text, an inspector reads them without forms; axe at both widths.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class FindingsIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    private static long inspection;

    @BeforeAll
    static void start(Application app) {
        inspection = Fixtures.createInspection(app, "2021").id();
        TestUsers.join(app, inspection, "Gwen", Role.LEAD_INSPECTOR);
        TestUsers.join(app, inspection, "Ifan", Role.INSPECTOR);
    }

    private static String path() {
        return "/inspections/" + inspection + "/findings";
    }

    @Test
    void theLeadAddsAStrengthAndAnAreaForImprovement() {
        for (boolean javaScript : new boolean[] {false, true}) {
            int width = javaScript ? BrowserSession.DESKTOP_WIDTH : BrowserSession.TABLET_WIDTH;
            Page page = site.signedIn("gwen", path(), width, javaScript);
            boolean axe = javaScript;
            accessible(page, axe);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
            assertThat(page.locator(".govuk-error-summary").textContent()).contains("The domain is required");
            accessible(page, axe);
            BrowserFixture.shoot(page, "findings-refused-" + width);

            String words = javaScript ? "<script>alert(1)</script> Managers oversee cases well"
                    : "Staff know their children well";
            page.locator("#domain").check();
            page.locator("#kind").check();
            page.locator("#text").fill(words);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("added");
            assertThat(page.locator("main").textContent()).contains(words);
            assertThat(page.locator("main script").count()).isZero();
            accessible(page, axe);
            BrowserFixture.shoot(page, "findings-" + width);
            page.context().close();
        }
    }

    /** axe runs as a script in the page, so only where JavaScript is on. */
    private static void accessible(Page page, boolean javaScript) {
        if (javaScript) {
            assertThat(Axe.seriousViolations(page)).isEmpty();
        }
    }

    @Test
    void anInspectorReadsTheFindingsWithoutForms() {
        Page page = site.signedIn("ifan", path(), BrowserSession.TABLET_WIDTH, true);
        assertThat(page.locator("main form").count()).isZero();
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.context().close();
    }
}
