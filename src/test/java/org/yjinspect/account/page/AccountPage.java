package org.yjinspect.account.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The account page, as a person uses it: its password form, its tokens table and token form. */
final class AccountPage {
    private final Page page;

    AccountPage(Page page) {
        this.page = page;
    }

    static AccountPage open(Page page, String base) {
        page.navigate(base + "/account");
        return new AccountPage(page);
    }

    AccountPage changePassword(String current, String replacement, String confirmation) {
        page.getByLabel("Current password").fill(current);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(replacement);
        page.getByLabel("Confirm new password").fill(confirmation);
        button("Change password").click();
        return this;
    }

    /** Creates a token and returns its text, read from the page that shows it once. */
    String createToken(String name, int days) {
        page.getByLabel("Token name").fill(name);
        page.getByLabel("Days until it expires").fill(String.valueOf(days));
        button("Create token").click();
        return page.getByLabel("Your new token").inputValue();
    }

    AccountPage revoke(String tokenName) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke token " + tokenName)).click();
        return this;
    }

    String tokensTable() {
        return text(page.locator("table"));
    }

    String heading() {
        return page.locator("h1").first().textContent().strip();
    }

    String errorSummary() {
        return text(page.locator(".govuk-error-summary"));
    }

    String banner() {
        return text(page.locator(".govuk-notification-banner"));
    }

    String warning() {
        return text(page.locator(".govuk-warning-text"));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static String text(Locator locator) {
        return locator.first().textContent().replaceAll("\\s+", " ").strip();
    }
}
