package org.yjinspect.assessment.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.yjinspect.support.browser.BrowserFixture;

/** A case's assessment page, used as a person would: by the questions' wording, labels and buttons. */
final class CasePage {
    private final Page page;

    CasePage(Page page) {
        this.page = page;
    }

    static CasePage signIn(Page page, String base, String username, String path) {
        return new CasePage(BrowserFixture.signInAt(page, base + path, username,
                org.yjinspect.support.TestUsers.PASSWORD));
    }

    CasePage open(String base, String path) {
        page.navigate(base + path);
        return this;
    }

    /** The question's form group: its fieldset (named by the question) and its saved state. */
    private Locator question(String text) {
        return page.locator("div.yj-answer").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(text).setExact(true)))).first();
    }

    CasePage answer(String question, String answer) {
        question(question).getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName(question).setExact(true))
                .getByLabel(answer, new Locator.GetByLabelOptions().setExact(true)).check();
        return this;
    }

    boolean chosen(String question, String answer) {
        return question(question).getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName(question).setExact(true))
                .getByLabel(answer, new Locator.GetByLabelOptions().setExact(true)).isChecked();
    }

    /** Waits until the question's saved state says {@code text}. */
    CasePage waitForState(String question, String text) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                question(question).locator("[data-save-state]")).hasText(text,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
        return this;
    }

    String conflictText(String question) {
        Locator panel = question(question).locator("[data-conflict]");
        panel.waitFor();
        return panel.textContent().replaceAll("\\s+", " ").strip();
    }

    CasePage press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).first().click();
        return this;
    }

    CasePage choose(String label) {
        page.getByLabel(label).first().check();
        return this;
    }

    CasePage fill(String label, String text) {
        page.getByLabel(label).first().fill(text);
        return this;
    }

    String banner() {
        return page.locator(".govuk-notification-banner").first().textContent().replaceAll("\\s+", " ").strip();
    }

    String errorSummary() {
        return page.locator(".govuk-error-summary").textContent().replaceAll("\\s+", " ").strip();
    }

    String heading() {
        return page.locator("h1").first().textContent().replaceAll("\\s+", " ").strip();
    }

    Page page() {
        return page;
    }
}
