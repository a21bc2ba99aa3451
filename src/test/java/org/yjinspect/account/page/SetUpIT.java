package org.yjinspect.account.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * The server's one-time set-up link in the browser: opened from the link the code is filled in
 * (and taken out of the address bar), a mistyped code is refused in the error summary without
 * JavaScript, and the first administrator ends up signed in.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class SetUpIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    private static final String PASSWORD = "a long set-up pass phrase 7";


    @Test
    void withoutJavaScriptAMistypedCodeIsRefusedThenTheLinkOpenedWithJavaScriptSetsUpTheAdministrator() {
        String code = site.app().accounts().issueSetUpToken("set-up test").orElseThrow().text();
        Page typed = site.newPage(BrowserSession.DESKTOP_WIDTH, false);
        typed.navigate(site.base() + "/setup");
        fill(typed, "not-the-code", "carys", PASSWORD, PASSWORD);
        assertThat(typed.locator(".govuk-error-summary").textContent()).contains("There is a problem")
                .contains("this set-up link cannot be used".substring(1));
        BrowserSession.screenshot(typed, "setup-refused");
        typed.context().close();

        for (int width : new int[] {BrowserSession.TABLET_WIDTH, BrowserSession.DESKTOP_WIDTH}) {
            Page page = site.newPage(width, true);
            page.navigate(site.base() + "/setup#" + code);
            assertThat(page.getByLabel("Set-up code").inputValue()).isEqualTo(code);
            assertThat(page.url()).doesNotContain(code);
            assertThat(Axe.seriousViolations(page)).isEmpty();
            BrowserSession.screenshot(page, "setup-" + width);
            page.context().close();
        }
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        page.navigate(site.base() + "/setup#" + code);
        fill(page, null, "carys", PASSWORD, PASSWORD + " typo");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("not the same");
        assertThat(page.getByLabel("Set-up code").inputValue()).as("what was typed is kept").isEqualTo(code);
        fill(page, null, "carys", PASSWORD, PASSWORD);
        assertThat(page.locator("h1").textContent()).isEqualTo("Inspections");
        assertThat(site.app().accounts().all()).anyMatch(a -> a.username().equals("carys") && a.administrator());
        page.context().close();
    }

    private static void fill(Page page, String code, String username, String password, String again) {
        if (code != null) {
            page.getByLabel("Set-up code").fill(code);
        }
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByLabel("Password again").fill(again);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the administrator")).click();
    }
}
