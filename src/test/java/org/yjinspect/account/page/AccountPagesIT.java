package org.yjinspect.account.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yjinspect.Application;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * Your account and user administration in real Chromium: changing one's password (refusals on
 * their fields, then signing in with the new one), a personal access token shown once that the
 * API accepts until it is revoked, an administrator creating and disabling an account that then
 * cannot sign in, and the 403 page for anyone else at /users. Forms are posted with JavaScript
 * off as well as on; no serious accessibility violation on any page.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class AccountPagesIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    private static final String NEW_PASSWORD = "kettle orbit lantern meadow";

    @BeforeAll
    static void start(Application app) {
        app.accounts().create(CreateAccountCommand.of("carys", "Carys Admin", TestUsers.PASSWORD.toCharArray(), true,
                "test set-up"));
    }

    private static Page signedIn(String username, String password, int width, boolean javaScript) {
        Page page = site.newPage(width, javaScript);
        SignInPage.open(page, site.base(), "/sign-in").signIn(username, password);
        return page;
    }

    @Test
    void withoutJavaScriptAPersonChangesTheirPasswordAndSignsInWithTheNewOne() {
        TestUsers.account(site.app(), "Nia");
        Page page = signedIn("nia", TestUsers.PASSWORD, BrowserSession.DESKTOP_WIDTH, false);
        AccountPage account = AccountPage.open(page, site.base());
        assertThat(account.heading()).isEqualTo("Your account");
        account.changePassword(TestUsers.PASSWORD, NEW_PASSWORD, "kettle orbit lantern meadoww");
        assertThat(account.errorSummary()).contains("The two new passwords are different");
        account.changePassword("not my password at all", NEW_PASSWORD, NEW_PASSWORD);
        assertThat(account.errorSummary()).contains("The current password is not right");
        account.changePassword(TestUsers.PASSWORD, "short", "short");
        assertThat(account.errorSummary()).contains("at least 12 characters");
        assertThat(page.locator("#newPassword-error").textContent()).contains("at least 12 characters");
        BrowserSession.screenshot(page, "account-password-refused-1366");
        account.changePassword(TestUsers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(account.banner()).contains("Your password has been changed");
        new SignInPage(page).signOut();
        SignInPage signIn = SignInPage.open(page, site.base(), "/sign-in").signIn("nia", TestUsers.PASSWORD);
        assertThat(signIn.errorSummary()).contains("The username or password is not right");
        signIn.signIn("nia", NEW_PASSWORD);
        assertThat(signIn.heading()).isEqualTo("Inspections");
        page.context().close();
    }

    @Test
    void aTokenIsShownOnceWorksOnTheApiAndStopsWorkingWhenRevoked() throws Exception {
        TestUsers.account(site.app(), "Osian");
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            Page page = signedIn("osian", TestUsers.PASSWORD, width, true);
            AccountPage account = AccountPage.open(page, site.base());
            assertThat(Axe.seriousViolations(page)).isEmpty();
            String token = account.createToken("export " + width, 30);
            assertThat(account.warning()).contains("Copy this token now");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            BrowserSession.screenshot(page, "account-token-created-" + width);
            assertThat(me(token)).isEqualTo(200);
            account = AccountPage.open(page, site.base());
            assertThat(account.tokensTable()).contains("export " + width).doesNotContain(token);
            BrowserSession.screenshot(page, "account-" + width);
            account.revoke("export " + width);
            assertThat(account.banner()).contains("The token has been revoked");
            assertThat(account.tokensTable()).contains("Revoked");
            assertThat(me(token)).isEqualTo(401);
            page.context().close();
        }
    }

    @Test
    void withoutJavaScriptARefusedTokenFormSaysWhatToFix() {
        TestUsers.account(site.app(), "Owain");
        Page page = signedIn("owain", TestUsers.PASSWORD, BrowserSession.TABLET_WIDTH, false);
        AccountPage account = AccountPage.open(page, site.base());
        page.getByLabel("Days until it expires").fill("400");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Create token")).click();
        assertThat(account.errorSummary()).contains("Enter a name for the token")
                .contains("a whole number from 1 to 366");
        BrowserSession.screenshot(page, "account-token-refused-768");
        String token = account.createToken("script", 7);
        assertThat(token).hasSize(43);
        page.context().close();
    }

    @Test
    void anAdministratorCreatesAnAccountAndDisablesItSoItCannotSignIn() {
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            boolean javaScript = width == BrowserSession.DESKTOP_WIDTH;
            String username = "tomos-" + width;
            Page page = signedIn("carys", TestUsers.PASSWORD, width, javaScript);
            UsersPage users = UsersPage.open(page, site.base());
            assertThat(users.heading()).isEqualTo("Users");
            users.create("Tomos " + width, "", false, NEW_PASSWORD, "not the same");
            assertThat(users.errorSummary()).contains("must be 2 to 40 characters")
                    .contains("The two passwords are different");
            page.navigate(site.base() + "/users");
            users.create(username, "", false, "short", "short");
            assertThat(users.errorSummary()).contains("at least 12 characters");
            if (javaScript) {
                assertThat(Axe.seriousViolations(page)).isEmpty();
            }
            BrowserSession.screenshot(page, "users-new-refused-" + width);
            page.navigate(site.base() + "/users");
            users.create(username, "Tomos", false, NEW_PASSWORD, NEW_PASSWORD);
            assertThat(users.banner()).contains("The account " + username + " has been created");
            assertThat(users.row(username)).contains("Active");
            if (javaScript) {
                assertThat(Axe.seriousViolations(page)).isEmpty();
            }
            BrowserSession.screenshot(page, "users-" + width);
            users.disable(username);
            assertThat(users.banner()).contains("has been disabled");
            assertThat(users.row(username)).contains("Disabled");
            page.context().close();
            Page theirs = site.newPage(width, javaScript);
            SignInPage signIn = SignInPage.open(theirs, site.base(), "/sign-in").signIn(username, NEW_PASSWORD);
            assertThat(signIn.errorSummary()).contains("The username or password is not right");
            theirs.context().close();
        }
    }

    @Test
    void someoneWhoIsNotAnAdministratorIsRefusedUserAdministration() {
        TestUsers.account(site.app(), "Rhys");
        Page page = signedIn("rhys", TestUsers.PASSWORD, BrowserSession.DESKTOP_WIDTH, true);
        var response = page.navigate(site.base() + "/users");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1").textContent()).isEqualTo("You cannot do this");
        assertThat(page.content()).contains("Only administrators manage accounts");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "users-forbidden-1366");
        assertThat(page.navigate(site.base() + "/users/new").status()).isEqualTo(403);
        int refusals = site.app().database().jdbi().withHandle(h -> h.createQuery("select count(*) from account_event"
                + " where username = 'rhys' and event = 'access refused' and detail like 'GET /users%'")
                .mapTo(Integer.class).one());
        assertThat(refusals).as("refusals in the account audit").isEqualTo(2);
        page.context().close();
    }

    private static int me(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(site.base() + "/api/me"))
                .header("Authorization", "Bearer " + token).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
