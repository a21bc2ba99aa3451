package org.yjinspect.comparison.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yjinspect.Application;
import org.yjinspect.comparison.LibraryScene;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * The comparison pages in real Chromium at both widths, with JavaScript and without: an
 * inspection's live figures among the published ones, reached by its tab, and the library's
 * spread of a key question and a standard chosen with the GET forms (a wrong choice said on the form).
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class ComparisonIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    private static LibraryScene scene;

    @BeforeAll
    static void start(Application app) {
        scene = LibraryScene.create(site.app());
    }

    @Test
    void theInspectionsFiguresAmongThePublishedOnesFromItsTab() {
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            for (boolean javaScript : new boolean[] {true, false}) {
                Page page = site.signedIn("lead", "/inspections/" + scene.id(), width, javaScript);
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Comparison").setExact(true)).click();
                assertThat(page.locator("h1").textContent()).isEqualTo("Comparison with published inspections");
                assertThat(page.locator("main").textContent()).contains("Supporting the child's desistance in"
                        + " assessment (2.1): 100% (n=" + scene.courtCases() + "), the same as 2 of 3 published 2021"
                        + " inspections and higher than 1");
                assertThat(page.locator("svg[role=img] title").first().textContent())
                        .contains("Standard 2.1 Assessment: this inspection's live figures");
                if (javaScript) {
                    assertThat(Axe.seriousViolations(page)).isEmpty();
                    BrowserFixture.shoot(page, "comparison-inspection-" + width);
                    BrowserFixture.shootScreen(page, "comparison-inspection-screen-" + width);
                }
                page.context().close();
            }
        }
    }

    @Test
    void aKeyQuestionAndAStandardChosenOnTheFormsAndAWrongChoiceSaid() {
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            for (boolean javaScript : new boolean[] {true, false}) {
                Page page = site.signedIn("outsider", "/library/compare", width, javaScript);
                page.locator("#key-question-version").selectOption("2021");
                page.getByLabel("Key question", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption()
                        .setLabel("Keeping the child safe in planning (2.2)"));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the figures")).click();
                assertThat(page.url()).endsWith("/library/compare?version=2021&keyQuestion=2.2.child-safety");
                assertThat(page.locator("main").textContent()).contains("Keeping the child safe in planning (2.2): 2021"
                        + " framework", "Suffolk Youth Justice Service", "The same key question in 2018 inspections");
                if (javaScript) {
                    assertThat(Axe.seriousViolations(page)).isEmpty();
                    BrowserFixture.shoot(page, "comparison-key-question-" + width);
                }
                page.locator("#standard-version").selectOption("2021");
                page.getByLabel("Standard", new Page.GetByLabelOptions().setExact(true)).selectOption("2.2");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the ratings")).click();
                assertThat(page.locator("main").textContent()).contains("2.2 Planning: 2021 framework", "Its key questions");
                if (javaScript) {
                    assertThat(Axe.seriousViolations(page)).isEmpty();
                    BrowserFixture.shoot(page, "comparison-standard-" + width);
                    page.locator("#result").scrollIntoViewIfNeeded();
                    BrowserFixture.shootScreen(page, "comparison-standard-screen-" + width);
                }
                page.locator("#key-question-version").selectOption("2021");
                page.getByLabel("Key question", new Page.GetByLabelOptions().setExact(true)).selectOption("3.4.joint-decisions");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the figures")).click();
                assertThat(page.locator(".govuk-error-summary").textContent())
                        .contains("the 2021 framework has no key question 3.4.joint-decisions");
                if (javaScript) {
                    assertThat(Axe.seriousViolations(page)).isEmpty();
                    BrowserFixture.shoot(page, "comparison-error-" + width);
                }
                page.context().close();
            }
        }
    }
}
