package org.yjinspect.account.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yjinspect.Application;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * Signing in and out in real Chromium, with and without JavaScript, at both widths: the way back
 * to the page first asked for, the same refusal for a wrong password, the list of one's own
 * inspections only, and no serious accessibility violation on any page shown.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class SignInIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();

    @BeforeAll
    static void start(Application app) {
        TestUsers.account(app, "lowri");
        TestUsers.account(app, "rhian");
        CreateInspectionCommand c = Fixtures.inspection("2021");
        app.inspections().create(new CreateInspectionCommand("Lowri's service YJS", c.kind(), c.frameworkVersion(),
                c.announcementDate(), c.fieldworkStart(), c.fieldworkEnd(), null, null, null, new Actor("lowri"),
                "lowri"));
        app.inspections().create(new CreateInspectionCommand("Someone else's YJS", c.kind(), c.frameworkVersion(),
                c.announcementDate(), c.fieldworkStart(), c.fieldworkEnd(), null, null, null, new Actor("rhian"),
                "rhian"));
    }

    @Test
    void aPersonSignsInWithJavaScriptSeesOnlyTheirInspectionsAndSignsOut() {
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            Page page = site.newPage(width, true);
            SignInPage signIn = SignInPage.open(page, site.base(), "/");
            assertThat(page.url()).contains("/sign-in?next=%2F");
            assertThat(signIn.heading()).isEqualTo("Sign in");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            BrowserSession.screenshot(page, "sign-in-" + width);
            signIn.signIn("lowri", TestUsers.PASSWORD);
            assertThat(signIn.heading()).isEqualTo("Inspections");
            assertThat(page.locator("table").textContent()).contains("Lowri's service YJS")
                    .doesNotContain("Someone else's YJS");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            BrowserSession.screenshot(page, "inspections-" + width);
            signIn.signOut();
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("You have signed out");
            page.navigate(site.base() + "/");
            assertThat(page.url()).contains("/sign-in");
            page.context().close();
        }
    }

    @Test
    void withoutJavaScriptAWrongPasswordIsRefusedInTheErrorSummaryAndTheRightOneLetsIn() {
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, false);
        SignInPage signIn = SignInPage.open(page, site.base(), "/sign-in").signIn("lowri", "not the password at all");
        assertThat(signIn.errorSummary()).contains("There is a problem").contains("The username or password is not right");
        BrowserSession.screenshot(page, "sign-in-refused");
        signIn.signIn("nobody-here", "not the password at all");
        assertThat(signIn.errorSummary()).contains("The username or password is not right");
        signIn.signIn("lowri", TestUsers.PASSWORD);
        assertThat(signIn.heading()).isEqualTo("Inspections");
        page.context().close();
    }

    @Test
    void theRefusedSignInPageHasNoSeriousAccessibilityViolation() {
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        SignInPage signIn = SignInPage.open(page, site.base(), "/sign-in").signIn("lowri", "not the password at all");
        assertThat(signIn.errorSummary()).contains("The username or password is not right");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.context().close();
    }

    @Test
    void aPageThatDoesNotExistIsShownInTheServicesStyle() {
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        SignInPage.open(page, site.base(), "/sign-in").signIn("lowri", TestUsers.PASSWORD);
        var response = page.navigate(site.base() + "/no-such-page");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1").textContent()).isEqualTo("Page not found");
        assertThat(page.content()).doesNotContain("Exception").doesNotContain("\"error\"");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "not-found");
        page.context().close();
    }
}
