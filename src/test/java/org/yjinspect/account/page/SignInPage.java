package org.yjinspect.account.page;

import com.microsoft.playwright.Page;

/** The sign-in page, as a person uses it: by its labels and its button. */
final class SignInPage {
    private final Page page;

    SignInPage(Page page) {
        this.page = page;
    }

    static SignInPage open(Page page, String base, String path) {
        page.navigate(base + path);
        return new SignInPage(page);
    }

    SignInPage signIn(String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        return this;
    }

    String heading() {
        return page.locator("h1").first().textContent().strip();
    }

    String errorSummary() {
        return page.locator(".govuk-error-summary").textContent().replaceAll("\\s+", " ").strip();
    }

    void signOut() {
        page.locator("form[action='/sign-out'] button").click();
    }

    Page page() {
        return page;
    }
}
