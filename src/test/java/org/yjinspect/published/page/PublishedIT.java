package org.yjinspect.published.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yjinspect.Application;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.NeedsSeeds;
import org.yjinspect.support.SeedDirectory;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * Published reports in real Chromium, without JavaScript and with it, at both widths: the
 * published inspections held as figures and one's ratings page beside the re-rating; reading a
 * pasted report.
 */
@NeedsBrowser
@NeedsSeeds
@ExtendWith(EmbeddedPostgresExtension.class)
class PublishedIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();

    @BeforeAll
    static void start(Application app) {
        TestUsers.account(app, "reader");
    }

    @Test
    void aPastedReportShowsWhatWasReadAndAnEmptyBoxSaysWhatToDo() throws Exception {
        Path seed;
        try (var files = Files.list(SeedDirectory.find())) {
            seed = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        String report = Files.readString(seed);
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            boolean javaScript = width == BrowserSession.DESKTOP_WIDTH;
            Page page = site.signedIn("reader", "/published", width, javaScript);
            read(page);
            assertThat(page.locator(".govuk-error-summary").textContent()).contains("Paste the text of a published report");
            page.getByLabel("Report text").fill(report);
            read(page);
            assertThat(page.locator("main").textContent()).contains("What the importer read", "The re-rating");
            if (javaScript) {
                assertThat(Axe.seriousViolations(page)).isEmpty();
            }
            BrowserSession.screenshot(page, "published-report-" + width);
            page.context().close();
        }
    }

    @Test
    void thePublishedInspectionsHeldAsFiguresAndOnesRatingsPage() {
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            for (boolean javaScript : new boolean[] {true, false}) {
                Page page = site.signedIn("reader", "/published", width, javaScript);
                assertThat(page.locator("#held-inspections tbody tr").count()).isEqualTo(5);
                if (javaScript) {
                    assertThat(Axe.seriousViolations(page)).isEmpty();
                    BrowserSession.screenshot(page, "published-list-" + width);
                }
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plymouth Youth Justice Service")).click();
                assertThat(page.locator("h1").textContent()).isEqualTo("Plymouth Youth Justice Service");
                assertThat(page.locator("main").textContent()).contains("Figures from a published report",
                        "They are not the report", "24/36", "Panel discretion", "Same as published")
                        .doesNotContain("Differs");
                if (javaScript) {
                    assertThat(Axe.seriousViolations(page)).isEmpty();
                    BrowserSession.screenshot(page, "published-plymouth-" + width);
                }
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Published reports").setExact(true))
                        .first().click();
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kingston and Richmond Youth Justice"
                        + " Service")).click();
                assertThat(page.locator("main").textContent()).contains("7 of 8", "3.4 Joint working");
                if (javaScript) {
                    assertThat(Axe.seriousViolations(page)).isEmpty();
                    BrowserSession.screenshot(page, "published-kingston-richmond-" + width);
                }
                page.context().close();
            }
        }
    }

    private static void read(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the report")).click();
    }
}
