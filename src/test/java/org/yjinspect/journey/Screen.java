package org.yjinspect.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;

/**
 * One person's browser tab on the service: what every page shows them (heading, banner, error
 * summary, the sub-navigation) and the checks made on every page of the journey: no serious
 * accessibility violation, and a screenshot at 1,366 px (and at 768 px where asked).
 */
class Screen {
    final Page page;
    final String base;

    Screen(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    /** Opens a page by its address, as a person would from a bookmark or a link in an email. */
    Screen go(String path) {
        page.navigate(base + path);
        return this;
    }

    /** Follows a link of the inspection's navigation ("This inspection" or "Setting up the inspection"). */
    Screen tab(String name) {
        Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("This inspection"));
        if (nav.count() == 0) {
            nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Setting up the inspection"));
        }
        nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
        return this;
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    String heading() {
        return text(page.locator("h1").first());
    }

    String banner() {
        return text(page.locator(".govuk-notification-banner").first());
    }

    String errorSummary() {
        return text(page.locator(".govuk-error-summary").first());
    }

    String main() {
        return text(page.locator("main"));
    }

    /**
     * The forms on the page that someone could use to change something: a posting form with a
     * button or a field still enabled (a GET form, such as the history's filter, changes nothing;
     * a case shown read-only keeps its answers in disabled fields, with no button).
     */
    int changingForms() {
        return page.locator("main form[method=post]").filter(new Locator.FilterOptions().setHas(page.locator(
                "button, input:not([type=hidden]):not([disabled]), textarea:not([disabled]), select:not([disabled])")))
                .count();
    }

    /** Axe finds no serious or critical violation, and the page is saved as journey-NN-NAME-1366.png. */
    Screen check(String name) {
        assertThat(Axe.seriousViolations(page)).as("accessibility of " + name).isEmpty();
        BrowserFixture.shoot(page, "journey-" + name + "-" + BrowserSession.DESKTOP_WIDTH);
        return this;
    }

    /** As {@link #check}, and again at 768 px wide (then back to 1,366). */
    Screen checkBothWidths(String name) {
        check(name);
        page.setViewportSize(BrowserSession.TABLET_WIDTH, 768);
        assertThat(Axe.seriousViolations(page)).as("accessibility of " + name + " at 768").isEmpty();
        BrowserFixture.shoot(page, "journey-" + name + "-" + BrowserSession.TABLET_WIDTH);
        page.setViewportSize(BrowserSession.DESKTOP_WIDTH, 768);
        return this;
    }

    static String text(Locator locator) {
        return locator.count() == 0 ? "" : locator.first().textContent().replaceAll("\\s+", " ").strip();
    }
}
