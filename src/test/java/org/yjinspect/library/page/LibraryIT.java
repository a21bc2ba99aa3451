package org.yjinspect.library.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.Application;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.library.LibraryReportTexts;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * The library in real Chromium at both widths, with JavaScript and without: the list of the held
 * inspections, one inspection's figures, adding a report through the form, and removing it after
 * confirming; no serious accessibility violation on any page.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class LibraryIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    @TempDir
    static Path folder;

    @BeforeAll
    static void start(Application app) {
        app.accounts().create(CreateAccountCommand.of("ada", "Ada", TestUsers.PASSWORD.toCharArray(), true, "test"));
        TestUsers.account(app, "reader");
        app.library().keepNew(app.libraryReports().held(), Actor.of("test"));
    }

    @Test
    void aReaderSeesTheListAndAnInspectionsFigures() {
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            Page page = site.signedIn("reader", "/library", width, true);
            assertThat(page.locator("#library tbody tr").count()).isEqualTo(5);
            assertThat(page.locator("main").textContent()).doesNotContain("Add a report");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            BrowserSession.screenshot(page, "library-list-" + width);
            page.getByLabel("Framework version").selectOption("2018");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
            assertThat(page.locator("#library tbody tr").count()).isEqualTo(2);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kingston and Richmond Youth Justice"
                    + " Service")).click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Kingston and Richmond Youth Justice Service");
            assertThat(page.locator("main").textContent()).contains("January 2021", "2. Court disposals", "7 of 8",
                    "3.4 Joint working");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            BrowserSession.screenshot(page, "library-show-" + width);
            page.context().close();
        }
    }

    @Test
    void anAdministratorAddsAReportAndRemovesIt() {
        int run = 0;
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            for (boolean javaScript : new boolean[] {true, false}) {
                String service = "Town" + (char) ('A' + run++) + " Youth Justice Service";
                Path report = LibraryReportTexts.write(folder, "town-" + run + ".txt",
                        LibraryReportTexts.report(service, "May 2023", "Good", 60 + run));
                Page page = site.signedIn("ada", "/library", width, javaScript);
                add(page);
                assertThat(page.locator(".govuk-error-summary").textContent()).contains("Select a published report");
                if (javaScript) {
                    assertThat(Axe.seriousViolations(page)).isEmpty();
                    BrowserSession.screenshot(page, "library-add-error-" + width);
                }
                page.getByLabel("Published report").setInputFiles(report);
                add(page);
                assertThat(page.locator("main").textContent()).contains("The report has been added to the library.",
                        service, (60 + run) + "%");
                if (javaScript) {
                    assertThat(Axe.seriousViolations(page)).isEmpty();
                    BrowserSession.screenshot(page, "library-added-" + width);
                }
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remove this inspection")).click();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove it")).click();
                assertThat(page.locator(".govuk-error-summary").textContent()).contains("Tick the box to confirm");
                page.getByLabel("Yes, remove this inspection from the library").check();
                if (javaScript) {
                    assertThat(Axe.seriousViolations(page)).isEmpty();
                    BrowserSession.screenshot(page, "library-remove-" + width);
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove it")).click();
                assertThat(page.locator(".govuk-notification-banner").textContent()).contains(service
                        + ", published May 2023, has been removed from the library.");
                assertThat(page.locator("#library tbody tr").count()).isEqualTo(5);
                page.context().close();
            }
        }
    }

    private static void add(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the report")).click();
    }
}
