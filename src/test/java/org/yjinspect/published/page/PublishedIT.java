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

/** Reading a published report in real Chromium, without JavaScript and with it, at both widths. */
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

    private static void read(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the report")).click();
    }
}
