package org.yjinspect.account.page;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** User administration, as an administrator uses it: the list of accounts and the form to create one. */
final class UsersPage {
    private final Page page;

    UsersPage(Page page) {
        this.page = page;
    }

    static UsersPage open(Page page, String base) {
        page.navigate(base + "/users");
        return new UsersPage(page);
    }

    UsersPage create(String username, String name, boolean administrator, String password, String confirmation) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create an account")).click();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Name shown beside it (optional)").fill(name);
        if (administrator) {
            page.getByLabel("Administrator", new Page.GetByLabelOptions().setExact(true)).check();
        }
        page.getByLabel("First password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByLabel("Confirm the first password").fill(confirmation);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        return this;
    }

    UsersPage disable(String username) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable " + username)).click();
        return this;
    }

    /** The row of the account in the table, as its text. */
    String row(String username) {
        return AccountPage.text(page.locator("tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(username)
                        .setExact(true)))));
    }

    String heading() {
        return page.locator("h1").first().textContent().strip();
    }

    String errorSummary() {
        return AccountPage.text(page.locator(".govuk-error-summary"));
    }

    String banner() {
        return AccountPage.text(page.locator(".govuk-notification-banner"));
    }
}
