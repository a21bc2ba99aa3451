package org.yjinspect.published.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.NeedsSeeds;
import org.yjinspect.support.SeedDirectory;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/** Reading a published report in real Chromium, without JavaScript and with it, at both widths. */
@NeedsBrowser
@NeedsSeeds
@ExtendWith(EmbeddedPostgresExtension.class)
class PublishedIT {
    private static Javalin web;
    private static BrowserSession browser;
    private static String base;

    @BeforeAll
    static void start(Application app) {
        web = app.web().start(0);
        base = "http://localhost:" + web.port();
        browser = new BrowserSession();
        TestUsers.account(app, "reader");
    }

    @AfterAll
    static void stop() {
        browser.close();
        web.stop();
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
            Page page = browser.newPage(width, javaScript);
            page.navigate(base + "/published");
            page.getByLabel("Username").fill("reader");
            page.getByLabel("Password").fill(TestUsers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
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
